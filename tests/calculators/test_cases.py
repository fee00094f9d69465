"""Every legal case in tests/cases/*.toml, natively (the browser parity test runs the same)."""
import json

import pytest

from calculators.api import CALCULATORS, run_json
from cases_loader import check, load, request

CASES = load()


@pytest.mark.parametrize("calculator,invoer,verwacht", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_case(calculator, invoer, verwacht):
    check(json.loads(run_json(request(calculator, invoer))), verwacht)


def test_there_are_cases_for_every_calculator():
    assert {c[1] for c in CASES} == set(CALCULATORS)


def test_there_are_cases_for_every_kind_of_letter():
    """Issue 17: content, deadlines and controle for each of the nine kinds."""
    from calculators.brieven.vragen import ALLE
    soorten = {c[2].get("soort") for c in CASES if c[1] == "brieven" and "fout" not in c[3]}
    assert soorten == set(ALLE)

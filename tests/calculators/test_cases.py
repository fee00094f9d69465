"""Every legal case in tests/cases/*.toml, natively (the browser parity test runs the same)."""
import json

import pytest

from calculators.api import run_json
from cases_loader import check, load, request

CASES = load()


@pytest.mark.parametrize("calculator,invoer,verwacht,vandaag", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_case(calculator, invoer, verwacht, vandaag):
    check(json.loads(run_json(request(calculator, invoer, vandaag))), verwacht)


def test_there_are_cases_for_every_calculator():
    assert {c[1] for c in CASES} >= {"eigen_bijdrage"}

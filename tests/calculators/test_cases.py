"""Every legal case in tests/cases/*.toml, natively (the browser parity test runs the same)."""
import json
import re

import pytest

from calculators.api import run_json
from cases_loader import check, geciteerd, load, request

CASES = load()
GEDATEERD = re.compile(r"^https://wetten\.overheid\.nl/BWBR[0-9]{7}/[0-9]{4}-[0-9]{2}-[0-9]{2}#Artikel[0-9a-z.:]+$")


@pytest.mark.parametrize("calculator,invoer,verwacht", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_case(calculator, invoer, verwacht):
    response = json.loads(run_json(request(calculator, invoer)))
    check(response, verwacht)
    if response["ok"]:   # every answer cites dated articles, never an undated law
        assert all(GEDATEERD.match(url) for url in geciteerd(response["result"])), geciteerd(response["result"])


def test_there_are_cases_for_every_calculator():
    assert {c[1] for c in CASES} >= {"eigen_bijdrage"}

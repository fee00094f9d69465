"""Every legal case in tests/cases/*.toml, natively (the browser parity test runs the same)."""
import json
import re

import pytest

from calculators.api import CALCULATORS, run_json
from cases_loader import check, geciteerd, load, request

CASES = load()
# A dated article on wetten.overheid.nl, or a European regulation on EUR-Lex (one text, see kern/legal.py).
GEDATEERD = re.compile(r"^https://wetten\.overheid\.nl/BWBR[0-9]{7}/[0-9]{4}-[0-9]{2}-[0-9]{2}#Artikel[0-9a-z.:]+$"
                       r"|^https://eur-lex\.europa\.eu/legal-content/NL/TXT/\?uri=CELEX:[0-9A-Z]+$")


@pytest.mark.parametrize("calculator,invoer,verwacht", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_case(calculator, invoer, verwacht):
    response = json.loads(run_json(request(calculator, invoer)))
    check(response, verwacht)
    if response["ok"]:   # every answer cites dated articles, never an undated law
        assert all(GEDATEERD.match(url) for url in geciteerd(response["result"])), geciteerd(response["result"])


def test_there_are_cases_for_every_calculator():
    assert {c[1] for c in CASES} == set(CALCULATORS)


def test_there_are_cases_for_every_kind_of_letter():
    """Issue 17: content, deadlines and controle for each of the nine kinds."""
    from calculators.brieven.vragen import ALLE
    soorten = {c[2].get("soort") for c in CASES if c[1] == "brieven" and "fout" not in c[3]}
    assert soorten == set(ALLE)

"""Hostile input in every field of every calculator: the answer is always valid JSON in UTF-8, and
never ``interne_fout`` (issue 15 point 6, issue 21 "Dates").

Generic on purpose: the calculators come from ``calculators.api.CALCULATORS``, the actions from
``calculators.api.ACTIONS`` and the fields from each calculator's own ``action: questions`` answer,
so a calculator added later (the brievenhulp) is swept as soon as it is registered. Each request
starts from a valid answer to every question that applies, then puts extreme values in.
"""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from calculators import api

GELDIG = {"date": "2026-03-02", "month": "2026-03", "money": 57000, "bool": "ja"}

DATUMS = ["0001-01-01", "9999-12-31", "0001-01", "9999-12", "2024-02-29", "2023-02-29", "2100-02-29",
          "2000-02-29", "1900-02-29", "0000-00-00", "2026-13-01", "2026-02-30", "2026-1-1", "+2026-01-01",
          "２０２６-０３-０２", "٢٠٢٦-٠٣", "2026-03-02T00:00:00", "1899-12-31", "2101-01-01", "2014-12-31"]
TEKSTEN = ["", " ", "\x00", "\ud800", "\udfff", "a\ud800b", "ja\n", "<script>alert(1)</script>",
           "x" * 100_000, "9" * 5000, "1e30", "NaN", "Infinity", "-1", "€ 1.000.000.000.000,00",
           "570,505", "\u202eja", "ja\u200b", "null", "[]", "{}"]
GETALLEN = [1e30, -1e30, math.nan, math.inf, -math.inf, -0.0, 0.5, 10 ** 30, -(10 ** 30), 2 ** 63, -1,
            0, True, False, None]
NESTINGEN = [[], [[]], [[[[[]]]]], {}, {"a": {"b": []}}, [{"soort": [1]}], [{"soort": {"x": 1}}], [None],
             ["maatwerk", ["x"]], [{"soort": "maatwerk", "kostprijs_eurocent": 1e30}], [math.nan], {"\ud800": 1},
             {"naam": "X", "tarief_eurocent": 1e30}, {"minima": {"alleenstaand": math.inf}}]
EXTREEM = DATUMS + TEKSTEN + GETALLEN + NESTINGEN
VREEMDE_SLEUTELS = ["\ud800", "x" * 1000, "__proto__", "constructor", "", "peildatum", "gemeente"]


def vragen(naam: str, invoer: dict | None = None) -> list[dict]:
    antwoord = json.loads(api.run_json(json.dumps({"v": 1, "calculator": naam, "action": "questions",
                                                    "input": invoer or {}})))
    assert antwoord["ok"], antwoord
    return antwoord["result"]["questions"]


def geldige_invoer(naam: str) -> dict:
    """A valid answer to every question that applies, in the form's order."""
    invoer: dict = {}
    for vraag in vragen(naam):
        if not api.van_toepassing(vraag, invoer):
            continue
        opties = [o["value"] for o in vraag["options"]]
        if vraag["type"] == "multi":
            invoer[vraag["id"]] = opties[:1]
        elif opties:
            invoer[vraag["id"]] = opties[0]
        else:
            invoer[vraag["id"]] = GELDIG.get(vraag["type"], "Tekst")
    return invoer


def weiger(constante: str):
    raise ValueError(f"{constante} is no JSON")


def vraag_en_controleer(tekst: str) -> dict:
    """Run one request text; the answer must be strict UTF-8 JSON within the contract."""
    uit = api.run_json(tekst)
    uit.encode("utf-8")                                   # no lone surrogate in the answer
    antwoord = json.loads(uit, parse_constant=weiger)     # no NaN or Infinity in the answer
    assert antwoord["v"] == 1 and isinstance(antwoord["ok"], bool), antwoord
    if antwoord["ok"]:
        assert isinstance(antwoord["result"], dict)
    else:
        assert antwoord["errors"], antwoord
        for fout in antwoord["errors"]:
            assert fout["code"] != "interne_fout", (tekst[:300], fout)
            assert isinstance(fout["message"], str) and fout["message"].strip(), fout
    return antwoord


def verzoek(naam: str, actie: str, invoer: object) -> str:
    return json.dumps({"v": 1, "calculator": naam, "action": actie, "input": invoer})


CALCULATORS = list(api.CALCULATORS)
VELDEN = [(naam, v["id"]) for naam in CALCULATORS for v in vragen(naam)]


def test_every_calculator_and_field_is_swept():
    assert len(CALCULATORS) >= 3 and len(VELDEN) >= 25
    assert {"eigen_bijdrage", "toegang", "termijnen"} <= set(CALCULATORS)


@pytest.mark.parametrize("naam,veld", VELDEN, ids=[f"{n}.{v}" for n, v in VELDEN])
def test_each_extreme_value_in_each_field(naam, veld):
    """Every extreme value in this one field, the other answers valid: a field error, never a crash."""
    basis = geldige_invoer(naam)
    vraag_en_controleer(verzoek(naam, "calculate", basis))
    for waarde in EXTREEM:
        for actie in api.ACTIONS:
            vraag_en_controleer(verzoek(naam, actie, {**basis, veld: waarde}))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_mix_of_extreme_values_and_keys(data):
    naam = data.draw(st.sampled_from(CALCULATORS))
    invoer = geldige_invoer(naam)
    velden = [v["id"] for v in vragen(naam)] + VREEMDE_SLEUTELS
    for veld in data.draw(st.lists(st.sampled_from(velden), min_size=1, max_size=4, unique=True)):
        invoer[veld] = data.draw(st.one_of(st.sampled_from(EXTREEM), st.text(max_size=20),
                                           st.integers(), st.floats()))
    vraag_en_controleer(verzoek(naam, data.draw(st.sampled_from(api.ACTIONS)), invoer))


@pytest.mark.parametrize("tekst", ["[" * 100_000, "{" * 50_000, '{"calculator": "eigen_bijdrage", "input": ' * 2000,
                                   "NaN", '{"v": NaN}', '{"calculator": "toegang", "input": Infinity}',
                                   '"\\ud800"', '{"calculator": "\\ud800"}'])
def test_broken_and_deep_request_texts(tekst):
    assert vraag_en_controleer(tekst)["ok"] is False

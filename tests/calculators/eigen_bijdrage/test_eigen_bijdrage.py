"""Invariants of the eigen bijdrage (Hypothesis) and the AOW-age bands (research memo 2026-12-01, §3)."""
import json
from datetime import date, timedelta

import re

from hypothesis import given, settings, strategies as st

from calculators.kern import params as _params
from calculators.api import run_json
from calculators.eigen_bijdrage.invoer import SOORTEN
from calculators.eigen_bijdrage.leeftijd import aow_datum

DATUM_IN_URL = re.compile(r"/BWBR[0-9]+/([0-9]{4}-[0-9]{2}-[0-9]{2})#")
MAANDEN = st.dates(date(2019, 1, 1), date(2026, 12, 31)).map(lambda d: d.isoformat()[:7])
DATUMS = st.dates(date(1920, 1, 1), date(2018, 12, 31)).map(date.isoformat)
VOLWASSEN = st.dates(date(1920, 1, 1), date(2000, 12, 31)).map(date.isoformat)   # a partner is an adult
STARTS = st.dates(date(2019, 1, 1), date(2026, 12, 31)).map(date.isoformat)       # the covered years
invoer = st.fixed_dictionaries(
    {"peildatum": MAANDEN, "geboortedatum": DATUMS,
     "huishouden": st.sampled_from(["alleenstaand", "samen"]),
     "voorzieningen": st.lists(st.sampled_from([k.value for k in SOORTEN]), min_size=1, unique=True)},
    optional={"partner_geboortedatum": VOLWASSEN, "wlz_of_beschermd_wonen": st.sampled_from(["ja", "nee"]),
              "opvang": st.booleans(), "startdatum": STARTS,
              "kostprijs_eurocent": st.integers(0, 10_000_000),
              "gemeente": st.fixed_dictionaries({}, optional={
                  "tarief_eurocent": st.integers(0, 5000),
                  "collectief_vervoer_onder_abonnement": st.booleans()})})


def bereken(i: dict) -> dict:
    return json.loads(run_json(json.dumps({"v": 1, "calculator": "eigen_bijdrage", "input": i})))


@settings(max_examples=400, deadline=None)
@given(invoer)
def test_never_negative_never_above_the_tariff_and_always_explained(i):
    if i["huishouden"] == "samen":
        i.setdefault("partner_geboortedatum", "1950-01-01")
    r = bereken(i)
    assert r["ok"], r
    res = r["result"]
    tarief = _params.waarde("abonnementstarief", date.fromisoformat(i["peildatum"] + "-01")).waarde
    if res["bijdrage_eurocent"] is not None:
        assert 0 <= res["bijdrage_eurocent"] <= tarief
    assert res["uitleg"] and all(u["bron"]["url"].startswith("https://wetten.overheid.nl/")
                                 for u in res["uitleg"])
    assert res.get("maanden_tot_kostprijs", 0) >= 0
    # Every citation is dated, and its date is the month asked about or the start date.
    for u in res["uitleg"]:
        versie = DATUM_IN_URL.search(u["bron"]["url"])[1]
        assert versie in (i["peildatum"] + "-01", i.get("startdatum"), "2020-01-01") or versie == "2026-07-01", u
    # The headline never contradicts the lines (issue 15, point 1).
    kop, regels = res["weergave"]["kop"], res["weergave"]["regels"]
    if res["bijdrage_eurocent"] == 0:
        assert not any(r.startswith("U betaalt vanaf") for r in regels) or res["regel"] == "nog_niet_verschuldigd"
    if res["regel"] == "nog_niet_verschuldigd":
        assert res["betalen_vanaf"] > i["peildatum"] and "geen eigen bijdrage" in kop


json_waarden = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4),
    max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(["peildatum", "geboortedatum", "huishouden", "voorzieningen",
                                        "partner_geboortedatum", "kostprijs_eurocent", "gemeente",
                                        "opvang", "startdatum", "x"]), json_waarden))
def test_run_json_never_raises_on_any_input(i):
    r = bereken(i)
    assert r["v"] == 1 and isinstance(r["ok"], bool)
    if not r["ok"]:
        assert all(e["message"] and e["code"] != "interne_fout" for e in r["errors"]), r


def test_nested_lists_are_bad_input_not_an_internal_error():
    r = bereken({"voorzieningen": [[1], {"soort": []}], "huishouden": "samen"})
    assert {e["code"] for e in r["errors"]} == {"verplicht", "ongeldige_waarde"}


@given(st.text(max_size=200))
def test_run_json_never_raises_on_any_text(text):
    assert json.loads(run_json(text))["ok"] in (True, False)


def test_aow_bands_from_the_law_text():
    # (first birth date, last birth date, year the AOW age is reached): AOW art. 7a lid 1 a-o,
    # research memo 2026-12-01 §3 (this corrects the fact sheet for September-December 1952).
    banden = [(date(1930, 1, 1), date(1947, 12, 31), (1995, 2012)),
              (date(1948, 1, 1), date(1948, 11, 30), (2013, 2013)), (date(1948, 12, 1), date(1949, 10, 31), (2014, 2014)),
              (date(1949, 11, 1), date(1950, 9, 30), (2015, 2015)), (date(1950, 10, 1), date(1951, 6, 30), (2016, 2016)),
              (date(1951, 7, 1), date(1952, 3, 31), (2017, 2017)), (date(1952, 4, 1), date(1952, 12, 31), (2018, 2018)),
              (date(1953, 1, 1), date(1955, 8, 31), (2019, 2021)), (date(1955, 9, 1), date(1956, 5, 31), (2022, 2022)),
              (date(1956, 6, 1), date(1957, 2, 28), (2023, 2023)), (date(1957, 3, 1), date(1960, 12, 31), (2024, 2027)),
              (date(1961, 1, 1), date(1964, 9, 30), (2028, 2031))]
    for begin, eind, (van, tot) in banden:
        for geboren in (begin, eind, begin + (eind - begin) / 2):
            assert van <= aow_datum(geboren).year <= tot, geboren
    assert aow_datum(date(1952, 9, 1)) == date(2018, 9, 1)        # 66 in 2018 (letter g), not 66 y 4 m
    assert aow_datum(date(1952, 12, 31)) == date(2018, 12, 31)
    assert aow_datum(date(1953, 1, 1)) == date(2019, 5, 1)        # 66 y 4 m in 2019 (letter h)
    assert aow_datum(date(1948, 12, 1)) == date(2014, 2, 1)       # 65 y 1 m would only fall in 2014
    assert aow_datum(date(1964, 10, 1)) is None                   # after the years we know
    assert aow_datum(date(1959, 6, 15)) == date(2026, 6, 15)      # 67 in 2026
    assert aow_datum(date(1955, 9, 1)) == date(2022, 4, 1)        # 66 y 7 m in 2022


# ---- The list of cases without bijdrage that the pages show is the calculator's own ----

VRIJ = {   # the case's id -> an input that gives it, on 2019-06 and on 2026-06
    "partner_aow": {"huishouden": "samen", "partner_geboortedatum": "1980-01-01"},
    "minderjarig": {"geboortedatum": "2012-01-01"},
    "wlz_beschermd_wonen": {"wlz_of_beschermd_wonen": "ja"},
    "opvang": {"opvang": "ja"},
    "minima": {"gemeente": {"minima": {"alleenstaand_aow": 3000000}}, "bijdrageplichtig_inkomen_eurocent": 100},
}


def test_each_case_of_the_page_list_is_decided_and_cited_as_the_list_says():
    from calculators import wet
    for maand in ("2019-06", "2026-06"):
        op = date.fromisoformat(maand + "-01")
        gevallen = {g.geval: g for g in wet.vrijstellingen(op)}
        assert set(VRIJ) | {"rolstoel", "clientondersteuning"} == set(gevallen)
        for geval, extra in VRIJ.items():
            i = {"peildatum": maand, "geboortedatum": "1950-05-05", "huishouden": "alleenstaand",
                 "voorzieningen": ["maatwerk"], **extra}
            res = bereken(i)["result"]
            assert res["regel"] == gevallen[geval].regel and res["bijdrage_eurocent"] == 0, (geval, res)
            assert gevallen[geval].bron.as_dict() in [u["bron"] for u in res["uitleg"]], (geval, res["uitleg"])
        for geval in ("rolstoel", "clientondersteuning"):
            res = bereken({"peildatum": maand, "geboortedatum": "1950-05-05", "huishouden": "alleenstaand",
                           "voorzieningen": [geval]})["result"]
            assert res["regel"] == "geen_bijdrage" and gevallen[geval].bron.as_dict() in [u["bron"] for u in res["uitleg"]]


def test_no_citation_of_a_law_before_it_existed():
    import pytest
    from calculators.kern.legal import artikel
    with pytest.raises(ValueError):
        artikel("wmo", "2.3.5", op=date(2014, 12, 31))
    assert artikel("wmo", "2.3.5", op=date(2015, 1, 1)).url.endswith("/BWBR0035362/2015-01-01#Artikel2.3.5")

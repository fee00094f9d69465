"""Termijnen rekenhulp: the Algemene termijnenwet calendar, term counting, the calendar file and
the JSON boundary. Legal cases live in tests/cases/termijnen.toml; these are invariants."""
from __future__ import annotations

import base64
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from calculators import termijnen
from calculators.kern import ics as _ics
from calculators.termijnen import feestdagen as _feestdagen
from calculators.kern.params import GeenRegelVoorDatum, alle, waarde
from calculators.termijnen.termijn import termijn
from conftest import ROOT
from calculators.api import run_json

EERSTE, LAATSTE = date(2023, 1, 1), date(2028, 12, 31)
GEBEURTENISSEN = ("melding", "aanvraag", "besluit", "beslissing_op_bezwaar", "uitspraak_rechtbank",
                  "ingebrekestelling")
CODES = {"melding": {"persoonlijk_plan", "onderzoek"}, "aanvraag": {"beschikking"},
         "besluit": {"bezwaar", "beslissing_op_bezwaar", "beslissing_op_bezwaar_verdaagd"},
         "beslissing_op_bezwaar": {"beroep"}, "uitspraak_rechtbank": {"hoger_beroep"},
         "ingebrekestelling": {"dwangsom_vanaf", "dwangsom_einde"}}

# Every Atw day of 2025-2028, typed by hand from published calendars and the two decrees of
# art. 3 lid 3 (not computed), to check the computed calendar for presence AND absence.
HANDLIJST = {date(*d) for d in [
    (2025, 1, 1), (2025, 4, 18), (2025, 4, 21), (2025, 4, 26), (2025, 5, 5), (2025, 5, 29),
    (2025, 5, 30), (2025, 6, 9), (2025, 12, 25), (2025, 12, 26),
    (2026, 1, 1), (2026, 1, 2), (2026, 4, 3), (2026, 4, 6), (2026, 4, 27), (2026, 5, 5),
    (2026, 5, 14), (2026, 5, 15), (2026, 5, 25), (2026, 12, 25), (2026, 12, 26),
    (2027, 1, 1), (2027, 3, 26), (2027, 3, 29), (2027, 4, 27), (2027, 5, 5), (2027, 5, 6),
    (2027, 5, 7), (2027, 5, 17), (2027, 12, 25), (2027, 12, 26),
    (2028, 1, 1), (2028, 4, 14), (2028, 4, 17), (2028, 4, 27), (2028, 4, 28), (2028, 5, 5),
    (2028, 5, 25), (2028, 5, 26), (2028, 6, 5), (2028, 12, 25), (2028, 12, 26)]}
PASEN = ["2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12",
         "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05",
         "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21", "2038-04-25", "2285-03-22"]


def bereken(invoer: dict) -> dict:
    return json.loads(run_json(json.dumps({"v": 1, "calculator": "termijnen", "input": invoer})))


def dagen(van: date, tot: date):
    return (van + timedelta(days=n) for n in range((tot - van).days + 1))


# ---- the calendar (Atw art. 3) ----

@pytest.mark.parametrize("pasen", PASEN)
def test_easter_is_computed_correctly(pasen):
    d = date.fromisoformat(pasen)
    assert _feestdagen.pasen(d.year) == d


def test_koningsdag_moves_to_the_26th_only_when_the_27th_is_a_sunday():
    assert _feestdagen.koningsdag(2025) == date(2025, 4, 26)   # 27 April 2025 is a Sunday
    assert _feestdagen.koningsdag(2026) == date(2026, 4, 27)
    assert _feestdagen.koningsdag(2031) == date(2031, 4, 26)
    assert all(_feestdagen.koningsdag(j).weekday() != 6 for j in range(2015, 2100))


def test_the_computed_calendar_matches_the_hand_typed_list_day_by_day():
    for d in dagen(date(2025, 1, 1), date(2028, 12, 31)):
        assert (d in _feestdagen.feestdagen(d.year)) == (d in HANDLIJST), d
        assert (_feestdagen.vrij(d) is not None) == (d in HANDLIJST or d.weekday() >= 5), d


def test_5_mei_is_a_feestdag_every_year_and_goede_vrijdag_counts():
    for jaar in range(EERSTE.year, LAATSTE.year + 1):
        assert _feestdagen.feestdagen(jaar)[date(jaar, 5, 5)] == "Bevrijdingsdag"
        assert _feestdagen.vrij(_feestdagen.pasen(jaar) - timedelta(days=2)) == "Goede Vrijdag"
        assert _feestdagen.vrij(_feestdagen.pasen(jaar) - timedelta(days=3)) is None  # Thursday


@pytest.mark.parametrize("jaar", [2022, 2029])
def test_years_without_a_known_decree_fail_closed(jaar):
    with pytest.raises(GeenRegelVoorDatum):
        _feestdagen.feestdagen(jaar)


def test_every_parameter_name_can_be_used_in_a_page_marker():
    """The page shows the figures with [[waarde:<naam>:<jaar>]]; the hook only reads [a-z_]+."""
    pagina = (ROOT / "docs/rekenhulp/termijnen.md").read_text("utf-8")
    gebruikt = set(re.findall(r"\[\[waarde:([^:\]]+)", pagina))
    assert gebruikt and all(re.fullmatch(r"[a-z_]+", naam) for naam in gebruikt)
    assert gebruikt <= {p.naam for p in alle()}


# ---- counting (Awb 6:8, Atw art. 1, 2 and 4) ----

TERMIJNEN = ["persoonlijk_plan_dagen", "wmo_onderzoek_weken", "wmo_beschikking_weken",
             "bezwaar_beroep_weken", "beslistermijn_bezwaar_weken",
             "beslistermijn_bezwaar_adviescommissie_weken", "verdaging_bezwaar_weken"]


def test_article_2_never_changes_a_deadline_of_this_rekenhulp():
    """Atw art. 2 (two working days in a term of three days or more) is applied, but for terms of
    seven days and longer it can never add a day: checked for every start day we cover."""
    for naam in TERMIJNEN:
        for na in dagen(EERSTE, date(2026, 12, 31) if naam == "persoonlijk_plan_dagen"
                        else date(2028, 9, 1)):
            t = termijn(na, naam, op=na)
            alleen_artikel_1 = t.volgens_telling
            while _feestdagen.vrij(alleen_artikel_1):
                alleen_artikel_1 += timedelta(days=1)
            assert t.einddatum == alleen_artikel_1, (naam, na)


def test_article_2_does_extend_a_short_term_with_too_few_working_days():
    """A made-up three-day term from Christmas Eve 2027 (Friday): 25, 26 December are a weekend
    and feestdagen, Monday 27 is the only working day, so art. 2 adds Tuesday 28."""
    from calculators.termijnen.termijn import verleng
    begin = date(2027, 12, 25)
    assert verleng(begin, date(2027, 12, 27), _feestdagen.vrij, begin) == date(2027, 12, 28)


def test_twelve_weeks_is_still_under_the_atw_but_thirteen_would_not_be():
    from calculators.termijnen.termijn import atw_geldt
    assert atw_geldt("beslistermijn_bezwaar_adviescommissie_weken", date(2026, 1, 1))
    assert waarde("atw_langste_termijn", date(2026, 1, 1)).waarde == 12


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(GEBEURTENISSEN), st.dates(EERSTE, date(2028, 12, 31)), st.sampled_from(
    [None, "ja", "nee"]))
def test_every_deadline_is_a_working_day_and_never_before_the_plain_count(gebeurtenis, dag, commissie):
    invoer = {"gebeurtenis": gebeurtenis, "datum": dag.isoformat()}
    if commissie:
        invoer["adviescommissie"] = commissie
    antwoord = bereken(invoer)
    if not antwoord["ok"]:
        assert [e["code"] for e in antwoord["errors"]] == ["geen_regel_voor_datum"], antwoord
        return
    r = antwoord["result"]
    assert {t["code"] for t in r["termijnen"]} | set(r.get("niet_berekend", {}).get("codes", [])) \
        == CODES[gebeurtenis]
    for t in r["termijnen"]:
        eind, telling = date.fromisoformat(t["einddatum"]), date.fromisoformat(
            t["einddatum_volgens_telling"])
        assert eind >= telling > dag
        assert (t["verlengd"] is None) == (eind == telling)
        assert t["verlengd"] in (None, "weekend", "feestdag")
        assert t["bron"]["url"].startswith("https://wetten.overheid.nl/")
        if t["algemene_termijnenwet"]:
            assert eind.weekday() < 5 and eind not in _feestdagen.feestdagen(eind.year)
            assert (eind - telling).days <= 5
        else:
            assert t["code"].startswith("dwangsom") and t["verlengd"] is None
    assert r["uitleg"] and all(u["tekst"] and u["bron"]["url"] for u in r["uitleg"])


def test_the_decision_on_bezwaar_counts_from_the_end_of_the_bezwaar_term():
    r = bereken({"gebeurtenis": "besluit", "datum": "2026-06-01", "adviescommissie": "nee"})
    bezwaar, beslissing, _ = r["result"]["termijnen"]
    assert beslissing["begindatum"] == (date.fromisoformat(bezwaar["einddatum"])
                                        + timedelta(days=1)).isoformat()


# ---- dwangsom (Awb 4:17): amounts from the parameters, the maximum computed ----

def test_dwangsom_steps_and_maximum_come_from_the_parameters():
    op = date(2026, 11, 23)
    per_dag = [termijnen.dwangsom_per_dag(n, op) for n in range(1, 43)]
    assert per_dag[0] == per_dag[13] == 2300 and per_dag[14] == per_dag[27] == 3500
    assert per_dag[28] == per_dag[41] == 4500
    r = bereken({"gebeurtenis": "ingebrekestelling", "datum": "2026-11-02"})["result"]
    assert r["dwangsom_max_eurocent"] == sum(per_dag) == 144200
    assert all(w.waarde != 144200 for p in alle() for w in p.waarden)   # computed, not stored


@settings(max_examples=100, deadline=None)
@given(st.dates(EERSTE, LAATSTE))
def test_the_dwangsom_runs_exactly_42_days_and_is_never_moved(dag):
    r = bereken({"gebeurtenis": "ingebrekestelling", "datum": dag.isoformat()})["result"]
    vanaf, einde = (date.fromisoformat(t["einddatum"]) for t in r["termijnen"])
    assert vanaf == dag + timedelta(days=15)
    assert (einde - vanaf).days + 1 == waarde("dwangsom_max_dagen", dag).waarde
    laatste_wachtdag = dag + timedelta(days=14)
    if laatste_wachtdag <= LAATSTE:
        assert r["wachttijd_eindigt_op_vrije_dag"] == bool(_feestdagen.vrij(laatste_wachtdag))


# ---- the calendar file (RFC 5545) ----

def ics_van(invoer: dict) -> str:
    return bereken(invoer)["result"]["weergave"]["downloads"][0]["inhoud"]


def _ontvouw(tekst: str) -> list[str]:
    return tekst.replace("\r\n ", "").split("\r\n")[:-1]


def test_the_calendar_file_has_one_all_day_event_per_deadline():
    invoer = {"gebeurtenis": "besluit", "datum": "2026-11-02"}
    antwoord = bereken(invoer)["result"]
    download = antwoord["weergave"]["downloads"][0]
    assert download["mime"] == "text/calendar" and download["bestandsnaam"].endswith(".ics")
    regels = _ontvouw(download["inhoud"])
    assert regels[0] == "BEGIN:VCALENDAR" and regels[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in regels and any(r.startswith("PRODID:") for r in regels)
    starts = [r for r in regels if r.startswith("DTSTART;VALUE=DATE:")]
    assert starts == [f"DTSTART;VALUE=DATE:{t['einddatum'].replace('-', '')}"
                      for t in antwoord["termijnen"]]
    uids = [r for r in regels if r.startswith("UID:")]
    assert len(uids) == len(set(uids)) == len(antwoord["termijnen"])
    assert {r for r in regels if r.startswith("DTSTAMP:")} == {"DTSTAMP:20261102T000000Z"}
    assert regels.count("BEGIN:VEVENT") == regels.count("END:VEVENT") == len(starts)
    assert regels.count("BEGIN:VALARM") == 1   # only the resident's own deadline (bezwaar)


def test_the_calendar_file_is_deterministic_crlf_and_folded():
    inhoud = ics_van({"gebeurtenis": "besluit", "datum": "2027-03-24"})
    assert inhoud == ics_van({"gebeurtenis": "besluit", "datum": "2027-03-24"})
    assert "\n" not in inhoud.replace("\r\n", "") and inhoud.endswith("\r\n")
    assert all(len(r.encode()) <= 75 for r in inhoud.split("\r\n"))
    assert any(r.startswith(" ") for r in inhoud.split("\r\n"))   # long descriptions fold


def test_text_values_are_escaped():
    assert _ics.tekst("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    inhoud = ics_van({"gebeurtenis": "besluit", "datum": "2026-11-02"})
    beschrijving = next(r for r in _ontvouw(inhoud) if r.startswith("DESCRIPTION:"))
    assert re.search(r"(?<!\\)[,;]", beschrijving.removeprefix("DESCRIPTION:")) is None


def _unescape(waarde: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), waarde)


@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_every_line_within_75_octets_and_unfolds_to_the_same_text(tekst):
    tekst = tekst.replace("\r", "")
    regel = "DESCRIPTION:" + _ics.tekst(tekst)
    gevouwen = _ics.vouw(regel)
    assert all(len(r.encode("utf-8")) <= 75 for r in gevouwen.split("\r\n"))
    assert gevouwen.replace("\r\n ", "") == regel
    assert _unescape(regel.removeprefix("DESCRIPTION:")) == tekst


# ---- the JSON boundary ----

def test_questions_match_the_contract():
    vragen = json.loads(run_json(json.dumps({"v": 1, "calculator": "termijnen",
                                             "action": "questions"})))["result"]["questions"]
    assert [v["id"] for v in vragen] == ["gebeurtenis", "datum", "adviescommissie"]
    assert [o["value"] for o in vragen[0]["options"]] == list(GEBEURTENISSEN)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                    | st.text(max_size=20),
                    lambda kind: st.lists(kind, max_size=3)
                    | st.dictionaries(st.text(max_size=8), kind, max_size=3), max_leaves=8)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(["gebeurtenis", "datum", "adviescommissie", "gemeente",
                                        "x"]),
                       JSON | st.sampled_from(GEBEURTENISSEN)
                       | st.dates(date(1, 1, 1), date(9999, 12, 31)).map(date.isoformat)
                       | st.sampled_from(["ja", "nee", "2026-02-29", "2028-02-29", "0000-01-01"])))
def test_run_json_never_raises_and_never_fails_internally(invoer):
    antwoord = json.loads(run_json(json.dumps({"v": 1, "calculator": "termijnen",
                                               "input": invoer})))
    assert antwoord["v"] == 1
    if antwoord["ok"]:
        assert antwoord["result"]["termijnen"]
    else:
        assert antwoord["errors"] and all(e["message"] for e in antwoord["errors"])
        assert "interne_fout" not in {e["code"] for e in antwoord["errors"]}


# ---- one calendar file for several events (action "download", used by the case page) ----

def download(invoer: object) -> dict:
    return json.loads(run_json(json.dumps({"v": 1, "calculator": "termijnen", "action": "download",
                                           "input": invoer})))


def ics_uit(antwoord: dict) -> str:
    assert antwoord["ok"], antwoord
    return base64.b64decode(antwoord["result"]["base64"]).decode("utf-8")


DOSSIER = [{"gebeurtenis": "melding", "datum": "2026-11-02"},
           {"gebeurtenis": "aanvraag", "datum": "2026-11-16"},
           {"gebeurtenis": "besluit", "datum": "2026-11-20"}]


def test_one_calendar_holds_every_deadline_of_every_event_once_in_date_order():
    antwoord = download({"gebeurtenissen": DOSSIER + DOSSIER[:1]})   # the melding twice: once in the file
    assert antwoord["result"]["mime"] == "text/calendar"
    regels = _ontvouw(ics_uit(antwoord))
    starts = [r.removeprefix("DTSTART;VALUE=DATE:") for r in regels if r.startswith("DTSTART")]
    assert starts == sorted(starts)
    uids = [r.removeprefix("UID:") for r in regels if r.startswith("UID:")]
    assert len(uids) == len(set(uids)) == antwoord["result"]["aantal"]
    # the same UIDs as the termijnen page's file, so a second download updates the agenda
    for g in DOSSIER:
        los = [r for r in _ontvouw(ics_van(g)) if r.startswith("UID:")]
        assert set(los) <= {f"UID:{u}" for u in uids}, g
    verwacht = sum(len(bereken(g)["result"]["termijnen"]) + len(bereken(g)["result"]["mogelijk_vanaf"])
                   for g in DOSSIER)
    assert len(uids) == verwacht
    assert "UID:aanvraag_zonder_onderzoek-melding-20261102@wmo-wegwijzer" in regels
    assert "DTSTAMP:20261120T000000Z" in regels   # no vanaf: the latest event's date


def test_vanaf_leaves_out_what_ended_before_and_codes_choose_per_event():
    antwoord = download({"vanaf": "2026-12-01", "gebeurtenissen": [
        {"gebeurtenis": "melding", "datum": "2026-11-02"},
        {"gebeurtenis": "besluit", "datum": "2026-11-20", "codes": ["bezwaar"]}]})
    regels = _ontvouw(ics_uit(antwoord))
    assert [r for r in regels if r.startswith("DTSTART")] == [
        "DTSTART;VALUE=DATE:20261214", "DTSTART;VALUE=DATE:20261215", "DTSTART;VALUE=DATE:20270104"]
    assert {r for r in regels if r.startswith("DTSTAMP:")} == {"DTSTAMP:20261201T000000Z"}
    assert antwoord["result"]["bestandsnaam"] == "wmo-termijnen-2026-12-01.ics"
    # a deadline on the day itself is still to come
    op_de_dag = download({"vanaf": "2026-12-14", "gebeurtenissen": DOSSIER[:1]})
    assert "DTSTART;VALUE=DATE:20261214" in _ontvouw(ics_uit(op_de_dag))
    oud = download({"vanaf": "0999-01-01", "gebeurtenissen": DOSSIER[:1]})
    assert "DTSTAMP:09990101T000000Z" in _ontvouw(ics_uit(oud))
    niets = download({"vanaf": "2030-01-01", "gebeurtenissen": DOSSIER[:1]})
    assert niets["result"]["aantal"] == 0
    assert _ontvouw(ics_uit(niets))[-1] == "END:VCALENDAR"


def test_the_combined_calendar_is_crlf_folded_and_escaped():
    inhoud = ics_uit(download({"gebeurtenissen": DOSSIER}))
    assert inhoud.startswith("BEGIN:VCALENDAR\r\n") and inhoud.endswith("END:VCALENDAR\r\n")
    assert "\n" not in inhoud.replace("\r\n", "")
    assert all(len(r.encode()) <= 75 for r in inhoud.split("\r\n"))
    for r in _ontvouw(inhoud):
        if r.startswith(("SUMMARY:", "DESCRIPTION:")):
            assert re.search(r"(?<!\\)[,;]", r.partition(":")[2]) is None, r


@pytest.mark.parametrize("invoer,veld,code", [
    ({"gebeurtenissen": []}, "gebeurtenissen", "ongeldige_waarde"),
    ({}, "gebeurtenissen", "ongeldige_waarde"),
    ({"gebeurtenissen": [DOSSIER[0]] * 13}, "gebeurtenissen", "ongeldige_waarde"),
    ({"gebeurtenissen": DOSSIER, "x": 1}, "x", "onbekend_veld"),
    ({"gebeurtenissen": DOSSIER, "formaat": "docx"}, "formaat", "ongeldige_waarde"),
    ({"gebeurtenissen": DOSSIER, "vanaf": "1-12-2026"}, "vanaf", "ongeldige_waarde"),
    ({"gebeurtenissen": ["melding"]}, "gebeurtenissen.0", "ongeldige_waarde"),
    ({"gebeurtenissen": [{"gebeurtenis": "melding", "datum": "2026-02-30"}]},
     "gebeurtenissen.0.datum", "ongeldige_waarde"),
    ({"gebeurtenissen": [DOSSIER[0], {"gebeurtenis": "besluit", "datum": "2022-06-01"}]},
     "gebeurtenissen.1.datum", "geen_regel_voor_datum"),
    ({"gebeurtenissen": [{"gebeurtenis": "besluit", "datum": "2029-06-01"}]},
     "gebeurtenissen.0.datum", "geen_regel_voor_datum"),
    ({"gebeurtenissen": [{**DOSSIER[0], "codes": ["bezwaar"]}]}, "gebeurtenissen.0.codes", "ongeldige_waarde"),
    ({"gebeurtenissen": [{**DOSSIER[0], "codes": "onderzoek"}]}, "gebeurtenissen.0.codes", "ongeldige_waarde"),
    ({"gebeurtenissen": [{**DOSSIER[0], "x": 1}]}, "gebeurtenissen.0.x", "onbekend_veld"),
])
def test_download_refuses_wrong_input_per_field_in_dutch(invoer, veld, code):
    antwoord = download(invoer)
    assert antwoord["ok"] is False
    assert (veld, code) in {(e["field"], e["code"]) for e in antwoord["errors"]}, antwoord
    assert all(e["message"] for e in antwoord["errors"])


def test_only_a_calculator_that_writes_files_knows_the_download_action():
    antwoord = json.loads(run_json(json.dumps({"v": 1, "calculator": "toegang", "action": "download",
                                               "input": {}})))
    assert antwoord["errors"][0]["code"] == "onbekende_actie"


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["gebeurtenissen", "vanaf", "formaat", "x"]),
                       JSON | st.lists(st.fixed_dictionaries(
                           {"gebeurtenis": st.sampled_from(GEBEURTENISSEN) | JSON,
                            "datum": st.dates(date(2015, 1, 1), date(2035, 12, 31)).map(date.isoformat) | JSON},
                           optional={"codes": st.lists(st.sampled_from(sorted(set().union(*CODES.values()))), max_size=3) | JSON,
                                     "adviescommissie": JSON}), max_size=4)))
def test_download_never_raises_and_never_fails_internally(invoer):
    antwoord = download(invoer)
    if antwoord["ok"]:
        ics_uit(antwoord)
    else:
        assert antwoord["errors"] and "interne_fout" not in {e["code"] for e in antwoord["errors"]}

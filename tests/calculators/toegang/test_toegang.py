"""Invariants of the toegang rekenhulp, on top of the legal cases in tests/cases/toegang.toml."""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from calculators import toegang
from calculators.api import run_json

from conftest import ROOT
OORDELEN = {"kansrijk", "onzeker", "niet_kansrijk", "ander_loket"}
CODES = {"geen_rechtmatig_verblijf", "woont_niet_in_gemeente", "eigen_oplossing", "niet_langdurig",
         "algemeen_gebruikelijk", "geen_meerkosten", "voorliggende_voorziening", "kosten_al_gemaakt",
         "afschrijvingstermijn_niet_verstreken", "algemene_voorziening"}
JA_NEE_WEET = ["ja", "nee", "weet_niet"]
CONTRACT = {  # contract.md, section toegang: input keys and their values
    "verblijf": ["nederlander", "eu_eer_zwitserland", "verblijfsvergunning",
                 "asielzoeker_in_procedure", "aanvraag_huiselijk_geweld", "geen", "weet_niet"],
    "woonplaats": ["in_gemeente", "gaat_verhuizen", "elders"],
    "hulpvraag": ["huishouden", "woning", "vervoer", "hulpmiddel", "begeleiding", "dagbesteding",
                  "respijtzorg", "beschermd_wonen", "opvang"],
    "duur": ["langdurig", "tijdelijk", "weet_niet"],
    "eigen_oplossing": ["ja", "deels", "nee"],
    "algemene_voorziening": ["ja", "ja_past_niet", "nee", "weet_niet"],   # added with issue 15
    "gewone_winkel": JA_NEE_WEET, "speciaal_voor_beperking": JA_NEE_WEET,
    "veel_duurder": JA_NEE_WEET, "betaalbaar_met_minimuminkomen": JA_NEE_WEET,   # issue 15
    "meerkosten": JA_NEE_WEET,
    "al_gekocht": ["ja", "nee"],
    "andere_regeling": ["zorgverzekering", "wlz", "uwv", "geen", "weet_niet"],
    "eerder_gekregen": ["nee", "ja_afgeschreven", "ja_kapot_overmacht", "ja_kapot_eigen_schuld"],
}
VRAGEN = toegang.questions({})
WINKEL = {"gewone_winkel", "speciaal_voor_beperking", "veel_duurder", "betaalbaar_met_minimuminkomen",
          "meerkosten", "al_gekocht", "eerder_gekregen"}


def test_the_table_of_grounds_other_calculators_read_holds_exactly_the_contract_codes():
    """toegang.gronden() feeds the brievenhulp's bezwaar sentences: every code, nothing more."""
    assert {g.code for g in toegang.gronden()} == CODES
    for grond in toegang.gronden():
        assert grond.titel and grond.titel == grond.titel.strip()


def vraag(invoer: object) -> dict:
    return json.loads(run_json(json.dumps({"v": 1, "calculator": "toegang", "input": invoer})))


@st.composite
def antwoorden(draw) -> dict:
    """A complete, valid set of answers: each question that applies, in the order of the form."""
    uit: dict = {}
    for v in VRAGEN:
        if v.applies(uit):
            uit[v.id] = draw(st.sampled_from([k.value for k in v.options]))
    return uit


def zinnen(tekst: str) -> list[int]:
    return [len(z.split()) for z in re.split(r"(?<=[.!?])\s+", tekst) if z.strip()]


def alle_teksten(result: dict) -> list[str]:
    w = result["weergave"]
    return [w["kop"], *w["regels"], w["voorbehoud"],
            *(i["tekst"] for b in w["blokken"] for i in b["items"])]


def test_questions_are_exactly_the_contract_keys_and_values():
    assert {v.id: [k.value for k in v.options] for v in VRAGEN} == CONTRACT
    eerder = set()
    for v in VRAGEN:
        assert set(v.when) <= eerder, f"{v.id} depends on a later question"
        assert v.label and v.help, v.id
        eerder.add(v.id)


def test_shop_questions_only_for_things_you_could_buy():
    for hulp in CONTRACT["hulpvraag"]:
        gesteld = {v.id for v in VRAGEN if v.applies({"hulpvraag": hulp, "gewone_winkel": "ja",
                                                      "speciaal_voor_beperking": "nee"})}
        assert bool(gesteld & WINKEL) == (hulp in ("woning", "vervoer", "hulpmiddel")), hulp
        assert ("woonplaats" in gesteld) == (hulp not in ("opvang", "beschermd_wonen")), hulp
        assert ("duur" in gesteld) == (hulp not in ("huishouden", "respijtzorg", "opvang")), hulp


def test_shop_follow_up_questions_hide_once_the_answer_is_clear():
    def gesteld(**a):
        return {v.id for v in VRAGEN if v.applies({"hulpvraag": "woning", **a})}
    assert "speciaal_voor_beperking" not in gesteld(gewone_winkel="nee")
    assert "veel_duurder" not in gesteld(gewone_winkel="ja", speciaal_voor_beperking="ja")
    assert "veel_duurder" in gesteld(gewone_winkel="weet_niet", speciaal_voor_beperking="weet_niet")


@settings(max_examples=300, deadline=None)
@given(antwoorden())
def test_every_valid_answer_gives_an_indication_with_free_clientondersteuning(a):
    antwoord = vraag(a)
    assert antwoord["ok"], antwoord
    r = antwoord["result"]
    assert r["oordeel"] in OORDELEN
    assert any("cliëntondersteuner" in s and "gratis" in s for s in r["vervolgstappen"])
    assert {x["code"] for x in r["redenen"]} <= CODES
    for reden in r["redenen"] + r["aandachtspunten"]:
        assert reden["bron"]["url"].startswith("https://wetten.overheid.nl/BWBR"), reden
        assert not reden["link"]["url"].startswith(("/", "http")), reden
    assert (r["oordeel"] == "kansrijk") == (not r["redenen"])
    assert r["uitleg"] and all(u["bron"]["url"].startswith("https://") for u in r["uitleg"])
    assert "geen besluit" in r["weergave"]["voorbehoud"]


@settings(max_examples=300, deadline=None)
@given(antwoorden())
def test_weet_niet_never_gives_kansrijk_unless_another_answer_settles_it(a):
    """One clear 'not algemeen gebruikelijk' answer settles that ground; a weet_niet next to it
    does not matter. Any other weet_niet leaves the outcome open."""
    vier = ("gewone_winkel", "speciaal_voor_beperking", "veel_duurder", "betaalbaar_met_minimuminkomen")
    beslist = (a.get("gewone_winkel") == "nee" or a.get("speciaal_voor_beperking") == "ja"
               or a.get("veel_duurder") == "ja" or a.get("betaalbaar_met_minimuminkomen") == "nee")
    open_ = [k for k, v in a.items() if v == "weet_niet" and not (k in vier and beslist)]
    if open_:
        assert vraag(a)["result"]["oordeel"] != "kansrijk", a


@settings(max_examples=200, deadline=None)
@given(antwoorden())
def test_sentences_are_short(a):
    """B1: no sentence above 20 words, about 15 on average."""
    lengtes = [n for t in alle_teksten(vraag(a)["result"]) for n in zinnen(t)]
    assert max(lengtes) <= 20, max(lengtes)
    assert sum(lengtes) / len(lengtes) <= 15


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids,
                                                                              max_size=3),
                    max_leaves=8)
SLEUTELS = st.sampled_from(list(CONTRACT) + ["peildatum", "gemeente", "onbekend"])


@settings(max_examples=400, deadline=None)
@given(st.one_of(JSON, st.dictionaries(SLEUTELS, JSON | st.sampled_from(
    sum(CONTRACT.values(), []) + ["2026-11-23", "2027-01-01"]), max_size=14)))
def test_run_json_never_raises_and_answers_within_the_contract(invoer):
    antwoord = vraag(invoer)
    if antwoord["ok"]:
        r = antwoord["result"]
        assert r["oordeel"] in OORDELEN
        assert any("cliëntondersteuner" in s for s in r["vervolgstappen"])
    else:
        assert antwoord["errors"] and all(e["message"] and e["code"] != "interne_fout"
                                         for e in antwoord["errors"])


def test_links_point_to_pages_of_the_wegwijzer():
    urls = set()
    for hulp in CONTRACT["hulpvraag"]:
        for eigen in ("ja", "deels"):
            a = {"hulpvraag": hulp, "verblijf": "weet_niet", "woonplaats": "gaat_verhuizen",
                 "eigen_oplossing": eigen, "duur": "tijdelijk", "gewone_winkel": "weet_niet",
                 "speciaal_voor_beperking": "weet_niet", "veel_duurder": "weet_niet",
                 "betaalbaar_met_minimuminkomen": "weet_niet", "algemene_voorziening": "ja_past_niet",
                 "meerkosten": "weet_niet", "al_gekocht": "ja", "eerder_gekregen": "ja_afgeschreven",
                 "andere_regeling": "weet_niet"}
            w = vraag({k: v for k, v in a.items()
                       if any(q.id == k and q.applies(a) for q in VRAGEN)})["result"]["weergave"]
            urls |= {i["link"]["url"] for b in w["blokken"] for i in b["items"] if "link" in i}
    assert len(urls) >= 8
    for url in urls:
        pad = ROOT / "docs" / url.rstrip("/")
        assert pad.with_suffix(".md").exists() or (pad / "index.md").exists(), url


def test_no_legal_term_is_written_into_the_logic():
    """Terms such as the 7 days for the persoonlijk plan come from params/*.toml."""
    bestanden = list((ROOT / "calculators" / "toegang").glob("*.py"))
    assert len(bestanden) >= 6
    for bestand in bestanden:
        tekst = bestand.read_text(encoding="utf-8")
        assert not re.search(r"\b\d+ (dag|dagen|weken|maanden|jaar)\b", tekst), bestand.name


# ---- The lists the pages show are the calculator's own (issue 15, "page text and calculators") ----

BASIS = {"verblijf": "nederlander", "woonplaats": "in_gemeente", "eigen_oplossing": "nee",
         "algemene_voorziening": "nee", "duur": "langdurig", "gewone_winkel": "nee", "meerkosten": "ja",
         "al_gekocht": "nee", "eerder_gekregen": "nee", "andere_regeling": "geen", "peildatum": "2026-06-01"}
VOORBEELD = {   # one input per ground that gives it
    "geen_rechtmatig_verblijf": {"verblijf": "geen"},
    "woont_niet_in_gemeente": {"woonplaats": "elders"},
    "eigen_oplossing": {"eigen_oplossing": "ja"},
    "algemene_voorziening": {"algemene_voorziening": "ja"},
    "niet_langdurig": {"duur": "tijdelijk"},
    "algemeen_gebruikelijk": {"gewone_winkel": "ja", "speciaal_voor_beperking": "nee", "veel_duurder": "nee",
                              "betaalbaar_met_minimuminkomen": "ja"},
    "geen_meerkosten": {"meerkosten": "nee"},
    "voorliggende_voorziening": {"andere_regeling": "zorgverzekering"},
    "kosten_al_gemaakt": {"al_gekocht": "ja"},
    "afschrijvingstermijn_niet_verstreken": {"eerder_gekregen": "ja_kapot_eigen_schuld"},
}


def test_every_ground_the_pages_list_is_one_the_calculator_gives_and_no_other():
    from datetime import date
    from calculators import wet
    gronden = [g.code for g in wet.redenen(date(2026, 6, 1))]
    assert set(gronden) == set(VOORBEELD) == CODES
    for code, extra in VOORBEELD.items():
        antwoord = vraag({"hulpvraag": "woning", **BASIS, **extra})
        assert code in {r["code"] for r in antwoord["result"]["redenen"]}, (code, antwoord)


def test_the_requirements_the_pages_list_are_the_questions_the_calculator_asks_in_order():
    from datetime import date
    from calculators import wet
    eisen = [e.vraag for e in wet.criteria_algemeen_gebruikelijk(date(2026, 6, 1))]
    assert eisen == [v.id for v in VRAGEN if v.id in eisen] == [
        "gewone_winkel", "speciaal_voor_beperking", "veel_duurder", "betaalbaar_met_minimuminkomen"]


def test_a_reason_code_outside_the_list_cannot_be_made():
    import pytest
    from calculators.kern.legal import artikel
    from calculators.toegang.basis import WIE, Reden
    from datetime import date
    with pytest.raises(ValueError, match="toegang_gronden"):
        Reden("verzonnen_grond", "niet_kansrijk", "x", artikel("wmo", "1.2.2", op=date(2026, 1, 1)), WIE)


def test_past_the_covered_days_an_answer_without_a_date_uses_the_last_known_rules_and_says_so(monkeypatch):
    """Nobody chose a date: today (here 1 March 2029) lies past the covered days. The indication
    still answers, with the rules of the last known day, and says so; a chosen date is refused."""
    from datetime import date
    from calculators.toegang import invoer as toegang_invoer

    class Datum(date):
        @classmethod
        def today(cls):
            return cls(2029, 3, 1)
    monkeypatch.setattr(toegang_invoer, "date", Datum)
    a = {"hulpvraag": "opvang", "verblijf": "nederlander", "eigen_oplossing": "nee"}
    antwoord = vraag(a)
    assert antwoord["ok"] and antwoord["result"]["oordeel"] == "kansrijk"
    assert "Wij kennen de regels tot en met 31 december 2028." in antwoord["result"]["aandachtspunten"][0]["tekst"]
    assert vraag({**a, "peildatum": "2029-03-01"})["errors"][0]["code"] == "geen_regel_voor_datum"

"""Brievenhulp: invariants on top of the legal cases in tests/cases/brieven.toml. Questions, the grounds
read from the toegang calculator, deadlines read from the termijnen calculator (never computed here),
hostile input, B1 sentences and the contract. Every test sets its dates: none depends on today."""
from __future__ import annotations

import json
import re
import time
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from calculators import brieven, termijnen, toegang
from calculators.api import run_json
from calculators.brieven import gronden as _gronden
from calculators.brieven.vragen import ALLE, questions
from calculators.kern.legal import artikel
from calculators.kern.tekst import xml_veilig
from calculators.toegang import Grond

VOLLEDIG = {"naam": "A. Jansen", "adres": "Dorpsstraat 1", "postcode_plaats": "1234 AB Voorbeeldstad",
            "gemeente": "Voorbeeldstad", "datum": "2026-03-20"}
PER_SOORT = {
    "melding": {"hulpvraag": "Ik kan niet meer schoonmaken."},
    "aanvraag": {"onderzoek": "klaar", "gevraagde_hulp": "Hulp bij het schoonmaken."},
    "reactie_verslag": {"aanvullingen": "Ik kan niet fietsen."},
    "inzage_dossier": {"medisch_advies": "ja"},
    "bezwaar": {"besluit_datum": "2026-03-02", "besluit_kenmerk": "W-1", "gronden": "Het klopt niet."},
    "ingebrekestelling": {"aanvraag_datum": "2026-02-02"},
    "voorlopige_voorziening": {"rechtbank": "Midden-Nederland", "besluit_datum": "2026-03-02",
                               "besluit_kenmerk": "W-1", "bezwaar_datum": "2026-03-10",
                               "spoed_reden": "Mijn hulp stopt.", "voorlopig": "Dat mijn hulp doorgaat.",
                               "gronden": "Het klopt niet."},
    "klacht": {"gedraging": "De consulent was onbeleefd."},
    "wijziging": {"wijziging": "Mijn dochter woont niet meer bij mij.", "gevolg": "meer"},
}
TEKSTVRAGEN = {v.id: v for v in questions({}) if v.type in ("text", "textarea")}
LATIJN = ("pro forma", "d.d.", "i.c.", "c.q.", "t.a.v.", "conform", "ex artikel", "mutatis", "a contrario")


def vraag(invoer: object, action: str = "calculate") -> dict:
    return json.loads(run_json(json.dumps({"v": 1, "calculator": "brieven", "action": action,
                                           "input": invoer})))


def brief(soort: str, **extra) -> dict:
    antwoord = vraag({**VOLLEDIG, "soort": soort, **PER_SOORT[soort], **extra})
    assert antwoord["ok"], antwoord
    return antwoord["result"]


def zinnen(tekst: str) -> list[int]:
    return [len(z.split()) for z in re.split(r"(?<=[.!?:])\s+", tekst) if z.strip()]


# ---- questions ----

def test_the_questions_cover_the_nine_kinds_and_ask_no_bsn():
    vragen = questions({})
    assert [k.value for k in vragen[0].options] == list(ALLE) and len(ALLE) == 9
    ids = [v.id for v in vragen]
    assert len(ids) == len(set(ids))
    assert not [i for i in ids if "bsn" in i or "burgerservice" in i]
    for v in vragen:
        assert set(v.when) <= set(ids), v.id
        assert v.when.get("soort", ALLE) and set(v.when.get("soort", ALLE)) <= set(ALLE), v.id
    # every kind asks something of its own beyond the shared questions
    for soort in ALLE:
        eigen = [v.id for v in vragen if v.when and v.applies({"soort": soort, "onderzoek": "te_laat"})
                 and v.when.get("soort") != tuple(s for s in ALLE if s != "voorlopige_voorziening")]
        assert eigen, soort


def test_the_date_of_the_letter_defaults_to_today_and_the_gemeente_edition_fills_in_its_name():
    vragen = {v.id: v for v in questions({"gemeente": {"naam": "Voorbeeldstad", "tarief_eurocent": 1500}})}
    assert vragen["datum"].default == date.today().isoformat()
    assert vragen["gemeente"].default == "Voorbeeldstad"
    assert {v.id: v for v in questions({})}["gemeente"].default is None


def test_no_answer_is_called_optional_when_the_letter_needs_it():
    vragen = {v.id: v for v in questions({})}
    for veld in ("naam", "adres", "postcode_plaats", "gemeente", "datum", "gronden", "besluit_datum",
                 "aanvraag_datum"):
        assert vragen[veld].recommended and not vragen[veld].required, veld
    for veld in ("telefoon", "hoorzitting", "kenmerk"):
        assert not vragen[veld].recommended, veld


def test_a_letter_without_a_date_is_dated_today():
    result = vraag({"soort": "klacht"})["result"]
    assert result["datum"] == date.today().isoformat()


# ---- grounds from the toegang calculator ----

def test_every_ground_of_the_toegang_calculator_is_offered_with_its_own_sentence():
    opties = {v.id: v for v in questions({})}["afwijzingsgronden"].options
    codes = [g.code for g in toegang.gronden()]
    assert [k.value for k in opties][:len(codes)] == codes
    assert set(_gronden.ZINNEN) == set(codes), "write a bezwaar sentence for the new ground"
    for code in (*codes, *_gronden.EIGEN):
        bron = _gronden.bron(code, date(2026, 3, 20))
        assert bron.url.startswith("https://wetten.overheid.nl/BWBR"), code
        assert _gronden.zin(code).alinea.startswith(("In het besluit", "U heeft")), code


def test_a_new_ground_in_the_toegang_table_flows_into_the_form_and_the_letter(monkeypatch):
    echt = toegang.gronden

    def met_nieuwe(op=None):
        bron = artikel("wmo", "2.3.5", lid=3, op=op or date(2026, 1, 1))
        return [*echt(op), Grond("te_duur", "De hulp is te duur.", bron)]
    monkeypatch.setattr(_gronden, "gronden", met_nieuwe)
    opties = [k.value for k in {v.id: v for v in questions({})}["afwijzingsgronden"].options]
    assert "te_duur" in opties
    result = brief("bezwaar", afwijzingsgronden=["te_duur"])
    assert "In het besluit noemt u als reden: De hulp is te duur. Dat klopt niet voor mijn situatie." \
        in result["brief"]["tekst"]
    assert any(u["bron"]["titel"] == "Wmo 2015, artikel 2.3.5 lid 3" and "te duur" in u["tekst"]
               for u in result["uitleg"])


# ---- deadlines: read from the termijnen calculator ----

@pytest.mark.parametrize("besluit", ["2026-03-02", "2026-11-13", "2027-04-23", "2028-10-02"])
def test_the_bezwaar_deadlines_are_the_termijnen_calculators_own(besluit):
    eigen = termijnen.calculate(termijnen.parse({"gebeurtenis": "besluit", "datum": besluit}))["termijnen"]
    result = brief("bezwaar", besluit_datum=besluit, datum=besluit)
    assert [{k: v for k, v in t.items() if k != "na"} for t in result["termijnen"]] == eigen
    assert all(t["na"] == {"gebeurtenis": "besluit", "datum": besluit} for t in result["termijnen"])


def test_te_laat_exactly_after_the_last_day_day_before_on_and_after():
    laatste = brief("bezwaar", datum="2026-03-20")["laatste_dag_bezwaar"]
    assert laatste == "2026-04-13"
    for datum, te_laat, waarschuwing in (("2026-04-12", False, None), ("2026-04-13", False, "laatste_dag"),
                                         ("2026-04-14", True, "te_laat")):
        result = brief("bezwaar", datum=datum)
        assert result["te_laat"] is te_laat, datum
        codes = [p["code"] for p in result["controle"]]
        assert (waarschuwing in codes) if waarschuwing else not {"te_laat", "laatste_dag"} & set(codes)
        assert ("(artikel 6:11 Awb)" in result["brief"]["tekst"]) is te_laat


def test_an_ingebrekestelling_is_too_early_up_to_and_on_the_last_day_of_the_decision_term():
    # aanvraag Monday 2 February 2026: decision due Monday 16 February
    for datum, te_vroeg in (("2026-02-16", True), ("2026-02-17", False)):
        codes = [p["code"] for p in brief("ingebrekestelling", datum=datum)["controle"]]
        assert ("te_vroeg" in codes) is te_vroeg, datum


def test_a_date_outside_the_known_law_fails_closed_on_the_date_of_the_letter():
    antwoord = vraag({"soort": "melding", "datum": "2014-12-31"})
    assert antwoord["errors"] == [{"field": "datum", "code": "geen_regel_voor_datum",
                                   "message": antwoord["errors"][0]["message"]}]
    assert "2015" in antwoord["errors"][0]["message"]


# ---- controle ----

@pytest.mark.parametrize("soort", ALLE)
def test_a_complete_letter_lacks_nothing_but_the_formalities(soort):
    result = brief(soort)
    assert {p["ernst"] for p in result["controle"]} <= {"doe_zelf"}, result["controle"]
    assert "[" not in result["brief"]["tekst"], result["brief"]["tekst"]
    assert result["weergave"]["kop"] == "Uw brief is klaar"


@pytest.mark.parametrize("soort", ALLE)
def test_each_missing_answer_leaves_a_placeholder_and_a_controle_item_that_names_its_question(soort):
    result = vraag({"soort": soort, "datum": "2026-03-20"})["result"]
    ontbreekt = [p for p in result["controle"] if p["ernst"] == "ontbreekt"]
    assert ontbreekt and "[" in result["brief"]["tekst"]
    ids = {v.id for v in questions({})}
    for p in result["controle"]:
        assert p["veld"] is None or p["veld"] in ids, p
        assert p["message"] and p["message"][0].isupper() and p["message"].endswith("."), p
    assert result["weergave"]["kop"] == "Uw brief is bijna klaar"
    blok = next(b for b in result["weergave"]["blokken"] if b.get("rol") == "controle")
    assert [i["tekst"] for i in blok["items"]] == [p["message"] for p in result["controle"]
                                                   if p["ernst"] != "doe_zelf"]


def test_a_signature_is_asked_where_the_law_asks_it():
    ondertekend = {"aanvraag": "Awb, artikel 4:2 lid 1", "bezwaar": "Awb, artikel 6:5 lid 1",
                   "voorlopige_voorziening": "Awb, artikel 6:5 lid 1", "klacht": "Awb, artikel 9:4 lid 2"}
    for soort in ALLE:
        handtekening = [p for p in brief(soort)["controle"] if p["code"] == "handtekening"]
        if soort in ondertekend:
            assert handtekening[0]["bron"]["titel"] == ondertekend[soort], soort
        else:
            assert handtekening == [], soort


def test_something_that_looks_like_a_bsn_is_flagged_and_other_numbers_are_not():
    geldig, ongeldig = "111222333", "123456789"   # the first passes the elfproef, the second does not
    assert [p["veld"] for p in brief("klacht", gedraging=f"Mijn nummer is {geldig}.")["controle"]
            if p["code"] == "bsn"] == ["gedraging"]
    assert "bsn" not in [p["code"] for p in brief("klacht", gedraging=f"Zaak {ongeldig}.")["controle"]]


# ---- hostile input ----

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "]]><!--", "&amp; &lt;",
           "\u202eomgekeerd\u202c", "\u200f\u0645\u062d\u0645\u062f", "\x00\x07\x1b\x7f\x85\ud800\udfff\ufffe",
           "regel\r\nregel\rregel\u2028regel", "\t tab \t"]


@pytest.mark.parametrize("tekst", HOSTILE)
def test_hostile_text_stays_text_and_only_what_cannot_be_text_goes(tekst):
    result = brief("klacht", gedraging=tekst, naam=tekst.replace("\n", " ") or "x")
    uit = result["brief"]["tekst"]
    assert xml_veilig(uit) == uit
    for zichtbaar in ("<script>", "<img src=x", "]]>", "&amp;", "omgekeerd", "\u0645\u062d\u0645\u062f"):
        if zichtbaar in tekst:
            assert zichtbaar in uit


def test_one_megabyte_of_text_is_refused_fast_with_a_dutch_message_naming_the_field():
    start = time.perf_counter()
    antwoord = vraag({**VOLLEDIG, "soort": "bezwaar", "gronden": "x" * 1_000_000})
    assert time.perf_counter() - start < 2
    assert antwoord["errors"] == [{"field": "gronden", "code": "te_lang", "message":
                                   "Dit antwoord is te lang: 1.000.000 tekens. Er passen er hoogstens "
                                   "10.000 in. Maak het korter."}]


def test_the_longest_allowed_texts_make_a_letter():
    lang = {k: "w" * v.max_length for k, v in TEKSTVRAGEN.items() if k in PER_SOORT["bezwaar"] or
            k in ("naam", "adres", "postcode_plaats", "gemeente", "zaak", "gevraagd", "reden_te_laat")}
    result = brief("bezwaar", **lang)
    assert "w" * TEKSTVRAGEN["gronden"].max_length in result["brief"]["tekst"]


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids,
                                                                              max_size=3), max_leaves=6)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALLE), st.dictionaries(st.sampled_from(sorted({v.id for v in questions({})})),
                                              JSON, max_size=6))
def test_run_json_never_raises_and_answers_in_the_contract(soort, rest):
    for action in ("calculate", "download"):
        antwoord = vraag({**rest, "soort": soort, "formaat": "docx"} if action == "download"
                         else {**rest, "soort": soort}, action)
        assert isinstance(antwoord["ok"], bool)
        if antwoord["ok"]:
            continue
        for fout in antwoord["errors"]:
            assert fout["code"] != "interne_fout", (rest, fout)
            assert fout["message"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ALLE), st.text(max_size=300), st.text(max_size=60))
def test_any_typed_text_gives_a_letter_that_every_format_can_hold(soort, lang, kort):
    invoer = {**VOLLEDIG, "soort": soort, **PER_SOORT[soort], "naam": kort or "x"}
    for veld in ("gronden", "hulpvraag", "gedraging", "wijziging", "aanvullingen", "spoed_reden"):
        if veld in invoer:
            invoer[veld] = lang or "x"
    antwoord = vraag(invoer)
    assert antwoord["ok"], antwoord
    uit = antwoord["result"]["brief"]["tekst"]
    assert xml_veilig(uit) == uit
    uit.encode("utf-8")   # no lone surrogate survives


# ---- the letter itself: Dutch conventions and B1 ----

@pytest.mark.parametrize("soort", ALLE)
def test_dutch_letter_conventions_and_no_legal_latin(soort):
    tekst = brief(soort)["brief"]["tekst"]
    assert "Geachte heer/mevrouw," in tekst and "Met vriendelijke groet,\n\n\n\nA. Jansen" in tekst
    assert "Voorbeeldstad, 20 maart 2026" in tekst
    assert not re.search(r"\d{4}-\d{2}-\d{2}", tekst), "every date written out"
    assert not [w for w in LATIJN if w in tekst.lower()]
    regels = tekst.split("\n")
    assert regels[:3] == ["A. Jansen", "Dorpsstraat 1", "1234 AB Voorbeeldstad"]
    assert regels[regels.index("Geachte heer/mevrouw,") - 2].startswith("Onderwerp: ")


@pytest.mark.parametrize("soort", ALLE)
def test_our_own_sentences_are_short(soort):
    """B1: the sentences we write (letter, controle, uitleg, page view) average at most 15 words."""
    result = brief(soort, **({"afwijzingsgronden": list(_gronden.ZINNEN)} if soort == "bezwaar" else {}))
    teksten = [result["brief"]["tekst"], *(p["message"] for p in result["controle"]),
               *(u["tekst"] for u in result["uitleg"]), *result["weergave"]["regels"],
               result["weergave"]["voorbehoud"],
               *(i["tekst"] for b in result["weergave"]["blokken"] for i in b["items"])]
    lengtes = [n for t in teksten for regel in t.split("\n") for n in zinnen(regel)]
    assert max(lengtes) <= 25, max(lengtes)
    assert sum(lengtes) / len(lengtes) <= 15


@pytest.mark.parametrize("soort", ALLE)
def test_every_legal_statement_carries_its_dated_article(soort):
    result = brief(soort)
    assert result["uitleg"]
    for u in result["uitleg"] + [p for p in result["controle"] if "bron" in p]:
        url = u["bron"]["url"]
        assert url.startswith(("https://wetten.overheid.nl/BWBR", "https://eur-lex.europa.eu/")), u
        if "wetten.overheid.nl" in url:
            assert re.search(r"/BWBR\d+/2026-03-20#Artikel", url), url


def test_brieven_is_in_the_api_and_the_command_line():
    from calculators.api import ACTIONS, CALCULATORS
    assert "brieven" in CALCULATORS and "download" in ACTIONS
    antwoord = vraag({}, "questions")
    assert antwoord["result"]["submit"] == brieven.KNOP

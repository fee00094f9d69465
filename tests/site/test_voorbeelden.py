"""Worked date examples on the resident pages agree with the termijnen calculator (issue 18).

The test reads the dates in the page text, asks the calculator (``calculators.api.run_json``) what
the law gives for the event in the example, and compares. It computes; it holds no answer. Each
kind of sentence the examples use is one rule below (what the sentence claims, in the calculator's
terms). Every date on a checked page must be read by some rule, so a new example with dates cannot
slip by unchecked: write it in one of these forms, or add a rule.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from calculators.api import run_json

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = ["hulp-vragen/stappen.md", "hulp-vragen/index.md", "besluit/index.md",
         "besluit/niet-tijdig-beslissen.md"]

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DATUM = (rf"(?:(?:{'|'.join(DAGEN)}) )?\d{{1,2}} (?:{'|'.join(MAANDEN)})(?: \d{{4}})?")
DATUM_RE = re.compile(rf"\b(?:(?P<dag>{'|'.join(DAGEN)}) )?(?P<d>\d{{1,2}}) (?P<m>{'|'.join(MAANDEN)})"
                      rf"(?: (?P<j>\d{{4}}))?\b", re.I)


def termijnen(gebeurtenis: str, op: date) -> dict:
    antwoord = json.loads(run_json(json.dumps({"v": 1, "calculator": "termijnen", "action": "calculate",
                                               "input": {"gebeurtenis": gebeurtenis, "datum": op.isoformat()}})))
    assert antwoord["ok"], antwoord
    return antwoord["result"]


def einde(result: dict, code: str) -> date:
    return date.fromisoformat(next(t["einddatum"] for t in result["termijnen"] if t["code"] == code))


def vanaf(result: dict, code: str) -> date:
    return date.fromisoformat(next(m["datum"] for m in result["mogelijk_vanaf"] if m["code"] == code))


@dataclass
class Voorbeeld:
    """What the text said so far: the last event per kind, with the calculator's answer for it."""
    pagina: str
    jaar: int | None = None
    uitkomst: dict = field(default_factory=dict)   # gebeurtenis -> result

    def na(self, gebeurtenis: str) -> dict:
        assert gebeurtenis in self.uitkomst, f"{self.pagina}: een datum na de {gebeurtenis} zonder de {gebeurtenis} zelf"
        return self.uitkomst[gebeurtenis]


def gebeurt(v: Voorbeeld, d: date, m: re.Match) -> None:
    soort = m.group("soort").lower()
    v.uitkomst[soort] = termijnen(soort, d)


def ingebrekestelling(v: Voorbeeld, d: date, m: re.Match) -> None:
    # Awb 4:17 lid 3: the ingebrekestelling only counts after the decision term has passed.
    eerste = vanaf(v.na("aanvraag"), "ingebrekestelling")
    assert d >= eerste, f"{v.pagina}: ingebrekestelling op {d}, maar pas mogelijk vanaf {eerste}"
    v.uitkomst["ingebrekestelling"] = termijnen("ingebrekestelling", d)


def gelijk(gebeurtenis: str, code: str, wat: str):
    def check(v: Voorbeeld, d: date, m: re.Match) -> None:
        verwacht = einde(v.na(gebeurtenis), code)
        assert d == verwacht, f"{v.pagina}: {wat} is {d}, de rekenhulp zegt {verwacht}"
    return check


def mag_vanaf(gebeurtenis: str, code: str, wat: str, precies: bool):
    def check(v: Voorbeeld, d: date, m: re.Match) -> None:
        verwacht = vanaf(v.na(gebeurtenis), code)
        ok = d == verwacht if precies else d >= verwacht
        assert ok, f"{v.pagina}: {wat} op {d}, de rekenhulp zegt pas vanaf {verwacht}"
    return check


def begin_maand(gebeurtenis: str, code: str, wat: str):
    """"Begin december": the calculator's date lies in the first ten days of that month."""
    def check(v: Voorbeeld, d: date, m: re.Match) -> None:
        verwacht = einde(v.na(gebeurtenis), code)
        assert (verwacht.month, verwacht.day <= 10) == (MAANDEN.index(m.group("maand").lower()) + 1, True), \
            f"{v.pagina}: {wat} 'begin {m.group('maand')}', de rekenhulp zegt {verwacht}"
    return check


# (the sentence, with {D} where the date stands; what it claims). Read in the order of the text.
REGELS = [
    (r"op {D} een (?P<soort>melding|aanvraag)", gebeurt),
    (r"(?P<soort>melding|aanvraag) op {D}", gebeurt),
    (r"persoonlijk plan kunt u inleveren tot en met {D}",
     gelijk("melding", "persoonlijk_plan", "de laatste dag voor het persoonlijk plan")),
    (r"voor het onderzoek tot en met {D}", gelijk("melding", "onderzoek", "de laatste dag voor het onderzoek")),
    # Wmo 2015 art. 2.3.2 lid 9: an aanvraag without verslag once the onderzoek term has passed.
    (r"vanaf {D},? zelf een aanvraag", mag_vanaf("melding", "aanvraag_zonder_onderzoek", "zelf een aanvraag", True)),
    (r"op {D} is het onderzoek nog niet (?:gedaan|klaar)\. dan mag u",
     mag_vanaf("melding", "aanvraag_zonder_onderzoek", "zelf een aanvraag", False)),
    (r"besluit er uiterlijk op {D}", gelijk("aanvraag", "beschikking", "de laatste dag voor het besluit")),
    (r"op {D} heeft (?:ze|hij|u) nog geen besluit",
     gelijk("aanvraag", "beschikking", "de laatste dag voor het besluit")),
    (r"op {D} krijgt de gemeente (?:haar|zijn|uw) ingebrekestelling", ingebrekestelling),
    (r"begin (?P<maand>{M}),[^.]*\blater\b[^.]*\. vanaf dan loopt de dwangsom",
     begin_maand("ingebrekestelling", "dwangsom_vanaf", "de dwangsom loopt vanaf")),
]


def tekst(markdown: str) -> str:
    """The page as one line of running text: link targets, markers and admonition titles dropped."""
    markdown = re.sub(r"\]\([^)]*\)", "]", markdown)
    markdown = re.sub(r"^!!! .*$", "", markdown, flags=re.M)
    return re.sub(r"\s+", " ", markdown.replace("[", "").replace("]", ""))


def lees_datum(v: Voorbeeld, tekst_datum: str) -> date:
    m = DATUM_RE.fullmatch(tekst_datum)
    if m.group("j"):
        v.jaar = int(m.group("j"))
    assert v.jaar, f"{v.pagina}: datum zonder jaar en geen jaar ervoor: {tekst_datum!r}"
    d = date(v.jaar, MAANDEN.index(m.group("m").lower()) + 1, int(m.group("d")))
    if m.group("dag"):
        assert DAGEN[d.weekday()] == m.group("dag").lower(), f"{v.pagina}: {tekst_datum} is een {DAGEN[d.weekday()]}"
    return d


def controleer(pagina: str, markdown: str) -> int:
    """Check every worked date on the page; the number of claims checked."""
    t = tekst(markdown)
    v = Voorbeeld(pagina)
    gevonden = []   # (start, end, check, match)
    for patroon, check in REGELS:
        regex = re.compile(patroon.replace("{D}", rf"(?P<datum>{DATUM})").replace("{M}", "|".join(MAANDEN)), re.I)
        gevonden += [(m.start(), m.end(), check, m) for m in regex.finditer(t)]
    gevonden.sort(key=lambda g: g[0])
    gelezen = [(m.start("datum"), m.end("datum")) for *_, m in gevonden if "datum" in m.groupdict() and m.group("datum")]
    for los in DATUM_RE.finditer(t):
        assert any(a <= los.start() < b for a, b in gelezen), (
            f"{pagina}: de datum {los.group(0)!r} staat in geen zin die deze test kent: "
            f"…{t[max(0, los.start() - 80):los.end() + 80]}…")
    for _, _, check, m in gevonden:
        d = lees_datum(v, m.group("datum")) if m.groupdict().get("datum") else None
        check(v, d, m)
    return len(gevonden)


@pytest.mark.parametrize("pagina", PAGES)
def test_worked_dates_agree_with_the_termijnen_calculator(pagina):
    controleer(pagina, (DOCS / pagina).read_text(encoding="utf-8"))


def test_the_steps_page_has_worked_dates_to_check():
    assert controleer("hulp-vragen/stappen.md", (DOCS / "hulp-vragen/stappen.md").read_text(encoding="utf-8")) >= 6


OUD = """U doet op maandag 2 maart 2026 een melding. Uw persoonlijk plan kunt u inleveren tot en met
maandag 9 maart. Op maandag 13 april is het onderzoek nog niet gedaan. Dan mag u zelf een aanvraag
indienen. U hoeft niet langer te wachten."""


@pytest.mark.parametrize("fout", [
    OUD,                                                    # the text before issue 18: a day early
    OUD.replace("maandag 9 maart", "dinsdag 10 maart"),     # a plan term a day long
    OUD.replace("maandag 13 april", "maandag 20 april").replace("maandag 9", "dinsdag 9"),  # wrong weekday
    "Doet u een aanvraag op maandag 20 april 2026? Dan moet het besluit er uiterlijk op dinsdag 5 mei zijn.",
    "Ze vroeg het op 3 maart 2026.",                        # a date no rule reads
])
def test_a_wrong_or_unchecked_date_fails(fout):
    with pytest.raises(AssertionError):
        controleer("voorbeeld", fout)

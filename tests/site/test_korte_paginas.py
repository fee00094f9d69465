"""Resident pages agree with each other and with the rule lists (issue 18): the refusal page speaks the
letter's language for every ground the toegang rekenhulp knows and sends a reader with a refusal to the
bezwaar, and two pages no longer contradict each other."""
from __future__ import annotations

import re
from datetime import date

from calculators import wet
from conftest import ROOT

DOCS = ROOT / "docs"
AFWIJZING = DOCS / "besluit" / "afwijzing.md"
# Each ground of calculators/params/toegang_gronden.toml and its section on the refusal page.
SECTIE = {
    "geen_rechtmatig_verblijf": "rechtmatig-verblijf", "woont_niet_in_gemeente": "woonplaats",
    "eigen_oplossing": "eigen-kracht", "algemene_voorziening": "algemene-voorziening",
    "niet_langdurig": "langdurig", "algemeen_gebruikelijk": "algemeen-gebruikelijk",
    "geen_meerkosten": "meerkosten", "voorliggende_voorziening": "voorliggende-voorziening",
    "kosten_al_gemaakt": "kosten-al-gemaakt", "afschrijvingstermijn_niet_verstreken": "afschrijvingstermijn",
}


def _resident_pages():
    return [p for p in DOCS.rglob("*.md") if p.relative_to(DOCS).parts[0] in ("hulp-vragen", "kosten", "besluit",
                                                                               "checklists")]


def test_every_ground_the_rekenhulp_knows_has_a_section_and_a_line_in_the_jump_list():
    tekst = AFWIJZING.read_text(encoding="utf-8")
    koppen = set(re.findall(r"^## .*\{ #([a-z-]+) \}$", tekst, re.M))
    sprong = tekst.split("## Welke reden staat in uw brief?", 1)[1].split("\n## ", 1)[0]
    links = set(re.findall(r"\]\(#([a-z-]+)\)", sprong))
    for grond in wet.redenen(date(2026, 6, 1)):
        assert SECTIE[grond.code] in koppen, grond.code
        assert SECTIE[grond.code] in links, grond.code
    assert links <= koppen


def test_the_first_link_after_a_refusal_is_the_bezwaar_not_the_toegang_check():
    tekst = AFWIJZING.read_text(encoding="utf-8")
    na_kort = tekst.split('!!! abstract "In het kort"', 1)[1]
    eerste = re.findall(r"\]\(([^)]+)\)", na_kort)[:2]
    assert eerste == ["bezwaar-en-beroep.md", "../rekenhulp/brieven.md#soort=bezwaar"]
    assert "toegang.md" not in na_kort.split("## Welke reden")[0]
    assert "niet gelezen" not in tekst and "ECLI:NL:CRVB:2019:3535" in tekst
    assert "[[lijst:algemeen_gebruikelijk]]" in tekst


def test_algemeen_gebruikelijk_has_as_many_requirements_as_the_list_everywhere():
    """Counted in every section (between headings) that is about 'algemeen gebruikelijk'."""
    aantal = {3: "drie", 4: "vier", 5: "vijf"}[len(wet.criteria_algemeen_gebruikelijk(date(2026, 6, 1)))]
    fout = []
    for pagina in sorted(DOCS.rglob("*.md")):
        for sectie in re.split(r"^#+ ", pagina.read_text(encoding="utf-8"), flags=re.M):
            if "gebruikelijk" in sectie.lower():
                fout += [f"{pagina.relative_to(DOCS)}: {m[0]}" for m in
                         re.finditer(r"\b(twee|drie|vier|vijf|zes) (eisen|punten|voorwaarden)\b", sectie)
                         if m[1] != aantal]
    assert not fout, fout


def test_no_page_says_the_gemeente_never_pays_what_it_must_weigh():
    """The gemeente always weighs the situation (afwijzing.md); 'nooit' would contradict it."""
    for pagina in _resident_pages():
        tekst = pagina.read_text(encoding="utf-8")
        assert not re.search(r"betaalt de gemeente\s+nooit", tekst), pagina


def test_the_clientondersteuner_is_not_said_to_work_outside_the_gemeente():
    """Wmo 2.2.4 lid 1: the gemeente makes sure it is there; employed by the gemeente or an organisation
    it pays. What matters is that the ondersteuner does not decide and puts the client first."""
    for pagina in _resident_pages():
        tekst = pagina.read_text(encoding="utf-8")
        assert not re.search(r"werkt niet voor\s+de\s+gemeente", tekst), pagina
    tekst = " ".join((DOCS / "hulp-vragen" / "clientondersteuning.md").read_text(encoding="utf-8").split())
    assert "bij de gemeente zelf" in tekst and "beslist niet over uw aanvraag" in tekst and "artikel 2.2.4 lid 1" in tekst


def test_every_page_uses_dutch_words():
    """Issue 18's list: every page in docs/ (the glossary's "Ook wel flare genoemd" explains the word)."""
    woorden = re.compile(r"\b(checklists?|toolkit|flare|fulltime|issues|open staat|van u twee|weekends|datas)\b",
                         re.I)
    fout = []
    for pagina in sorted(DOCS.rglob("*.md")):
        tekst = re.sub(r"\]\([^)]*\)|class=\"[^\"]*\"|data-[a-z-]+=\"[^\"]*\"|Ook wel flare genoemd",
                       "", pagina.read_text(encoding="utf-8"))
        fout += [f"{pagina.relative_to(DOCS)}: {m[0]}" for m in woorden.finditer(tekst)]
    assert not fout, "\n".join(fout)

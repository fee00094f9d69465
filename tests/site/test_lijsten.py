"""Rule lists on pages come from the calculators' own data (``[[lijst:…]]``, issue 15): the pages
that list the grounds, the requirements of algemeen gebruikelijk or the cases without bijdrage say
exactly what the calculators decide by, and cannot drift apart from them."""
from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest

from calculators import wet
from conftest import ROOT
from wegwijzer_build import BuildError
from wegwijzer_build.markers import lijsten, overgebleven

DOCS = ROOT / "docs"
# Which page carries which list (the pages that listed them by hand before issue 15).
PAGINAS = {
    "algemeen_gebruikelijk": ["rekenhulp/toegang.md", "besluit/afwijzing.md",
                              "professionals/reuma/leefgebieden.md", "hulp-vragen/voorzieningen.md"],
    "vrijstellingen": ["rekenhulp/eigen-bijdrage.md", "kosten/index.md"],
    "afwijzingsgronden": ["rekenhulp/toegang.md"],
}


def test_each_list_is_the_calculators_data_on_that_day():
    op = date(2026, 6, 1)
    tekst = lijsten.vervang("[[lijst:algemeen_gebruikelijk:2026-06-01]]", op)
    eisen = wet.criteria_algemeen_gebruikelijk(op)
    assert len(eisen) == 4 and [r for r in tekst.splitlines() if r] == [
        f"{i}. {e.tekst}" + (f" {e.toelichting}" if e.toelichting else "") for i, e in enumerate(eisen, 1)]
    tekst = lijsten.vervang("[[lijst:vrijstellingen]]", op)
    assert [r for r in tekst.splitlines() if r] == [f"- {g.tekst}" for g in wet.vrijstellingen(op)]
    assert "- U bent jonger dan 18 jaar." in tekst
    tekst = lijsten.vervang("[[lijst:afwijzingsgronden]]", op)
    for grond in wet.redenen(op):
        assert f"- {grond.titel} ([{grond.bron.titel}]({grond.bron.url}))" in tekst


def test_the_list_follows_the_year_asked_for():
    """2019: the exemptions were in Ub 3.8 lid 4 and counted per four weeks; April 2020: corona."""
    assert "in die periode van vier weken" in lijsten.vervang("[[lijst:vrijstellingen:2019]]", date(2026, 1, 1))
    assert "corona" in lijsten.vervang("[[lijst:vrijstellingen:2020-04-01]]", date(2026, 1, 1))
    assert "corona" not in lijsten.vervang("[[lijst:vrijstellingen:2020-06-01]]", date(2026, 1, 1))


def test_without_a_year_the_build_date_counts_moved_into_the_covered_days():
    assert lijsten.peildag("vrijstellingen", None, date(2026, 3, 5)) == date(2026, 3, 5)
    assert lijsten.peildag("vrijstellingen", None, date(2031, 1, 1)) == wet.bereik(*wet.LIJSTEN["vrijstellingen"])[1]
    assert lijsten.peildag("vrijstellingen", None, date(2001, 1, 1)) == date(2019, 1, 1)
    assert lijsten.peildag("vrijstellingen", "2019", date(2026, 3, 5)) == date(2019, 1, 1)


def test_a_wrong_list_or_year_stops_the_build():
    with pytest.raises(BuildError, match="unknown list"):
        lijsten.vervang("[[lijst:bestaat_niet]]", date(2026, 1, 1))
    with pytest.raises(BuildError, match="2019 tot en met 2026"):
        lijsten.vervang("[[lijst:vrijstellingen:2010]]", date(2026, 1, 1))
    assert overgebleven("<p>[[lijst:iets]]</p>") == "[[lijst:iets]]"


@pytest.mark.parametrize("naam", sorted(PAGINAS))
def test_the_pages_that_list_it_use_the_marker(naam):
    for pagina in PAGINAS[naam]:
        assert f"[[lijst:{naam}]]" in (DOCS / pagina).read_text(encoding="utf-8"), pagina


def test_no_page_still_counts_three_requirements():
    for pagina in DOCS.rglob("*.md"):
        tekst = pagina.read_text(encoding="utf-8").lower()
        assert not re.search(r"\b(drie|3) eisen\b", tekst), pagina


def test_the_built_pages_show_the_lists(site_dir):
    """The built toegang page lists all four requirements and every ground with its article."""
    def tekst(pad):   # without tags: the glossary wraps terms in <abbr>
        return unescape(re.sub(r"<[^>]+>", "", pad.read_text(encoding="utf-8")))
    html = tekst(site_dir / "rekenhulp" / "toegang" / "index.html")
    for eis in wet.criteria_algemeen_gebruikelijk(date(2026, 1, 1)):
        assert eis.tekst in html, eis
    for grond in wet.redenen(date(2026, 1, 1)):
        assert grond.titel in html, grond
    html = tekst(site_dir / "kosten" / "index.html")
    assert "Cliëntondersteuning is altijd gratis." in html and "[[lijst:" not in html

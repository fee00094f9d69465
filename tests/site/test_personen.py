"""Example persons come from one list (``[[persoon:…]]``, issue 18): mevrouw Jansen cannot be 78 on
one page and 72 on the next, and meneer Yilmaz's douchestoel has one story."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from conftest import ROOT
from wegwijzer_build import BuildError
from wegwijzer_build.markers import overgebleven, personen, vul
from wegwijzer_build.mkdocs_plugin import WegwijzerPlugin

DOCS = ROOT / "docs"
DATA = personen.personen()
# Pages another engineer owns that still type a person by hand; each must agree with the data
# (checked below) until it uses the marker. Remove a page here once it does.
GETYPT_TOEGESTAAN = {"hulp-vragen/index.md"}


def test_the_marker_renders_name_capital_and_fields():
    tekst = personen.vervang("[[persoon:jansen.Naam]] is [[persoon:jansen.leeftijd]]. Zo helpt "
                             "[[persoon:yilmaz]].")
    assert tekst == f"Mevrouw Jansen is {DATA['jansen']['leeftijd']}. Zo helpt meneer Yilmaz."


def test_an_unknown_person_or_field_stops_the_build_with_the_choices():
    with pytest.raises(BuildError, match=r"\[\[persoon:jansens\]\]: unknown person. Choose from: jansen"):
        personen.vervang("[[persoon:jansens]]")
    with pytest.raises(BuildError, match=r"unknown field. Choose from: Naam, naam"):
        personen.vervang("[[persoon:jansen.lengte]]")
    assert overgebleven("<p>[[persoon:iemand]]</p>") == "[[persoon:iemand]]"


def test_the_build_error_names_the_page():
    plugin = WegwijzerPlugin()
    page = SimpleNamespace(file=SimpleNamespace(src_uri="besluit/afwijzing.md"), meta={})
    plugin.bouw = SimpleNamespace(runtime="x")
    plugin.on_page_markdown("# Titel", page=page, config={}, files=None)
    fout = plugin._fout("[[persoon:x]]: unknown person.")
    assert str(fout) == "besluit/afwijzing.md: [[persoon:x]]: unknown person."


def test_markers_run_in_the_page_build():
    bouw = SimpleNamespace(vandaag=__import__("datetime").date(2026, 6, 1), docs_dir=str(DOCS),
                           rekenhulp_gemeente=None, runtime="x", gemeente=None)
    assert vul("Dit is [[persoon:yilmaz]].", bouw) == "Dit is meneer Yilmaz."


def _paginas():
    return sorted(p for p in DOCS.rglob("*.md") if "includes" not in p.relative_to(DOCS).parts)


def test_pages_name_example_persons_only_through_the_marker():
    patroon = re.compile(r"\b[Mm](evrouw|eneer)( [A-Z]\.)? [A-Z]\w*( [A-Z]\w*)?")
    getypt = []
    for pagina in _paginas():
        naam = str(pagina.relative_to(DOCS))
        tekst = pagina.read_text(encoding="utf-8")
        if naam in GETYPT_TOEGESTAAN:
            continue
        getypt += [f"{naam}: {m.group(0)}" for m in patroon.finditer(tekst)]
    assert not getypt, "Type no example person by hand; use [[persoon:…]]:\n" + "\n".join(getypt)


def test_pages_that_still_type_a_person_agree_with_the_data():
    for naam in GETYPT_TOEGESTAAN:
        tekst = (DOCS / naam).read_text(encoding="utf-8")
        for m in re.finditer(r"(Mevrouw|Meneer) (\w+) is (\d+) jaar", tekst):
            sleutel = m[2].lower()
            assert sleutel in DATA and str(DATA[sleutel]["leeftijd"]) == m[3], f"{naam}: {m[0]}"
        if "Mevrouw Jansen" in tekst and "Haar " in tekst:
            assert f"Haar {DATA['jansen']['kind']}" in tekst or "Haar zoon" not in tekst and "Haar dochter" not in tekst


def test_jansen_and_yilmaz_tell_one_story():
    """78 with artrose and a son; Yilmaz's douchestoel comes from the gemeente (eigen bijdrage)."""
    assert DATA["jansen"]["leeftijd"] == 78 and DATA["jansen"]["kind"] == "zoon"
    assert DATA["yilmaz"]["herkomst"] == "van de gemeente"
    for pagina in _paginas():
        tekst = pagina.read_text(encoding="utf-8")
        assert not re.search(r"persoon:yilmaz[^\n]*(koopt|kocht|gekocht)", tekst), pagina

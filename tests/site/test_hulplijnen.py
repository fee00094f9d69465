"""Help lines, one source (issue 18): ``wegwijzer_build/gegevens/hulplijnen.toml`` shown by ``[[hulplijnen]]``.

Every number carries the source that states it and the day it was read; a line without a number says so
and sends the reader to the organisation's website; a malformed file stops the build naming the line and
the field; no page types a number of the file by hand."""
from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest

from conftest import ROOT
from wegwijzer_build import BuildError
from wegwijzer_build.markers import hulplijnen, overgebleven

DOCS = ROOT / "docs"
GOED = """
[[lijn]]
id = "cak"
naam = "Het CAK"
wat = "Vragen over de rekening."
nummer = "0800 - 1925"
kosten = "gratis"
website = "https://www.hetcak.nl/"
bron = "https://voorbeeld.nl/cak"
verified_on = 2026-12-02
zekerheid = "V-sec"

[[lijn]]
id = "mee"
naam = "MEE"
wat = "Hulp voor mensen met een beperking."
website = "https://www.mee.nl/"
bron = "https://voorbeeld.nl/mee"
verified_on = 2026-12-01
zekerheid = "?"
"""


def _bestand(tmp_path, tekst: str):
    pad = tmp_path / "hulplijnen.toml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def _tekst(m: str) -> str:
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", m)


def test_the_marker_shows_each_line_with_its_number_source_and_date(tmp_path):
    uit = hulplijnen.vervang("Voor.\n[[hulplijnen]]\nNa.", _bestand(tmp_path, GOED))
    regels = [r for r in uit.splitlines() if r.startswith("- ")]
    assert len(regels) == 2 and "Het CAK" in regels[0] and "MEE" in regels[1]
    cak, mee = regels
    assert "[0800 - 1925](tel:08001925) (gratis)" in cak
    assert "[bron](https://voorbeeld.nl/cak), gezien op 2-12-2026" in cak
    assert "niet op hun eigen website" in cak and "[hetcak.nl](https://www.hetcak.nl/)" in cak
    assert "tel:" not in mee
    assert "Het nummer vinden wij niet in een bron die wij kunnen controleren" in _tekst(mee)
    assert "[mee.nl](https://www.mee.nl/)" in mee and "gezien op 1-12-2026" in mee
    # Markdown sees a list also when the marker sits mid-paragraph.
    assert re.search(r"Voor\.\n\n+- ", uit) and re.search(r"\)\.\n\n+Na\.", uit)


def test_a_subset_comes_in_the_order_asked(tmp_path):
    pad = _bestand(tmp_path, GOED)
    uit = hulplijnen.vervang("[[hulplijnen:mee,cak]]", pad)
    assert uit.index("**MEE**") < uit.index("**Het CAK**")
    assert "**Het CAK**" not in hulplijnen.vervang("[[hulplijnen:mee]]", pad)
    with pytest.raises(BuildError, match="'bestaat_niet' is geen hulplijn"):
        hulplijnen.vervang("[[hulplijnen:mee,bestaat_niet]]", pad)


@pytest.mark.parametrize("wijziging, veld", [
    (('bron = "https://voorbeeld.nl/cak"\n', ""), "bron"),
    (("verified_on = 2026-12-02\n", ""), "verified_on"),
    (("verified_on = 2026-12-02", 'verified_on = "gisteren"'), "verified_on"),
    (('zekerheid = "V-sec"', 'zekerheid = "?"'), "zekerheid"),          # a number without a source
    (('kosten = "gratis"\n', ""), "kosten"),
    (('nummer = "0800 - 1925"', 'nummer = "bel ons"'), "nummer"),
    (('bron = "https://voorbeeld.nl/cak"', 'bron = "javascript:alert(1)"'), "bron"),
    (('wat = "Vragen over de rekening."', 'wat = "<script>x</script>"'), "wat"),
    (('naam = "Het CAK"', 'naam = ""'), "naam"),
    (('kosten = "gratis"', 'kosten = "gratis"\ntelefoon = "x"'), "telefoon"),
    (('id = "mee"', 'id = "cak"'), "id"),
])
def test_a_malformed_file_stops_the_build_naming_the_field(tmp_path, wijziging, veld):
    oud, nieuw = wijziging
    assert oud in GOED
    pad = _bestand(tmp_path, GOED.replace(oud, nieuw, 1))
    with pytest.raises(BuildError, match=rf"hulplijnen\.toml: lijn \d.*veld '{veld}'"):
        hulplijnen.vervang("[[hulplijnen]]", pad)


def test_a_file_that_is_not_toml_or_empty_stops_the_build(tmp_path):
    with pytest.raises(BuildError, match="kan niet gelezen worden"):
        hulplijnen.lees(_bestand(tmp_path, "[[lijn]\nid ="))
    with pytest.raises(BuildError, match=r"alleen tabellen \[\[lijn\]\]"):
        hulplijnen.lees(_bestand(tmp_path, 'titel = "x"\n'))


def test_every_line_of_the_real_file_has_a_source_and_a_date_and_no_number_without_one():
    lijnen = hulplijnen.lees()
    assert {"juiste_loket", "juridisch_loket", "mee", "svb", "per_saldo", "reumanederland", "cak",
            "ombudsman", "mantelzorglijn", "veilig_thuis"} <= set(lijnen)
    for lijn in lijnen.values():
        assert lijn.bron.startswith(("https://", "http://")) and isinstance(lijn.verified_on, date), lijn.id
        assert lijn.nummer is None or (lijn.zekerheid in ("V", "V-sec") and lijn.kosten), lijn.id


def test_no_page_types_a_number_of_the_file_by_hand():
    nummers = {re.sub(r"\D", "", lijn.nummer) for lijn in hulplijnen.lees().values() if lijn.nummer}
    assert nummers
    for pagina in DOCS.rglob("*.md"):
        cijfers = re.sub(r"\D", "", re.sub(r"\d{4}-\d{2}-\d{2}", "", pagina.read_text(encoding="utf-8")))
        for nummer in nummers:
            assert nummer not in cijfers, f"{pagina.relative_to(DOCS)} types {nummer}: use [[hulplijnen:…]]"


def test_a_marker_left_unfilled_stops_the_build():
    assert overgebleven("<p>[[hulplijnen:cak]]</p>") == "[[hulplijnen:cak]]"


@pytest.mark.parametrize("pagina, namen", [
    ("over/hulp-en-contact", ["Het Juiste Loket", "Het Juridisch Loket", "MEE", "SVB", "Per Saldo",
                              "ReumaNederland", "Het CAK", "Nationale ombudsman", "Mantelzorglijn",
                              "Veilig Thuis"]),
    ("hulp-vragen/voorzieningen", ["Veilig Thuis", "0800 - 2000"]),
    ("besluit/klacht", ["Nationale ombudsman"]),
    ("hulp-vragen/mantelzorg", ["Mantelzorglijn"]),
])
def test_the_built_pages_carry_the_lines(site_dir, pagina, namen):
    html = (site_dir / pagina / "index.html").read_text(encoding="utf-8")
    tekst = unescape(re.sub(r"<[^>]+>", "", html))
    for naam in namen:
        assert naam in tekst, (pagina, naam)
    assert "Het nummer vinden wij niet" in tekst or pagina != "over/hulp-en-contact"
    assert "[[hulplijnen" not in html

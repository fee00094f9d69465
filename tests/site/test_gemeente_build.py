"""Gemeente-editie as MkDocs builds it: a wrong or stale configuration stops the build with one
message, and the built example carries the local details, logo, colours and bijdrage choices."""
from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT
from gemeente_helpers import AANVAL, VOORBEELD, build, gemeente_map, voorbeeld


def test_a_wrong_field_stops_the_build_with_one_message_naming_it(tmp_path):
    proc = build(gemeente_map(tmp_path, kleuren={"primair": "#ffcc00", "accent": "#8a3c00"}))
    assert proc.returncode != 0
    fouten = [r for r in proc.stderr.splitlines() if r.startswith("ERROR")]
    assert fouten == ["ERROR   -  Gemeente-editie: extra.gemeente.kleuren.primair #ffcc00 heeft "
                      "contrast 1,5:1 met wit; minimaal 4,5:1 nodig (WCAG AA). Deze kleur staat "
                      "achter witte tekst en wordt gebruikt voor links op wit. Kies een donkerdere "
                      "tint."], proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "site").exists()


def test_a_stale_check_date_stops_the_strict_build_of_a_real_edition(tmp_path):
    oud = date(date.today().year - 2, 1, 1)
    proc = build(gemeente_map(tmp_path, laatst_gecontroleerd=oud, cbs_code="GM0363", voorbeeld=None))
    assert proc.returncode != 0
    assert f"WARNING -  extra.gemeente.laatst_gecontroleerd is {oud.isoformat()}: meer dan 13 " \
           "maanden geleden" in proc.stderr
    assert "Aborted with 1 warnings in strict mode!" in proc.stdout + proc.stderr


def _loket(**wijzig) -> dict:
    return {**voorbeeld()["loket"], **wijzig}


SVG_SCRIPT = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" onload="alert(1)">'
              b"<script>alert(2)</script><path d=\"M0 0h24v24H0z\"/></svg>")
HTML_ALS_PNG = b"<!doctype html><script>alert(1)</script>"
GEWEIGERD = {
    "bidi": ({"naam": "Voorbeeld\u202estad"}, {},
             "extra.gemeente.naam bevat een onzichtbaar teken of stuurteken (U+202E) dat hier niet mag. "
             "Typ de tekst opnieuw in plaats van hem te kopiëren en te plakken."),
    "arabische-cijfers": ({"cbs_code": "GM\u0660\u0663\u0666\u0663"}, {},
                          "extra.gemeente.cbs_code 'GM٠٣٦٣' is geen CBS-gemeentecode: \"GM\" en vier "
                          "cijfers, bijvoorbeeld \"GM0363\"."),
    "script-na-witregel": ({"loket": _loket(openingstijden="9 tot 17 uur\n\n<script>alert(2)</script>")}, {},
                           "extra.gemeente.loket.openingstijden staat op meer dan één regel. Schrijf het "
                           "op één regel."),
    "svg-met-script": ({"logo": "logo-script.svg"}, {"logo-script.svg": SVG_SCRIPT},
                       "extra.gemeente.logo is geen veilig SVG-bestand: het attribuut onload start een "
                       'script. Sla het logo op als "Optimized SVG" of "Plain SVG" (zonder scripts, links '
                       "en ingesloten bestanden) en probeer het opnieuw."),
    "html-als-png": ({"logo": "logo.png"}, {"logo.png": HTML_ALS_PNG},
                     "extra.gemeente.logo heet .png maar is geen PNG-afbeelding (het is tekst of HTML). "
                     "Sla het logo opnieuw op als PNG, of geef het bestand de naam die bij het soort past."),
    "wachtwoord-in-link": ({"verordening_url": "https://wmo:geheim@www.voorbeeldstad.example/"}, {},
                           "extra.gemeente.verordening_url bevat een gebruikersnaam of wachtwoord (iets met "
                           "@ voor de domeinnaam). Laat dat weg. De link naar uw Wmo-verordening, "
                           "bijvoorbeeld op lokaleregelgeving.overheid.nl."),
}


@pytest.mark.parametrize("geval", GEWEIGERD)
def test_a_hostile_configuration_stops_the_strict_build_with_one_clear_message(tmp_path, geval):
    wijzig, bestanden, melding = GEWEIGERD[geval]
    proc = build(gemeente_map(tmp_path, bestanden, **wijzig))
    assert proc.returncode != 0
    fouten = [r for r in proc.stderr.splitlines() if r.startswith("ERROR")]
    assert fouten == [f"ERROR   -  Gemeente-editie: {melding}"], proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "site").exists()


SLOT_PAGES = ("hulp-vragen/stappen", "over/hulp-en-contact", "hulp-vragen/voorzieningen",
              "hulp-vragen/clientondersteuning")


def test_a_hostile_configuration_that_builds_reaches_the_pages_as_text(vijandige_gemeente_site):
    """The text and links of issue 21 build, and show as written: no tag, no handler, no
    javascript: link; the rebuilt links point where the configuration said."""
    site = vijandige_gemeente_site
    for path in SLOT_PAGES:
        bron = page(site, path)
        article = bron[bron.index("<article"):bron.index("</article>")]
        # The theme's own "Lees voor" button (overrides/main.html) carries an icon; the page's text follows it.
        article = re.sub(r'<div class="leesvoor" data-leesvoor>.*?</div>', "", article, count=1, flags=re.S)
        tags = re.findall(r"<([a-zA-Z][\w-]*)([^>]*)>", article)
        assert not [t for t, _ in tags if t.lower() in ("script", "img", "svg", "iframe")], path
        assert not [a for _, a in tags if re.search(r"\son[a-z]+\s*=", a, re.I)], path
        hrefs = [html.unescape(h).strip().lower() for h in re.findall(r'href="([^"]*)"', article)]
        assert not [h for h in hrefs if h.startswith("javascript:")], path
        tekst = html.unescape(re.sub(r"<[^>]+>", "", article))
        if "[[gemeente:loket]]" in (ROOT / "docs" / f"{path}.md").read_text(encoding="utf-8"):
            assert AANVAL["adres"] in tekst and AANVAL["openingstijden"] in tekst, path
    assert AANVAL["voorziening"] in html.unescape(re.sub(r"<[^>]+>", "", page(site, "hulp-vragen/voorzieningen")))
    contact = page(site, "over/hulp-en-contact")
    assert 'href="https://a.example/%29%3Csvg/onload=alert%284%29%3E"' in contact
    assert 'href="https://a.example/x%29%5By%5D%28javascript:alert%285%29%29"' in contact
    assert "<strong>[klik](javascript:alert(3))</strong>" in html.unescape(contact)
    css = (site / "assets/css/gemeente.css").read_text(encoding="utf-8")
    assert "display" not in css and "body" not in css and "Voorbeeldstad" not in css


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_the_example_edition_carries_its_name_logo_and_colours(gemeente_site_dir):
    home = page(gemeente_site_dir, "")
    assert "<title>Wmo-wegwijzer Voorbeeldstad</title>" in home
    assert 'src="assets/gemeente/logo.svg"' in home
    assert (gemeente_site_dir / "assets/gemeente/logo.svg").read_bytes() == (VOORBEELD / "logo.svg").read_bytes()
    assert '<link rel="stylesheet" href="assets/css/gemeente.css">' in home
    # after the site's own stylesheet, so the gemeente's colours win
    assert home.index("assets/css/wegwijzer.css") < home.index("assets/css/gemeente.css")
    assert "--md-primary-fg-color: #1d5b3a;" in (gemeente_site_dir / "assets/css/gemeente.css").read_text()


def test_the_calculator_mount_gets_the_local_bijdrage_choices(gemeente_site_dir):
    """Hook order: gemeente.on_config sets extra.rekenhulp_gemeente before rekenhulp renders pages."""
    mount = re.search(r'data-gemeente="([^"]*)"', page(gemeente_site_dir, "rekenhulp/eigen-bijdrage"))
    assert json.loads(html.unescape(mount.group(1))) == {
        "naam": "Voorbeeldstad", "tarief_eurocent": 1500,
        "minima": {"alleenstaand": 2000000, "alleenstaand_aow": 2200000, "samen_aow": 3000000},
        "collectief_vervoer_onder_abonnement": True, "startmoment": "levering"}


def test_loket_details_are_on_the_stappen_and_contact_pages(gemeente_site_dir):
    for path in ("hulp-vragen/stappen", "over/hulp-en-contact"):
        tekst = page(gemeente_site_dir, path)
        assert '<a href="tel:140000">14 0000</a>' in tekst, path
        assert "Stadhuisplein 1, 9999 ZZ Voorbeeldstad" in tekst
        assert 'href="https://www.voorbeeldstad.example/wmo-melding"' in tekst
    assert "Stichting Meedenken Voorbeeldstad" in page(gemeente_site_dir, "over/hulp-en-contact")
    assert "Ontmoetingscentrum De Brink" in page(gemeente_site_dir, "hulp-vragen/voorzieningen")


def test_the_national_edition_stays_national(site_dir):
    home = page(site_dir, "")
    assert "gemeente.css" not in home and "assets/gemeente/" not in home
    stappen = page(site_dir, "hulp-vragen/stappen")
    assert "bellen met 14 en dan het netnummer van uw gemeente" in stappen
    assert 'data-gemeente="{}"' in page(site_dir, "rekenhulp/eigen-bijdrage")


def test_the_voor_gemeenten_page_shows_the_shipped_files_as_they_are(site_dir):
    tekst = html.unescape(page(site_dir, "over/voor-gemeenten"))
    for bestand in ("deploy/nginx.conf", "deploy/apache.htaccess", "gemeenten/voorbeeld/mkdocs.yml"):
        regels = (ROOT / bestand).read_text(encoding="utf-8").strip().splitlines()
        assert all(regel in tekst for regel in regels), bestand


def test_only_shipped_files_can_be_shown_on_a_page():
    import pytest
    from wegwijzer_build import BuildError
    from wegwijzer_build.markers.gemeente import bestanden
    for pad in ("../mkdocs.yml", "deploy/../../secret", "docs/index.md", "deploy/bestaat-niet.conf"):
        with pytest.raises(BuildError):
            bestanden(f"[[bestand:{pad}]]", ROOT)

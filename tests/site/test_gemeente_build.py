"""Gemeente-editie as MkDocs builds it: a wrong or stale configuration stops the build with one
message, and the built example carries the local details, logo, colours and bijdrage choices."""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import yaml

from conftest import ROOT

VOORBEELD = ROOT / "gemeenten" / "voorbeeld"


def gemeente_map(tmp_path: Path, **wijzig) -> Path:
    """A copy of the example in a temp folder; paths made absolute, ``extra.gemeente`` changed
    (a field given as None is left out)."""
    cfg = yaml.safe_load((VOORBEELD / "mkdocs.yml").read_text(encoding="utf-8"))
    cfg["INHERIT"] = str(ROOT / "mkdocs.yml")
    cfg["docs_dir"] = str(ROOT / "docs")
    cfg["site_dir"] = str(tmp_path / "site")
    cfg["theme"]["custom_dir"] = str(ROOT / "overrides")
    cfg["extra"]["gemeente"].update(wijzig)
    cfg["extra"]["gemeente"] = {k: v for k, v in cfg["extra"]["gemeente"].items() if v is not None}
    shutil.copy(VOORBEELD / "logo.svg", tmp_path / "logo.svg")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return tmp_path


def build(map_: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                           str(map_ / "mkdocs.yml")], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


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

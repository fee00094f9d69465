"""Gemeente-editie without a browser: the checks on extra.gemeente, the contrast function, the
local slots, the child config, and real builds that must stop with one clear message."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from calculators.api import run_json
from conftest import ROOT
from wegwijzer_build.gemeente.config import GemeenteFout, lees, maanden_oud, telefoon, verouderd
from wegwijzer_build.gemeente.kleur import contrast, css, verhouding
from wegwijzer_build.markers.gemeente import LANDELIJK, vervang

VOORBEELD = ROOT / "gemeenten" / "voorbeeld"
VANDAAG = date(2026, 11, 23)


def child_config(path: Path = VOORBEELD / "mkdocs.yml") -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture
def ruw() -> dict:
    return copy.deepcopy(child_config()["extra"]["gemeente"])


def fout(ruw: dict, map_: Path = VOORBEELD) -> str:
    with pytest.raises(GemeenteFout) as e:
        lees(ruw, map_, VANDAAG)
    return str(e.value)


# ---- contrast (WCAG 2.2, 1.4.3) ----

def test_contrast_extremes_and_symmetry():
    assert contrast("#ffffff", "#000000") == pytest.approx(21)
    assert contrast("#123456", "#123456") == pytest.approx(1)
    assert contrast("#1a5798", "#ffffff") == contrast("#ffffff", "#1a5798")


def test_contrast_around_the_aa_threshold():
    assert contrast("#767676", "#ffffff") >= 4.5 > contrast("#777777", "#ffffff")


def test_ratio_is_rounded_down_so_a_failure_never_reads_as_a_pass():
    assert verhouding(4.4999) == "4,4:1"
    assert verhouding(21) == "21,0:1"
    assert verhouding(contrast("#ffcc00", "#ffffff")) == "1,5:1"


def test_css_sets_materials_colour_variables():
    out = css("#1d5b3a", "#8a3c00", "Voorbeeldstad")
    assert "--md-primary-fg-color: #1d5b3a;" in out and "--md-accent-fg-color: #8a3c00;" in out
    assert "--md-typeset-a-color: #1d5b3a;" in out


# ---- the example and the calculator contract ----

def test_the_example_is_valid_and_the_calculator_accepts_its_choices(ruw):
    g = lees(ruw, VOORBEELD, VANDAAG)
    assert g.naam == "Voorbeeldstad" and g.cbs_code == "GM9999"
    assert g.loket.telefoon.href == "tel:140000"
    assert g.logo == (VOORBEELD / "logo.svg").resolve()
    keuzes = g.rekenhulp()
    assert keuzes["tarief_eurocent"] == 1500 and keuzes["startmoment"] == "levering"
    assert keuzes["collectief_vervoer_onder_abonnement"] is True
    antwoord = json.loads(run_json(json.dumps({"v": 1, "calculator": "eigen_bijdrage", "input": {
        "peildatum": "2026-03", "geboortedatum": "1950-05-05", "huishouden": "alleenstaand",
        "voorzieningen": ["maatwerk"], "gemeente": keuzes}})))
    assert antwoord["ok"] and antwoord["result"]["regel"] == "gemeentelijk_tarief"
    assert antwoord["result"]["bijdrage_eurocent"] == 1500


def test_optional_parts_may_be_left_out(ruw):
    for sleutel in ("logo", "kleuren"):
        del ruw[sleutel]
    del ruw["bijdrage"]["tarief_eurocent"], ruw["bijdrage"]["minima"]
    g = lees(ruw, VOORBEELD, VANDAAG)
    assert g.logo is None and g.kleuren is None
    assert "tarief_eurocent" not in g.rekenhulp() and "minima" not in g.rekenhulp()


@pytest.mark.parametrize("telefoonnummer", ["14 020", "14 0000", "020 123 4567", "0800-1234",
                                            "+31 20 123 4567", "0900 1234567"])
def test_dutch_phone_numbers_are_accepted(telefoonnummer):
    assert telefoon(telefoonnummer, "x").href.startswith("tel:")


def zet(ruw: dict, pad: str, waarde) -> dict:
    """Set (or with ``...`` delete) the value at a dotted path like ``loket.telefoon``."""
    *ouders, laatste = pad.split(".")
    blok = ruw
    for o in ouders:
        blok = blok[int(o)] if isinstance(blok, list) else blok[o]
    if waarde is ...:
        del blok[laatste]
    elif isinstance(blok, list):
        blok[int(laatste)] = waarde
    else:
        blok[laatste] = waarde
    return ruw


FOUTEN = [
    ("loket.telefoon", ..., "extra.gemeente.loket.telefoon ontbreekt"),
    ("loket.telefoon", "12345", "extra.gemeente.loket.telefoon '12345' is geen Nederlands telefoonnummer"),
    ("loket.telefon", "14 020", "extra.gemeente.loket.telefon is geen bekend veld"),
    ("loket.adres", ..., "extra.gemeente.loket.adres ontbreekt"),
    ("loket.melding_url", "http://www.voorbeeldstad.example/", "extra.gemeente.loket.melding_url is geen volledige https-link"),
    ("loket", ..., "extra.gemeente.loket ontbreekt"),
    ("naam", "Gemeente Voorbeeldstad", 'extra.gemeente.naam \'Gemeente Voorbeeldstad\': laat "gemeente" weg'),
    ("cbs_code", "0363", "extra.gemeente.cbs_code '0363' is geen CBS-gemeentecode"),
    ("kleuren.primair", "#ffcc00", "extra.gemeente.kleuren.primair #ffcc00 heeft contrast 1,5:1 met wit; minimaal 4,5:1 nodig"),
    ("kleuren.accent", "#777777", "extra.gemeente.kleuren.accent #777777 heeft contrast 4,4:1 met wit"),
    ("kleuren.primair", None, "extra.gemeente.kleuren.primair ontbreekt. Schrijf een kleur als \"#1a5798\", tussen aanhalingstekens"),
    ("kleuren.primair", "groen", "extra.gemeente.kleuren.primair 'groen' is geen kleur"),
    ("bijdrage.tarief_eurocent", 2500, "extra.gemeente.bijdrage.tarief_eurocent 2500 (€ 25,00) is hoger dan het wettelijke maximum van € 21,80"),
    ("bijdrage.tarief_eurocent", "15,00", "extra.gemeente.bijdrage.tarief_eurocent moet een heel aantal eurocent zijn"),
    ("bijdrage.minima.alleen", 100, "extra.gemeente.bijdrage.minima.alleen is geen bekend veld"),
    ("bijdrage.minima.alleenstaand", -1, "extra.gemeente.bijdrage.minima.alleenstaand moet een heel aantal eurocent zijn"),
    ("bijdrage.minima", {}, "extra.gemeente.bijdrage.minima is leeg"),
    ("bijdrage.collectief_vervoer_onder_abonnement", "ja", "extra.gemeente.bijdrage.collectief_vervoer_onder_abonnement moet true of false zijn"),
    ("bijdrage.startmoment", "aanvraag", 'extra.gemeente.bijdrage.startmoment moet "beschikking" of "levering" zijn'),
    ("bijdrage", ..., "extra.gemeente.bijdrage ontbreekt"),
    ("clientondersteuning", [], "extra.gemeente.clientondersteuning moet een lijst met minstens één organisatie zijn"),
    ("clientondersteuning.0", {"naam": "Stichting"}, "extra.gemeente.clientondersteuning[0] heeft geen telefoon en geen url"),
    ("clientondersteuning.1.telefoon", "bel ons", "extra.gemeente.clientondersteuning[1].telefoon 'bel ons' is geen Nederlands telefoonnummer"),
    ("algemene_voorzieningen.0.omschrijving", ..., "extra.gemeente.algemene_voorzieningen[0].omschrijving ontbreekt"),
    ("algemene_voorzieningen", "klussendienst", "extra.gemeente.algemene_voorzieningen moet een lijst"),
    ("logo", "bestaat-niet.svg", "extra.gemeente.logo 'bestaat-niet.svg' bestaat niet"),
    ("logo", "../../mkdocs.yml", "extra.gemeente.logo '../../mkdocs.yml' ligt buiten de map van de gemeente"),
    ("verordening_url", ..., "extra.gemeente.verordening_url ontbreekt"),
    ("laatst_gecontroleerd", date(2026, 12, 1), "extra.gemeente.laatst_gecontroleerd 2026-12-01 ligt in de toekomst"),
    ("laatst_gecontroleerd", "vorige week", "extra.gemeente.laatst_gecontroleerd 'vorige week' is geen datum"),
    ("website", "https://x.example", "extra.gemeente.website is geen bekend veld"),
]


@pytest.mark.parametrize("pad,waarde,begin", FOUTEN, ids=[f"{p}={w!r}" for p, w, _ in FOUTEN])
def test_a_wrong_field_gives_one_message_that_names_it(ruw, pad, waarde, begin):
    melding = fout(zet(ruw, pad, waarde))
    assert melding.startswith(begin), melding
    assert melding.count("extra.gemeente.") == 1, "one message names one field"


def test_the_block_must_be_a_mapping():
    assert fout("Voorbeeldstad").startswith("extra.gemeente moet een blok met velden zijn")


def test_an_svg_logo_that_loads_from_elsewhere_is_refused(ruw, tmp_path):
    (tmp_path / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://cdn.example/l.png"/></svg>')
    assert "laadt iets van een andere website (https://cdn.example/l.png)" in fout(ruw, tmp_path)


def test_a_logo_file_that_is_too_big_is_refused(ruw, tmp_path):
    (tmp_path / "logo.svg").write_bytes(b"<svg>" + b" " * 300_000 + b"</svg>")
    assert fout(ruw, tmp_path).startswith("extra.gemeente.logo is 300 kB")


# ---- how old the check is ----

@pytest.mark.parametrize("gecontroleerd,maanden", [
    (date(2026, 11, 23), 0), (date(2025, 10, 23), 13), (date(2025, 10, 24), 12), (date(2025, 9, 23), 14)])
def test_months_since_the_check(gecontroleerd, maanden):
    assert maanden_oud(gecontroleerd, VANDAAG) == maanden


def test_a_check_older_than_13_months_warns_and_names_the_field(ruw):
    del ruw["voorbeeld"]   # a real edition
    ruw["laatst_gecontroleerd"] = date(2025, 10, 23)
    assert verouderd(lees(ruw, VOORBEELD, VANDAAG), VANDAAG) is None
    ruw["laatst_gecontroleerd"] = date(2025, 10, 22)
    melding = verouderd(lees(ruw, VOORBEELD, VANDAAG), VANDAAG)
    assert melding.startswith("extra.gemeente.laatst_gecontroleerd is 2025-10-22: meer dan 13 maanden")
    assert "strict" in melding


def test_the_fictional_example_never_expires_by_the_calendar(ruw):
    assert ruw["voorbeeld"] is True and ruw["cbs_code"] == "GM9999"
    for later in (date(2027, 1, 5), date(2028, 6, 1), date(2126, 11, 23)):
        assert verouderd(lees(ruw, VOORBEELD, later), later) is None


def test_only_the_example_may_say_it_is_one(ruw):
    ruw["cbs_code"] = "GM0363"
    assert fout(ruw).startswith("extra.gemeente.voorbeeld: true mag alleen bij het verzonnen voorbeeld "
                                "(cbs_code GM9999)")
    ruw["voorbeeld"] = "ja"
    assert fout(ruw).startswith("extra.gemeente.voorbeeld moet true of false zijn")


def test_a_real_edition_made_from_the_example_does_expire(ruw):
    del ruw["voorbeeld"]
    ruw["cbs_code"] = "GM0363"
    later = date(2028, 6, 1)
    assert "meer dan 13 maanden" in verouderd(lees(ruw, VOORBEELD, later), later)
    ruw["voorbeeld"] = False
    assert "meer dan 13 maanden" in verouderd(lees(ruw, VOORBEELD, later), later)


# ---- the slots ----

def test_national_slots_read_uw_gemeente():
    uit = vervang("Bel [[gemeente:naam]].\n\n[[gemeente:loket]]\n", None)
    assert uit == f"Bel uw gemeente.\n\n{LANDELIJK['loket']}\n"


def test_local_loket_has_a_tel_link_hours_and_the_melding_link(ruw):
    g = lees(ruw, VOORBEELD, VANDAAG)
    uit = vervang("[[gemeente:loket]]", g)
    assert "- Bellen: [14 0000](tel:140000)" in uit
    assert "maandag tot en met vrijdag van 9.00 tot 17.00 uur" in uit
    assert "(https://www.voorbeeldstad.example/wmo-melding)" in uit
    assert vervang("Bel [[gemeente:naam]].", g) == "Bel gemeente Voorbeeldstad."


def test_a_marker_after_a_sentence_becomes_its_own_block_with_the_same_indent(ruw):
    g = lees(ruw, VOORBEELD, VANDAAG)
    uit = vervang("    Meld u. [[gemeente:clientondersteuning]]", g).split("\n")
    assert uit[0] == "    Meld u." and uit[1] == ""
    assert uit[2] == "    In Voorbeeldstad krijgt u gratis cliëntondersteuning van:"
    assert all(regel.startswith("    ") for regel in uit if regel)


def test_voorzieningen_name_the_verordening_and_the_check_date(ruw):
    uit = vervang("[[gemeente:algemene_voorzieningen]]", lees(ruw, VOORBEELD, VANDAAG))
    assert "- **Klussendienst Voorbeeldstad**: Vrijwilligers helpen" in uit
    assert "[Wmo-verordening van Voorbeeldstad](https://www.voorbeeldstad.example/verordening-wmo)" in uit
    assert "nagekeken op 23 november 2026" in uit


def test_an_unknown_slot_is_an_error():
    with pytest.raises(KeyError):
        vervang("[[gemeente:website]]", None)


def test_every_slot_used_in_the_docs_exists():
    import re
    gebruikt = {m for f in (ROOT / "docs").rglob("*.md")
                for m in re.findall(r"\[\[gemeente:([a-z_]+)\]\]", f.read_text(encoding="utf-8"))}
    assert gebruikt and gebruikt <= set(LANDELIJK)


# ---- the child config ----

def test_a_gemeente_edition_names_only_its_own_settings_and_inherits_the_build():
    """One plugin, listed once in mkdocs.yml and inherited: no list of hooks to repeat per gemeente."""
    ouder, kind = child_config(ROOT / "mkdocs.yml"), child_config()
    assert "hooks" not in ouder and "plugins" not in kind and "hooks" not in kind
    assert [p if isinstance(p, str) else next(iter(p)) for p in ouder["plugins"]][-1] == "wegwijzer"
    for edition in (ROOT / "gemeenten").glob("*/mkdocs.yml"):
        assert set(child_config(edition)) <= {"INHERIT", "site_name", "site_description", "docs_dir",
                                             "site_dir", "theme", "extra"}, edition

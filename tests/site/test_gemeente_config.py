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
    out = css("#1d5b3a", "#8a3c00")
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
    assert "het element <svg:image> mag niet in een logo" in fout(ruw, tmp_path)


def test_a_logo_file_that_is_too_big_is_refused(ruw, tmp_path):
    (tmp_path / "logo.svg").write_bytes(b"<svg>" + b" " * 300_000 + b"</svg>")
    assert fout(ruw, tmp_path).startswith("extra.gemeente.logo is 300 kB")


# ---- how old the check is ----

@pytest.mark.parametrize("gecontroleerd,maanden", [
    (date(2026, 11, 23), 0), (date(2025, 10, 23), 13), (date(2025, 10, 24), 12), (date(2025, 9, 23), 14)])
def test_months_since_the_check(gecontroleerd, maanden):
    assert maanden_oud(gecontroleerd, VANDAAG) == maanden


def test_a_check_older_than_13_months_warns_and_names_the_field(ruw):
    ruw["laatst_gecontroleerd"] = date(2025, 10, 23)
    assert verouderd(lees(ruw, VOORBEELD, VANDAAG), VANDAAG) is None
    ruw["laatst_gecontroleerd"] = date(2025, 10, 22)
    melding = verouderd(lees(ruw, VOORBEELD, VANDAAG), VANDAAG)
    assert melding.startswith("extra.gemeente.laatst_gecontroleerd is 2025-10-22: meer dan 13 maanden")
    assert "strict" in melding


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


# ---- hostile configuration (issue 21): inert text, rebuilt links, parsed logos ----

def render(markdown_text: str) -> str:
    """The slots' Markdown as the site renders it: Python-Markdown with the extensions of mkdocs.yml
    that change inline text (includes and snippets read files and are left out)."""
    import markdown
    uit, instellingen = [], {}
    for ext in child_config(ROOT / "mkdocs.yml")["markdown_extensions"]:
        naam, conf = (ext, {}) if isinstance(ext, str) else next(iter(ext.items()))
        if naam not in ("markdown_include.include", "pymdownx.snippets"):
            uit.append(naam)
            instellingen[naam] = conf or {}
    return markdown.Markdown(extensions=uit, extension_configs=instellingen).convert(markdown_text)


class Html:
    """Tags, attributes, links and visible text of a rendered fragment."""

    def __init__(self, fragment: str):
        from html.parser import HTMLParser
        self.tags, self.attrs, self.hrefs, self.text = [], [], [], []
        outer = self

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                outer.tags.append(tag)
                outer.attrs += [k for k, _ in attrs]
                outer.hrefs += [v for k, v in attrs if k == "href"]

            def handle_data(self, data):
                outer.text.append(data)

        P(convert_charrefs=True).feed(fragment)
        self.text = "".join(self.text)


def slots(g) -> str:
    return "\n\n".join(vervang(f"[[gemeente:{s}]]", g) for s in LANDELIJK)


def assert_inert(page: Html) -> None:
    assert not {"script", "img", "svg", "iframe", "object", "embed", "style", "code", "em", "pre",
                "table"} & set(page.tags), page.tags
    assert not [a for a in page.attrs if a.lower().startswith("on") or a in ("style", "src")], page.attrs
    assert all(h.startswith(("https://", "tel:")) for h in page.hrefs), page.hrefs


HOSTILE_TEXT = [
    ("algemene_voorzieningen.0.omschrijving", "<img src=x onerror=alert(1)>"),
    ("loket.openingstijden", "<script>alert(2)</script>"),
    ("algemene_voorzieningen.1.naam", "[klik](javascript:alert(3))"),
    ("clientondersteuning.0.naam", "[klik](javascript:alert(3))"),
    ("naam", "Voorbeeldstad */ body{display:none} /*"),
    ("loket.adres", "Plein 1 {: onclick=alert(7) }"),
    ("loket.naam", "Loket {: onclick=alert(7) }"),
    ("algemene_voorzieningen.2.omschrijving", "[[bestand:deploy/nginx.conf]] [[waarde:abonnementstarief:2026]]"),
    ("algemene_voorzieningen.2.naam", "**vet** `code` _schuin_ &lt;b&gt; &#104;ttps://x.example"),
    ("algemene_voorzieningen.0.naam", '<a href="https://evil.example" onclick="alert(8)">x</a>'),
    ("clientondersteuning.1.naam", "a | b\\ ![img](https://evil.example/x.png) <https://evil.example>"),
]


@pytest.mark.parametrize("pad,waarde", HOSTILE_TEXT, ids=[p for p, _ in HOSTILE_TEXT])
def test_every_text_field_reaches_the_page_as_inert_text(ruw, pad, waarde):
    g = lees(zet(ruw, pad, waarde), VOORBEELD, VANDAAG)
    page = Html(render(slots(g)))
    assert_inert(page)
    assert waarde in page.text                   # shown exactly as written, markup and all
    assert "server {" not in page.text and "€ 21,80" not in page.text   # no marker ran


HOSTILE_URLS = [
    ("loket.melding_url", "https://a.example/)<svg/onload=alert(4)>",
     "https://a.example/%29%3Csvg/onload=alert%284%29%3E"),
    ("clientondersteuning.0.url", "https://a.example/x)[y](javascript:alert(5))",
     "https://a.example/x%29%5By%5D%28javascript:alert%285%29%29"),
    ("verordening_url", 'https://a.example/?q=<img/src=x/onerror=alert(6)>"',
     "https://a.example/?q=%3Cimg/src=x/onerror=alert%286%29%3E%22"),
    ("verordening_url", "https://a.example/?a=1&lt;&#60x", "https://a.example/?a=1&lt%3B%26#60x"),
    ("loket.melding_url", "HTTPS://WWW.Voorbeeldstad.Example:443/Melding?x=1",
     "https://www.voorbeeldstad.example/Melding?x=1"),
]


@pytest.mark.parametrize("pad,waarde,herbouwd", HOSTILE_URLS, ids=[w for _, w, _ in HOSTILE_URLS])
def test_every_url_is_parsed_and_rebuilt_never_pasted(ruw, pad, waarde, herbouwd):
    g = lees(zet(ruw, pad, waarde), VOORBEELD, VANDAAG)
    page = Html(render(slots(g)))
    assert_inert(page)
    assert herbouwd in page.hrefs, page.hrefs
    assert len(page.hrefs) == 5                  # tel, melding, two organisations, verordening
    assert "javascript" not in page.text


REJECTED = [
    ("naam", "gemeente\u00a0Voorbeeldstad", 'extra.gemeente.naam \'gemeente Voorbeeldstad\': laat "gemeente" weg'),
    ("naam", "Gemeente\u3000Voorbeeldstad", 'extra.gemeente.naam \'Gemeente Voorbeeldstad\': laat "gemeente" weg'),
    ("naam", "Gemeente\u2060 Voorbeeldstad", "extra.gemeente.naam bevat een onzichtbaar teken of stuurteken (U+2060)"),
    ("naam", "Voorbeeld\u202estad", "extra.gemeente.naam bevat een onzichtbaar teken of stuurteken (U+202E)"),
    ("naam", "Voorbeeld\u200bstad", "extra.gemeente.naam bevat een onzichtbaar teken of stuurteken (U+200B)"),
    ("algemene_voorzieningen.0.naam", "Klus\u2066dienst", "extra.gemeente.algemene_voorzieningen[0].naam bevat een onzichtbaar teken"),
    ("naam", "Voorbeeld\u1680stad", "extra.gemeente.naam bevat een bijzondere spatie (U+1680) die hier niet mag. Gebruik een gewone spatie."),
    ("cbs_code", "GM\u0660\u0663\u0666\u0663", "extra.gemeente.cbs_code 'GM٠٣٦٣' is geen CBS-gemeentecode"),
    ("cbs_code", "GM\u0966\u0969\u096c\u0969", "extra.gemeente.cbs_code"),
    ("loket.openingstijden", "ma-vr 9-17\n\n<script>alert(2)</script>",
     "extra.gemeente.loket.openingstijden staat op meer dan één regel. Schrijf het op één regel."),
    ("loket.adres", "Plein 1\u2028<b>x</b>", "extra.gemeente.loket.adres staat op meer dan één regel"),
    ("algemene_voorzieningen.0.omschrijving", "Regel een\r\nRegel twee", "extra.gemeente.algemene_voorzieningen[0].omschrijving staat op meer dan één regel"),
    ("algemene_voorzieningen.0.omschrijving", "x" * 501, "extra.gemeente.algemene_voorzieningen[0].omschrijving is 501 tekens lang; maximaal 500"),
    ("loket.telefoon", "\u0661\u0664 \u0660\u0662\u0660", "extra.gemeente.loket.telefoon '١٤ ٠٢٠' is geen Nederlands telefoonnummer"),
    ("loket.melding_url", "javascript:alert(1)", "extra.gemeente.loket.melding_url is geen volledige https-link"),
    ("loket.melding_url", "https://user:geheim@a.example/", "extra.gemeente.loket.melding_url bevat een gebruikersnaam of wachtwoord"),
    ("loket.melding_url", "https://a.example@evil.example/", "extra.gemeente.loket.melding_url bevat een gebruikersnaam of wachtwoord"),
    ("loket.melding_url", "https://a.example\u202e/", "extra.gemeente.loket.melding_url bevat een onzichtbaar teken of stuurteken (U+202E)"),
    ("loket.melding_url", "https://a.example/a b", "extra.gemeente.loket.melding_url bevat een spatie (U+0020). Een link heeft geen spaties: schrijf %20"),
    ("loket.melding_url", "https://a.example/a\u00a0b", "extra.gemeente.loket.melding_url bevat een spatie (U+00A0)"),
    ("loket.melding_url", "https://localhost/", "extra.gemeente.loket.melding_url heeft geen geldige domeinnaam"),
    ("loket.melding_url", "https://127.0.0.1/", "extra.gemeente.loket.melding_url heeft geen geldige domeinnaam"),
    ("loket.melding_url", "https://gemeente.voorbeeld\u0441tad.example/", "extra.gemeente.loket.melding_url heeft geen geldige domeinnaam"),
    ("loket.melding_url", "https:\\\\evil.example/", "extra.gemeente.loket.melding_url is geen volledige https-link"),
    ("loket.melding_url", "https://a.example:99999/", "extra.gemeente.loket.melding_url is geen volledige https-link"),
    ("loket.melding_url", "https://a.example/%zz", "extra.gemeente.loket.melding_url is geen volledige https-link"),
    ("verordening_url", "https:///pad", "extra.gemeente.verordening_url heeft geen geldige domeinnaam"),
    ("clientondersteuning.0.url", "//evil.example/", "extra.gemeente.clientondersteuning[0].url is geen volledige https-link"),
    ("loket.tel\nERROR   -  nep", "x", "extra.gemeente.loket.'tel\\nERROR   -  nep' is geen bekend veld"),
]


@pytest.mark.parametrize("pad,waarde,begin", REJECTED, ids=[f"{p}={w!r}"[:60] for p, w, _ in REJECTED])
def test_hostile_values_are_refused_naming_the_field_and_the_fix(ruw, pad, waarde, begin):
    melding = fout(zet(ruw, pad, waarde))
    assert melding.startswith(begin), melding
    assert melding.count("extra.gemeente.") == 1
    assert melding.endswith(".")


def test_nothing_but_two_checked_colours_enters_the_css(ruw):
    from wegwijzer_build.gemeente import css_voor
    ruw["naam"] = "X */ body{display:none} /*"
    uit = css_voor(lees(ruw, VOORBEELD, VANDAAG))
    assert "X" not in uit and "display" not in uit and "body" not in uit
    assert uit.count("/*") == uit.count("*/") == 1
    for kwaad in ("#1d5b3a;}body{display:none", "red", "#1D5B3A "):
        with pytest.raises(ValueError):
            css(kwaad, "#8a3c00")


SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 24 24">'
SVG_ATTACKS = {
    "onload": ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "het attribuut onload start een script"),
    "onclick-hoofdletters": (SVG_OPEN + '<rect ONCLICK="alert(1)"/></svg>', "het attribuut ONCLICK start een script"),
    "script": (SVG_OPEN + "<script>alert(1)</script></svg>", "het element <svg:script> mag niet"),
    "script-cdata": (SVG_OPEN + "<script><![CDATA[alert(1)]]></script></svg>", "het element <svg:script> mag niet"),
    "foreignObject": (SVG_OPEN + '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">'
                      "<img src='x' onerror='alert(1)'/></div></foreignObject></svg>",
                      "het element <svg:foreignObject> mag niet"),
    "a-javascript": (SVG_OPEN + '<a xlink:href="javascript:alert(1)"><rect/></a></svg>', "het element <svg:a> mag niet"),
    "use-extern": (SVG_OPEN + '<use href="https://cdn.example/x.svg#a"/></svg>', "href='https://cdn.example/x.svg#a' verwijst naar iets buiten"),
    "use-javascript": (SVG_OPEN + '<use xlink:href="javascript:alert(1)"/></svg>', "xlink:href='javascript:alert(1)' verwijst naar iets buiten"),
    "entity-verstopt": (SVG_OPEN + '<use href="h&#116;tps&#58;//cdn.example/x.svg#a"/></svg>',
                        "href='https://cdn.example/x.svg#a' verwijst naar iets buiten"),
    "entity-verstopt-css": (SVG_OPEN + '<rect fill="url(h&#116;tps://cdn.example/x#a)"/></svg>', "verwijst naar iets buiten het bestand"),
    "doctype-entity": ('<!DOCTYPE svg [<!ENTITY x "https://cdn.example/">]>' + SVG_OPEN + '<use href="&x;"/></svg>',
                       "het bevat een DOCTYPE of ENTITY"),
    "xml-stylesheet": ('<?xml-stylesheet href="https://cdn.example/x.css"?>' + SVG_OPEN + "</svg>",
                       "het bevat een verwerkingsinstructie"),
    "style-import": (SVG_OPEN + "<style>@import url(https://cdn.example/x.css);</style></svg>", "<style> laadt of verbergt iets"),
    "style-escape": (SVG_OPEN + "<style>rect{fill:u\\72l(https://cdn.example/x)}</style></svg>", "<style> laadt of verbergt iets"),
    "style-attribuut": (SVG_OPEN + '<rect style="fill:url(https://cdn.example/x)"/></svg>', "verwijst naar iets buiten het bestand"),
    "set": (SVG_OPEN + '<set attributeName="href" to="javascript:alert(1)"/></svg>', "het element <svg:set> mag niet"),
    "xhtml": ('<html xmlns="http://www.w3.org/1999/xhtml"><body><script>alert(1)</script></body></html>',
              "het begint met <{http://www.w3.org/1999/xhtml}html> in plaats van <svg>"),
    "geen-namespace": ("<svg onload='alert(1)'></svg>", "het begint met <svg> in plaats van <svg>"),
    "kapot": (SVG_OPEN + "<script>alert(1)</svg", "het is geen geldige XML"),
    "utf-16": (("\ufeff" + SVG_OPEN + "</svg>").encode("utf-16-le"), "het bestand is geen UTF-8-tekst"),
}


@pytest.mark.parametrize("naam", SVG_ATTACKS)
def test_an_svg_logo_passes_an_allowlist_parser(ruw, tmp_path, naam):
    inhoud, reden = SVG_ATTACKS[naam]
    (tmp_path / "logo.svg").write_bytes(inhoud if isinstance(inhoud, bytes) else inhoud.encode())
    melding = fout(ruw, tmp_path)
    assert melding.startswith("extra.gemeente.logo is geen veilig SVG-bestand: "), melding
    assert reden in melding, melding
    assert melding.endswith('Sla het logo op als "Optimized SVG" of "Plain SVG" (zonder scripts, '
                            "links en ingesloten bestanden) en probeer het opnieuw.")


def test_a_plain_svg_with_local_references_and_styles_is_accepted(ruw, tmp_path):
    (tmp_path / "logo.svg").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- gemaakt met een tekenprogramma -->\n' + SVG_OPEN
        + "<title>Logo</title><defs><linearGradient id=\"k\"><stop offset=\"0\" stop-color=\"#fff\"/>"
        "</linearGradient><style>.a{fill:url(#k)}</style></defs>"
        '<g class="a" data-name="laag 1"><path d="M0 0h24v24H0z" fill="url(#k)"/><use xlink:href="#p"/>'
        '<text x="1" y="20" font-family="sans-serif">Voorbeeldstad &amp; co</text></g></svg>', encoding="utf-8")
    assert lees(ruw, tmp_path, VANDAAG).logo == (tmp_path / "logo.svg").resolve()


def png(breedte: int, hoogte: int) -> bytes:
    import struct
    import zlib

    def chunk(soort: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + soort + data + struct.pack(">I", zlib.crc32(soort + data))
    rij = b"\x00" + b"\x00\x00\x00" * breedte
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", breedte, hoogte, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rij * min(hoogte, 2))) + chunk(b"IEND", b""))


JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        b"\xff\xc0\x00\x11\x08\x00\x30\x00\x60\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xd9")
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f" + (47 | (23 << 14)).to_bytes(4, "little") + b"\x00" * 8
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


@pytest.mark.parametrize("bestand,inhoud", [("logo.png", png(96, 48)), ("logo.jpg", JPEG),
                                            ("logo.jpeg", JPEG), ("logo.webp", WEBP)])
def test_a_raster_logo_is_accepted_by_its_signature_and_size(ruw, tmp_path, bestand, inhoud):
    (tmp_path / bestand).write_bytes(inhoud)
    ruw["logo"] = bestand
    assert lees(ruw, tmp_path, VANDAAG).logo.name == bestand


@pytest.mark.parametrize("bestand,inhoud,reden", [
    ("logo.png", HTML, "extra.gemeente.logo heet .png maar is geen PNG-afbeelding (het is tekst of HTML)."),
    ("logo.webp", HTML, "extra.gemeente.logo heet .webp maar is geen WebP-afbeelding (het is tekst of HTML)."),
    ("logo.jpg", b"  " + HTML, "extra.gemeente.logo heet .jpg maar is geen JPEG-afbeelding (het is tekst of HTML)."),
    ("logo.png", JPEG, "extra.gemeente.logo heet .png maar is geen PNG-afbeelding (het is een JPEG-afbeelding)."),
    ("logo.png", png(30000, 30000), "extra.gemeente.logo is 30000 bij 30000 pixels; maximaal 2000 per kant."),
    ("logo.png", b"\x89PNG\r\n\x1a\n", "extra.gemeente.logo is een beschadigd PNG-bestand"),
    ("logo.jpg", b"\xff\xd8\xff" + HTML, "extra.gemeente.logo is een beschadigd JPEG-bestand"),
    ("logo.webp", b"RIFF\x00\x00\x00\x00WEBP" + HTML, "extra.gemeente.logo is een beschadigd WebP-bestand"),
])
def test_a_raster_logo_that_is_not_what_its_name_says_is_refused(ruw, tmp_path, bestand, inhoud, reden):
    (tmp_path / bestand).write_bytes(inhoud)
    ruw["logo"] = bestand
    assert fout(ruw, tmp_path).startswith(reden)

"""The toegang rekenhulp in real Chromium: the form comes from Python, conditional questions hide and
show, a result appears with its reasons and links, errors are shown, nothing leaves the browser.

Run against your own build with ``WMO_SITE_DIR=/tmp/site-toegang pytest tests/browser/test_browser_toegang.py``.
"""
from __future__ import annotations

import time

import pytest

from browser_helpers import axe_violations, offsite, wait_ready

ROOT = "[data-calculator=toegang]"
pytestmark = pytest.mark.browser


def zichtbaar(page, vraag: str) -> bool:
    return page.locator(f'{ROOT} [data-veld="{vraag}"]').is_visible()


def kies(page, vraag: str, waarde: str) -> None:
    page.check(f'{ROOT} input[name="{vraag}"][value="{waarde}"]')


def open_rekenhulp(page, base_url) -> float:
    start = time.monotonic()
    page.goto(base_url + "rekenhulp/toegang/", wait_until="load")
    assert wait_ready(page) == "ready", page.get_attribute(ROOT, "data-error")
    return time.monotonic() - start


def test_form_appears_and_questions_follow_the_kind_of_help(page, base_url):
    open_rekenhulp(page, base_url)
    assert zichtbaar(page, "hulpvraag") and zichtbaar(page, "verblijf")
    assert not zichtbaar(page, "woonplaats") and not zichtbaar(page, "gewone_winkel")

    kies(page, "hulpvraag", "begeleiding")
    assert zichtbaar(page, "woonplaats") and zichtbaar(page, "duur")
    assert not any(zichtbaar(page, v) for v in ("gewone_winkel", "meerkosten", "al_gekocht"))

    kies(page, "hulpvraag", "opvang")
    assert not any(zichtbaar(page, v) for v in ("woonplaats", "duur", "andere_regeling"))

    kies(page, "hulpvraag", "woning")
    assert zichtbaar(page, "gewone_winkel") and not zichtbaar(page, "speciaal_voor_beperking")
    kies(page, "gewone_winkel", "ja")
    assert zichtbaar(page, "speciaal_voor_beperking") and not zichtbaar(page, "veel_duurder")
    kies(page, "speciaal_voor_beperking", "nee")
    assert zichtbaar(page, "veel_duurder") and not zichtbaar(page, "betaalbaar_met_minimuminkomen")
    kies(page, "veel_duurder", "nee")
    assert zichtbaar(page, "betaalbaar_met_minimuminkomen")   # the fourth requirement (CRvB 2019)
    kies(page, "speciaal_voor_beperking", "ja")
    assert not zichtbaar(page, "veel_duurder") and not zichtbaar(page, "betaalbaar_met_minimuminkomen")
    assert zichtbaar(page, "algemene_voorziening")
    kies(page, "hulpvraag", "opvang")
    assert not zichtbaar(page, "algemene_voorziening")


def test_an_e_bike_gets_an_answer_with_reasons_links_and_free_support(page, base_url, axe_source):
    open_rekenhulp(page, base_url)
    for vraag, waarde in (("hulpvraag", "vervoer"), ("verblijf", "nederlander"),
                          ("woonplaats", "in_gemeente"), ("eigen_oplossing", "nee"),
                          ("algemene_voorziening", "nee"), ("duur", "langdurig"), ("gewone_winkel", "ja"),
                          ("speciaal_voor_beperking", "nee"), ("veel_duurder", "nee"),
                          ("betaalbaar_met_minimuminkomen", "ja"),
                          ("meerkosten", "ja"), ("al_gekocht", "nee"), ("eerder_gekregen", "nee"),
                          ("andere_regeling", "geen")):
        kies(page, vraag, waarde)
    page.click(f"{ROOT} button[type=submit]")
    uitkomst = page.locator(f"{ROOT} [data-role=result]")
    uitkomst.wait_for(state="visible")
    assert wait_ready(page) == "ready"
    tekst = uitkomst.inner_text()
    assert "De gemeente zegt waarschijnlijk nee." in tekst
    assert "algemeen gebruikelijk" in tekst and "cliëntondersteuner" in tekst
    assert "indicatie, geen besluit" in tekst
    links = uitkomst.locator("a").evaluate_all("as => as.map(a => a.href)")
    assert base_url + "besluit/afwijzing/" in links
    assert any(h.startswith("https://wetten.overheid.nl/BWBR0035362/") for h in links)
    assert axe_violations(page, axe_source) == []
    assert offsite(page, base_url) == []


def test_missing_answers_are_named_in_dutch(page, base_url):
    open_rekenhulp(page, base_url)
    page.click(f"{ROOT} button[type=submit]")
    fouten = page.locator(f"{ROOT} [data-role=errors]")
    fouten.wait_for(state="visible")
    assert "Vul deze vraag in." in fouten.inner_text()
    assert page.locator(f"{ROOT} [data-role=result]").is_hidden()

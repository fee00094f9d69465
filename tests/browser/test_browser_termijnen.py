"""The termijnen rekenhulp in real Chromium: the form from Python, the bezwaarcommissie question only
after a besluit, dates written the Dutch way, the .ics download made in the browser, errors in
Dutch, no request to another origin and no axe violation with a result on screen.

Run against your own build with ``WMO_SITE_DIR=/tmp/site-termijnen pytest tests/browser/test_browser_termijnen.py -s``.
"""
from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from browser_helpers import axe_violations, offsite, wait_ready

ROOT = "[data-calculator=termijnen]"
pytestmark = pytest.mark.browser


def open_rekenhulp(page, base_url) -> float:
    start = time.monotonic()
    page.goto(base_url + "rekenhulp/termijnen/", wait_until="load")
    assert wait_ready(page) == "ready", page.get_attribute(ROOT, "data-error")
    return time.monotonic() - start


def bereken(page, gebeurtenis: str, datum: str) -> tuple[str, float]:
    page.check(f'{ROOT} input[name="gebeurtenis"][value="{gebeurtenis}"]')
    page.fill(f'{ROOT} input[name="datum"]', datum)
    start = time.monotonic()
    page.click(f"{ROOT} button[type=submit]")
    uitkomst = page.locator(f"{ROOT} [data-role=result]")
    uitkomst.wait_for(state="visible")
    assert wait_ready(page) == "ready"
    return uitkomst.inner_text(), time.monotonic() - start


def test_the_page_shows_every_figure_from_the_parameters(page, base_url):
    page.goto(base_url + "rekenhulp/termijnen/", wait_until="load")
    tekst = page.locator("article").inner_text()
    assert "[[" not in tekst and "€ 23,00" in tekst and "Goede Vrijdag" in tekst


def test_the_commissie_question_appears_only_after_a_besluit(page, base_url):
    open_rekenhulp(page, base_url)
    veld = page.locator(f'{ROOT} [data-veld="adviescommissie"]')
    assert not veld.is_visible()
    page.check(f'{ROOT} input[name="gebeurtenis"][value="besluit"]')
    assert veld.is_visible()
    page.check(f'{ROOT} input[name="gebeurtenis"][value="aanvraag"]')
    assert not veld.is_visible()


def test_a_besluit_around_christmas_gives_dutch_dates_sources_and_a_calendar_file(
        page, base_url, axe_source):
    laden = open_rekenhulp(page, base_url)
    tekst, rekenen = bereken(page, "besluit", "2026-11-13")
    print(f"\ntermijnen: page load to ready {laden:.2f} s, submit to result {rekenen:.2f} s")
    assert "Laatste dag om bezwaar te maken: maandag 28 december 2026." in tekst
    assert "eerste Kerstdag" in tekst and "Awb, artikel 6:7" in tekst
    assert "Dit is een berekening, geen besluit." in tekst
    links = page.locator(f"{ROOT} [data-role=result] a").evaluate_all(
        "as => as.map(a => a.href)")
    assert base_url + "checklists/bezwaar/" in links
    assert any(h.startswith("https://wetten.overheid.nl/BWBR0002448/") for h in links)

    knop = page.locator(f"{ROOT} [data-role=result] a[download]")
    assert knop.get_attribute("href").startswith("blob:")
    with page.expect_download() as wacht:
        knop.click()
    download = wacht.value
    assert download.suggested_filename == "wmo-termijnen-2026-11-13.ics"
    inhoud = open(download.path(), "rb").read()
    assert inhoud.startswith(b"BEGIN:VCALENDAR\r\n") and inhoud.endswith(b"END:VCALENDAR\r\n")
    assert b"DTSTART;VALUE=DATE:20261228\r\n" in inhoud
    assert b"\n" not in inhoud.replace(b"\r\n", b"")
    inhoud.decode("utf-8")

    assert axe_violations(page, axe_source) == []
    assert offsite(page, base_url) == []


def test_a_dwangsom_shows_the_maximum_in_euros(page, base_url):
    open_rekenhulp(page, base_url)
    tekst, _ = bereken(page, "ingebrekestelling", "2026-11-02")
    assert "dinsdag 17 november 2026" in tekst and "maandag 28 december 2026" in tekst
    assert "€ 1.442,00" in tekst


def test_errors_are_shown_in_dutch_next_to_the_question(page, base_url):
    open_rekenhulp(page, base_url)
    page.click(f"{ROOT} button[type=submit]")
    fout = page.locator(f'{ROOT} [data-veld="gebeurtenis"] .veld__fout')
    fout.wait_for(state="visible")
    assert fout.inner_text() == "Vul deze vraag in."
    page.check(f'{ROOT} input[name="gebeurtenis"][value="besluit"]')
    page.fill(f'{ROOT} input[name="datum"]', "2022-06-01")
    page.click(f"{ROOT} button[type=submit]")
    # The first submit left "Vul deze vraag in." here too: wait for the second answer's text.
    expect(page.locator(f'{ROOT} [data-veld="datum"] .veld__fout')).to_contain_text("1 januari 2023")
    assert offsite(page, base_url) == []

"""The brievenhulp in real Chromium: the form per kind of letter, the letter shown as it will print
(text only), downloads made in the page from the worker's base64 (the same bytes as CPython makes),
printing only the letter on A4, copying, the fragment prefill, hostile input, keyboard-only use, and
axe-core with zero violations in every state. The page under the production CSP: tests/site/test_nginx.py.
"""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from browser_helpers import axe_violations, fill, offsite, wait_ready
from calculators.api import run_json

pytestmark = pytest.mark.browser
ROOT = "[data-calculator=brieven]"
PAGE = "rekenhulp/brieven/"
ATTACK = "<img src=x onerror=alert(1)>"
BEZWAAR = {"soort": "bezwaar", "naam": "A. Jansen", "adres": "Dorpsstraat 1",
           "postcode_plaats": "1234 AB Voorbeeldstad", "gemeente": "Voorbeeldstad", "datum": "2026-03-20",
           "besluit_datum": "2026-03-02", "besluit_kenmerk": "W-123", "afwijzingsgronden": ["eigen_oplossing"],
           "gronden": "Ik kan niet traplopen.\n\nMijn buren werken overdag.", "hoorzitting": "ja"}


def native(invoer: dict, action: str = "calculate") -> dict:
    return json.loads(run_json(json.dumps({"v": 1, "calculator": "brieven", "action": action, "input": invoer})))


def open_brieven(page, base_url, fragment: str = "") -> None:
    page.goto(base_url + PAGE + fragment)
    assert wait_ready(page) == "ready", page.get_attribute(ROOT, "data-error")


def make(page, invoer: dict) -> str:
    fill(page, invoer, ROOT)   # the kind first, so its questions show
    page.click(f"{ROOT} button[type=submit]")
    page.wait_for_selector(f"{ROOT} .brief__papier")
    assert wait_ready(page) == "ready"
    return page.locator(f"{ROOT} .brief__papier").inner_text()


def paper_lines(page) -> list[str]:
    return page.locator(f"{ROOT} .brief__papier p").evaluate_all("ps => ps.map(p => p.textContent)")


def test_the_form_asks_only_the_questions_of_the_chosen_letter(page, base_url):
    open_brieven(page, base_url)
    zichtbaar = lambda veld: page.locator(f'{ROOT} [data-veld="{veld}"]').is_visible()  # noqa: E731
    assert not zichtbaar("besluit_datum") and not zichtbaar("hulpvraag") and zichtbaar("naam")
    page.check(f"{ROOT} [name=soort][value=bezwaar]")
    assert zichtbaar("besluit_datum") and zichtbaar("gronden") and not zichtbaar("hulpvraag")
    page.check(f"{ROOT} [name=soort][value=melding]")
    assert zichtbaar("hulpvraag") and not zichtbaar("besluit_datum")
    page.check(f"{ROOT} [name=soort][value=ingebrekestelling]")
    assert page.is_checked(f"{ROOT} [name=te_laat_met][value=aanvraag]")   # the default, chosen
    assert zichtbaar("aanvraag_datum") and not zichtbaar("besluit_datum_bezwaar")
    page.check(f"{ROOT} [name=te_laat_met][value=bezwaar]")
    assert zichtbaar("besluit_datum_bezwaar") and not zichtbaar("aanvraag_datum")
    assert "(niet verplicht)" not in page.inner_text(f'{ROOT} [data-veld="naam"] label')
    assert "(niet verplicht)" in page.inner_text(f'{ROOT} [data-veld="telefoon"] label')


def test_the_preview_is_the_letter_line_by_line(page, base_url, axe_source):
    open_brieven(page, base_url)
    make(page, BEZWAAR)
    verwacht = native(BEZWAAR)["result"]
    assert paper_lines(page) == verwacht["brief"]["tekst"].split("\n")
    tekst = page.inner_text(f"{ROOT} [data-role=result]")
    assert "Uw brief is klaar" in tekst and "Laatste dag om bezwaar te maken: maandag 13 april 2026." in tekst
    assert page.locator(f"{ROOT} [data-role=result] a[href^='https://wetten.overheid.nl/BWBR0005537/']").count() > 3
    assert axe_violations(page, axe_source) == []
    assert offsite(page, base_url) == []


@pytest.mark.parametrize("formaat,knop", [("docx", "Download voor Word (.docx)"),
                                          ("odt", "Download als OpenDocument (.odt)"),
                                          ("txt", "Download als tekst (.txt)")])
def test_downloads_are_made_in_the_page_and_equal_cpythons_bytes(page, base_url, formaat, knop):
    open_brieven(page, base_url)
    make(page, BEZWAAR)
    with page.expect_download() as wacht:
        page.get_by_role("button", name=knop).click()
    download = wacht.value
    assert download.suggested_filename == f"brief-bezwaar-2026-03-20.{formaat}"
    inhoud = Path(download.path()).read_bytes()
    cpython = base64.b64decode(native({**BEZWAAR, "formaat": formaat}, "download")["result"]["base64"])
    assert inhoud == cpython          # Pyodide wrote the very same bytes
    assert "gedownload" in page.inner_text(f"{ROOT} .brief__status")
    assert all(u.startswith(base_url) or u.startswith("blob:") for u in page.requests)


def test_print_prints_only_the_letter_on_a4(page, base_url):
    open_brieven(page, base_url)
    make(page, BEZWAAR)
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.get_by_role("button", name="Print de brief").click()
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", "article > h1", f"{ROOT} form",
                   f"{ROOT} .brief__knoppen", f"{ROOT} [data-role=result] > h2", f"{ROOT} [data-role=result] > ul",
                   ".md-footer", "#soorten"):
        assert page.locator(hidden).first.is_hidden(), hidden
    assert page.locator(f"{ROOT} .brief__papier").is_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes), boxes
    page.emulate_media(media="screen")
    assert page.locator("article > h1").is_visible()


def test_copy_puts_the_letter_on_the_clipboard(page, base_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    open_brieven(page, base_url)
    make(page, BEZWAAR)
    page.get_by_role("button", name="Kopieer de tekst").click()
    page.wait_for_selector(f"{ROOT} .brief__status:has-text('klembord')")
    assert page.evaluate("navigator.clipboard.readText()") == native(BEZWAAR)["result"]["brief"]["tekst"]


def test_a_fragment_fills_the_form_and_never_submits_or_leaves_the_device(page, base_url):
    open_brieven(page, base_url, "#soort=bezwaar&besluit_datum=2026-03-02&besluit_kenmerk=W%2D123%20%C3%A9"
                                  "&afwijzingsgronden=eigen_oplossing&afwijzingsgronden=geen_meerkosten"
                                  "&gronden=Regel%201%0ARegel%202&bestaat_niet=x&naam=")
    assert page.is_checked(f"{ROOT} [name=soort][value=bezwaar]")
    assert page.input_value(f"{ROOT} [name=besluit_datum]") == "2026-03-02"
    assert page.input_value(f"{ROOT} [name=besluit_kenmerk]") == "W-123 é"
    assert page.input_value(f"{ROOT} [name=gronden]") == "Regel 1\nRegel 2"
    assert page.is_checked(f"{ROOT} [name=afwijzingsgronden][value=geen_meerkosten]")
    assert page.locator(f'{ROOT} [data-veld="besluit_datum"]').is_visible()
    page.wait_for_timeout(500)
    assert page.locator(f"{ROOT} [data-role=result]").is_hidden()       # filled, not sent
    assert not [u for u in page.requests if "W-123" in u or "besluit" in u or "Regel" in u]


def test_late_bezwaar_warns_and_links_to_the_question_that_fixes_it(page, base_url, axe_source):
    open_brieven(page, base_url)
    make(page, {**BEZWAAR, "datum": "2026-04-14"})
    tekst = page.inner_text(f"{ROOT} [data-role=result]")
    assert "Let op: uw bezwaar is te laat. De laatste dag was maandag 13 april 2026." in tekst
    assert "(artikel 6:11 Awb)" in page.locator(f"{ROOT} .brief__papier").inner_text()
    link = page.locator(f"{ROOT} [data-role=result] a.rekenhulp__naar[href='#brieven-reden_te_laat']")
    assert link.count() == 1
    link.click()
    page.keyboard.type("Ik lag in het ziekenhuis.")
    assert page.input_value(f"{ROOT} [name=reden_te_laat]") == "Ik lag in het ziekenhuis."
    assert axe_violations(page, axe_source) == []


def test_empty_error_and_incomplete_states_are_accessible(page, base_url, axe_source):
    open_brieven(page, base_url)
    assert axe_violations(page, axe_source) == []                                        # empty
    page.click(f"{ROOT} button[type=submit]")
    page.wait_for_selector(f"{ROOT} [data-role=errors]:not([hidden])")
    assert "Vul deze vraag in." in page.inner_text(f'{ROOT} [data-veld="soort"] .veld__fout')
    assert axe_violations(page, axe_source) == []                                        # errors
    page.check(f"{ROOT} [name=soort][value=voorlopige_voorziening]")
    page.fill(f"{ROOT} [name=datum]", "2026-03-20")      # not today: no test may depend on the day it runs
    page.click(f"{ROOT} button[type=submit]")
    page.wait_for_selector(f"{ROOT} .brief__papier")
    assert "Uw brief is bijna klaar" in page.inner_text(f"{ROOT} [data-role=result]")
    assert "[naam van de rechtbank]" in page.inner_text(f"{ROOT} .brief__papier")
    assert axe_violations(page, axe_source) == []                                        # incomplete


def test_hostile_input_is_shown_and_saved_as_text(page, base_url):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_brieven(page, base_url)
    megabyte = "<script>alert(2)</script>" + "x" * 1_000_000
    make(page, {"soort": "klacht", "naam": ATTACK, "gemeente": '"><svg onload=alert(3)>',
                "datum": "2026-03-20", "gedraging": megabyte})
    gedraging = page.input_value(f"{ROOT} [name=gedraging]")
    assert len(gedraging) == 10_000            # the browser stops at the limit the help text names
    assert "Hoogstens 10.000 tekens." in page.inner_text(f'{ROOT} [data-veld="gedraging"]')
    papier = page.locator(f"{ROOT} .brief__papier")
    assert ATTACK in papier.inner_text() and "<script>alert(2)</script>" in papier.inner_text()
    assert '"><svg onload=alert(3)>' in papier.inner_text()
    assert page.locator(f"{ROOT} [data-role=result] :is(img, script, svg)").count() == 0
    with page.expect_download() as wacht:
        page.get_by_role("button", name="Download als tekst (.txt)").click()
    assert ATTACK in Path(wacht.value.path()).read_text(encoding="utf-8-sig")
    page.wait_for_timeout(300)
    assert dialogs == []


def test_keyboard_only_from_kind_to_download(page, base_url):
    open_brieven(page, base_url)
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "soort":
            break
    else:
        pytest.fail("the form cannot be reached with Tab")
    for _ in range(4):
        page.keyboard.press("ArrowDown")                       # melding -> ... -> bezwaar
    assert page.is_checked(f"{ROOT} [name=soort][value=bezwaar]")
    typed = {"naam": "A. Jansen", "gemeente": "Voorbeeldstad", "besluit_kenmerk": "W-123",
             "gronden": "Het klopt niet."}
    for _ in range(120):
        page.keyboard.press("Tab")
        focus = page.evaluate("({name: document.activeElement.name, type: document.activeElement.type})")
        if focus["type"] == "submit":
            break
        if focus["name"] in typed:
            page.keyboard.type(typed.pop(focus["name"]))
        elif focus["name"] in ("besluit_datum", "datum"):   # typed dates depend on the locale
            page.evaluate(f"document.activeElement.value = '{'2026-03-02' if focus['name'] == 'besluit_datum' else '2026-03-20'}'")
    assert typed == {} and focus["type"] == "submit"
    page.keyboard.press("Enter")
    page.wait_for_selector(f"{ROOT} .brief__papier")
    assert "Ik maak bezwaar tegen uw besluit van 2 maart 2026, met kenmerk W-123." in \
        page.locator(f"{ROOT} .brief__papier").inner_text()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Download voor Word (.docx)":
            break
    else:
        pytest.fail("the download button cannot be reached with Tab")
    with page.expect_download() as wacht:
        page.keyboard.press("Enter")
    assert wacht.value.suggested_filename.endswith(".docx")

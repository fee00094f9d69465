"""Mijn aanvraag (the case page) in real Chromium: deadlines from the termijnen calculator through
the worker (compared with ``run_json`` natively), nothing stored before opting in, restore after a
reload, a delete that deletes, a file that travels to a fresh browser profile, hostile files refused
without changing anything, an agenda file that follows RFC 5545, no Pyodide before a date, axe in
every state, keyboard only, a 390 px touch screen, and offline once used.

The page's clock is fixed (``TODAY``), so no answer depends on the day the tests run.
"""
from __future__ import annotations

import json
import re
import urllib.request

import pytest
from playwright.sync_api import expect

from browser_helpers import axe_violations, offsite
from calculators.api import run_json
from conftest import ROOT as REPO, SITE

pytestmark = pytest.mark.browser
TODAY = "2026-12-01T10:00:00"
PAD = "mijn-aanvraag/"
ROOT = "[data-dossier]"
KEY = "wmo-wegwijzer:dossier"
PYODIDE = re.compile(r"/assets/(pyodide|wheels)/")
CASE = {"melding": "2026-11-02", "gesprek": "2026-11-12", "verslag": "2026-11-19", "aanvraag": "2026-11-23",
        "besluit": "2026-11-27", "ingebrekestelling": "", "uitkomst": "afgewezen", "kenmerk": "WMO/2026/<b>123</b>"}


def termijnen(gebeurtenis: str, datum: str) -> dict:
    answer = json.loads(run_json(json.dumps({"v": 1, "calculator": "termijnen",
                                             "input": {"gebeurtenis": gebeurtenis, "datum": datum}})))
    assert answer["ok"], answer
    return answer["result"]


def open_dossier(page, base_url):
    page.clock.set_fixed_time(TODAY)
    page.goto(base_url + PAD)
    page.wait_for_selector(f"{ROOT}[data-dossier-klaar]", state="attached")


def settled(page, timeout: int = 120_000) -> str:
    """Wait until every change is shown and the runtime (if started) is not busy."""
    page.wait_for_function(
        "(() => { const r = document.querySelector('[data-dossier]');"
        " return !('wacht' in r.dataset) && !['loading', 'busy'].includes(r.dataset.status); })()",
        timeout=timeout)
    return page.get_attribute(ROOT, "data-status")


def fill(page, case: dict) -> None:
    for name, value in case.items():
        if name == "uitkomst":
            if value:
                page.check(f"{ROOT} input[name=uitkomst][value={value}]")
        elif name != "kenmerk":
            page.fill(f"{ROOT} input[name={name}]", value)
    if case.get("kenmerk") is not None:
        page.fill(f"{ROOT} input[name=kenmerk]", case["kenmerk"])
    assert settled(page) in ("ready", "idle")


def own_keys(page) -> list[str]:
    return page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wmo-wegwijzer:'))")


def values(page) -> dict:
    return page.eval_on_selector(
        f"{ROOT} form",
        "f => Object.fromEntries([...f.elements].filter(c => c.name && (c.type !== 'radio' || c.checked))"
        ".map(c => [c.name, c.value]))")


def step(page, code: str):
    return page.locator(f"{ROOT} [data-role=tijdlijn] li[data-code={code}]")


def pyodide_requests(page) -> list[str]:
    return [u for u in page.requests if PYODIDE.search(u)]


def assert_axe_clean(page, axe_source, state: str) -> None:
    assert axe_violations(page, axe_source) == [], state


def rfc5545_lines(raw: bytes) -> list[str]:
    """Check the physical lines (CRLF only, at most 75 octets, folds start with one space) and
    return the unfolded content lines."""
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical), max(physical, key=len)
    raw.decode("utf-8")
    assert not physical[0].startswith(b" ")
    unfolded = raw.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]
    for line in unfolded:
        assert re.match(r"^[A-Z-]+[;:]", line), line
    assert unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in unfolded and any(line.startswith("PRODID:") for line in unfolded)
    return unfolded


# ---- the built page ----

def test_the_page_is_in_the_navigation_and_its_root_names_the_runtime(site_dir):
    html = (site_dir / "mijn-aanvraag" / "index.html").read_text(encoding="utf-8")
    root = re.search(r'<div class="dossier" data-dossier data-status="idle" data-wheel="([^"]+)" '
                     r'data-stdlib="([^"]+)" data-snapshot="([^"]+)">', html)
    assert root, "no [data-dossier] root"
    for name in root.groups():                              # the same files as a calculator's root
        assert (site_dir / "assets" / "wheels" / name).exists()
    for name in ("melding", "gesprek", "verslag", "aanvraag", "besluit"):
        assert f'type="date" id="dossier-{name}" name="{name}"' in html
    assert 'name="bewaren"' in html and 'type="file"' in html
    assert 'name="rekenhulp-wheel"' not in html            # no early start: only a date starts the runtime
    assert '<script type="module" src="../assets/js/dossier.js"></script>' in html
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'href="mijn-aanvraag/"' in home
    other = (site_dir / "hulp-vragen" / "index.html").read_text(encoding="utf-8")
    assert "dossier.js" not in other and "dossier.css" not in other


# ---- deadlines from the calculator ----

def test_a_melding_shows_the_calculators_deadlines_and_a_besluit_the_bezwaar_deadline(page, base_url, axe_source):
    open_dossier(page, base_url)
    assert_axe_clean(page, axe_source, "empty")
    # Nothing before a date: the bewaren box and a click on the agenda load no runtime either.
    page.click(f"{ROOT} [data-dossier-actie=agenda]")
    expect(page.locator(f"{ROOT} [data-role=melding]")).to_contain_text("Vul eerst een datum in")
    page.wait_for_timeout(300)
    assert pyodide_requests(page) == [] and page.get_attribute(ROOT, "data-status") == "idle"

    page.fill(f"{ROOT} input[name=melding]", "2026-11-02")
    assert settled(page) == "ready", page.get_attribute(ROOT, "data-error")
    assert pyodide_requests(page)
    native = termijnen("melding", "2026-11-02")
    for t in native["termijnen"]:
        item = step(page, t["code"])
        expect(item).to_contain_text(t["einddatum_tekst"])      # "maandag 14 december 2026"
        expect(item).to_contain_text(t["omschrijving"])
        expect(item.locator("a")).to_have_text(t["bron"]["titel"])
        assert item.locator("a").get_attribute("href") == t["bron"]["url"]
    assert [t["code"] for t in native["termijnen"]] == ["persoonlijk_plan", "onderzoek"]
    vanaf = native["mogelijk_vanaf"][0]
    expect(step(page, "aanvraag_zonder_onderzoek")).to_contain_text(vanaf["datum_tekst"])
    expect(step(page, "aanvraag_zonder_onderzoek")).to_contain_text("artikel 2.3.2 lid 9")
    expect(step(page, "persoonlijk_plan")).to_contain_text("Voorbij")   # 9 November, before TODAY
    expect(step(page, "onderzoek")).to_contain_text("Komt nog")
    nu = page.locator(f"{ROOT} [data-role=nu-inhoud]")
    expect(nu).to_contain_text("Bereid het gesprek voor")
    expect(nu).to_contain_text(native["termijnen"][1]["einddatum_tekst"])
    assert_axe_clean(page, axe_source, "one date")

    page.fill(f"{ROOT} input[name=besluit]", "2026-11-20")
    page.check(f"{ROOT} input[name=uitkomst][value=deels]")
    page.fill(f"{ROOT} input[name=kenmerk]", "Z-12 & co")
    assert settled(page) == "ready"
    bezwaar = termijnen("besluit", "2026-11-20")["termijnen"][0]
    assert bezwaar["code"] == "bezwaar" and bezwaar["einddatum"] == "2027-01-04"   # past Nieuwjaarsdag
    expect(step(page, "bezwaar")).to_contain_text(bezwaar["einddatum_tekst"])
    expect(step(page, "bezwaar")).to_contain_text("Awb, artikel 6:7")
    expect(nu).to_contain_text(f"Maak bezwaar, uiterlijk {bezwaar['einddatum_tekst']}")
    # The besluit made the onderzoek moot, and the aanvraag without verslag is no longer offered.
    expect(step(page, "onderzoek")).to_contain_text("Afgerond")
    expect(step(page, "aanvraag_zonder_onderzoek")).to_have_count(0)
    letter = nu.locator("a[data-brief=bezwaar]").get_attribute("href")
    assert letter == base_url + "rekenhulp/brieven/#soort=bezwaar&besluit_datum=2026-11-20&besluit_kenmerk=Z-12+%26+co"
    checklist = nu.locator("a", has_text="Controlelijst voor bezwaar").get_attribute("href")
    assert checklist == base_url + "checklists/bezwaar/"
    assert offsite(page, base_url) == []
    # The hand-over: the brievenhulp opens with this besluit filled in, nothing sent anywhere.
    nu.locator("a[data-brief=bezwaar]").click()
    page.wait_for_url("**/rekenhulp/brieven/#soort=bezwaar*")
    letter_form = page.locator("[data-calculator=brieven] [data-role=form]")
    expect(letter_form.locator("input[name=soort][value=bezwaar]")).to_be_checked()
    expect(letter_form.locator("input[name=besluit_datum]")).to_have_value("2026-11-20")
    expect(letter_form.locator("input[name=besluit_kenmerk]")).to_have_value("Z-12 & co")
    assert offsite(page, base_url) == []


def test_every_step_of_the_procedure_names_its_next_step_and_its_links_exist(page, base_url, axe_source):
    """One resident's months, visit by visit (the clock moves): each state names the next step,
    with a checklist, the plan or a letter, and every link leads to a page of the site."""
    open_dossier(page, base_url)
    nu = page.locator(f"{ROOT} [data-role=nu-inhoud]")
    expect(nu.locator(".dossier__kop")).to_contain_text("Begin met de datum van uw melding")
    seen = set()

    def visit(today: str, name: str, value: str, kop: str) -> None:
        page.clock.set_fixed_time(f"{today}T10:00:00")
        if name == "uitkomst":
            page.check(f"{ROOT} input[name=uitkomst][value={value}]")
        else:
            page.fill(f"{ROOT} input[name={name}]", value)
        assert settled(page) == "ready"
        expect(nu.locator(".dossier__kop")).to_contain_text(kop)
        for a in nu.locator("a").all():
            href = a.get_attribute("href")
            if a.get_attribute("data-brief"):
                assert href.startswith(base_url + "rekenhulp/brieven/#soort=" + a.get_attribute("data-brief"))
            seen.add(href.split("#")[0])

    visit("2026-12-01", "melding", "2026-10-01", "U mag nu de aanvraag doen")   # onderzoek ended 12 November
    page.click(f"{ROOT} [data-dossier-actie=wis]")
    visit("2026-10-05", "melding", "2026-10-01", "Schrijf uw persoonlijk plan, uiterlijk donderdag 8 oktober 2026")
    visit("2026-10-20", "gesprek", "2026-10-19", "Wacht op het verslag")
    visit("2026-11-03", "verslag", "2026-11-02", "Lees het verslag en doe uw aanvraag")
    visit("2026-11-10", "aanvraag", "2026-11-04", "Wacht op het besluit")
    visit("2026-11-25", "aanvraag", "2026-11-05", "De gemeente is te laat met het besluit")
    letter = nu.locator("a[data-brief=ingebrekestelling]").get_attribute("href")
    assert letter.endswith("#soort=ingebrekestelling&te_laat_met=aanvraag&aanvraag_datum=2026-11-05")
    visit("2026-11-27", "ingebrekestelling", "2026-11-26", "De gemeente moet nu snel beslissen")
    for t in termijnen("ingebrekestelling", "2026-11-26")["termijnen"]:       # the dwangsom, from the calculator
        expect(step(page, t["code"])).to_contain_text(t["einddatum_tekst"])
    visit("2026-12-01", "besluit", "2026-11-30", "Maak bezwaar")
    expect(nu).to_contain_text("Vul hierboven in wat de gemeente besliste.")
    visit("2026-12-01", "uitkomst", "afgewezen", "Maak bezwaar, uiterlijk maandag 11 januari 2027")
    assert_axe_clean(page, axe_source, "all dates")
    visit("2027-02-01", "uitkomst", "deels", "De termijn voor bezwaar is voorbij")
    visit("2027-04-06", "kenmerk", "B-7", "De termijn voor bezwaar is voorbij")
    expect(nu).to_contain_text("ingebrekestelling")
    visit("2027-04-06", "uitkomst", "toegekend", "U krijgt de hulp")
    for href in sorted(seen):
        assert href.startswith(base_url)
        with urllib.request.urlopen(href) as response:
            assert response.status == 200, href
    assert len(seen) >= 8 and base_url + "rekenhulp/brieven/" in seen


def test_a_date_the_calculator_does_not_cover_gets_its_message_at_the_field(page, base_url, axe_source):
    open_dossier(page, base_url)
    page.fill(f"{ROOT} input[name=besluit]", "2019-05-01")
    assert settled(page) == "ready"
    error = page.locator(f"{ROOT} [data-veld=besluit] .veld__fout")
    expect(error).to_be_visible()
    expect(error).to_contain_text("1 januari 2023")
    assert page.get_attribute(f"{ROOT} input[name=besluit]", "aria-invalid") == "true"
    page.fill(f"{ROOT} input[name=melding]", "1999-05-01")
    page.locator(f"{ROOT} input[name=gesprek]").focus()
    expect(page.locator(f"{ROOT} [data-veld=melding] .veld__fout")).to_contain_text("tussen 2000 en 2099")
    assert_axe_clean(page, axe_source, "field errors")


# ---- storage: only on opt-in ----

def test_nothing_is_stored_before_opting_in_and_a_stored_case_comes_back(page, base_url, axe_source):
    open_dossier(page, base_url)
    fill(page, CASE)
    assert own_keys(page) == []
    page.reload()
    page.wait_for_selector(f"{ROOT}[data-dossier-klaar]", state="attached")
    assert values(page)["melding"] == "" and own_keys(page) == []

    fill(page, CASE)
    page.check(f"{ROOT} input[name=bewaren]")
    stored = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))
    assert stored == {"versie": 1, "soort": "wmo-wegwijzer-dossier",
                      **{k: v for k, v in CASE.items() if v}}
    timeline = page.inner_text(f"{ROOT} [data-role=tijdlijn]")
    page.reload()
    page.wait_for_selector(f"{ROOT}[data-dossier-klaar]", state="attached")
    assert settled(page) == "ready"
    assert page.is_checked(f"{ROOT} input[name=bewaren]")
    assert values(page) == CASE
    assert page.inner_text(f"{ROOT} [data-role=tijdlijn]") == timeline
    expect(page.locator(f"{ROOT} [data-role=status]")).to_contain_text("Uw bewaarde datums staan er weer.")
    assert_axe_clean(page, axe_source, "stored")

    # Unticking removes it; ticking again and "Wis alles" removes it and empties the page.
    page.uncheck(f"{ROOT} input[name=bewaren]")
    assert own_keys(page) == []
    assert values(page)["melding"] == CASE["melding"]
    page.check(f"{ROOT} input[name=bewaren]")
    assert own_keys(page) == [KEY]
    page.click(f"{ROOT} [data-dossier-actie=wis]")
    assert own_keys(page) == []
    assert all(v == "" for k, v in values(page).items() if k != "uitkomst") and "uitkomst" not in values(page)
    assert not page.is_checked(f"{ROOT} input[name=bewaren]")
    expect(page.locator(f"{ROOT} [data-role=melding]")).to_contain_text("Alles is gewist")
    expect(page.locator(f"{ROOT} [data-role=tijdlijn]")).to_contain_text("Nog leeg")
    page.reload()
    page.wait_for_selector(f"{ROOT}[data-dossier-klaar]", state="attached")
    assert values(page)["melding"] == ""


def test_the_privacy_pages_delete_button_removes_the_stored_case(page, base_url):
    open_dossier(page, base_url)
    fill(page, {"melding": "2026-11-02"})
    page.check(f"{ROOT} input[name=bewaren]")
    assert own_keys(page) == [KEY]
    page.goto(base_url + "over/privacy/")
    page.get_by_role("button", name="Wis alles van deze site op dit apparaat").click()
    expect(page.locator("[data-wis-alles] [role=status]")).to_contain_text("is gewist")
    assert own_keys(page) == []
    open_dossier(page, base_url)
    assert values(page)["melding"] == "" and not page.is_checked(f"{ROOT} input[name=bewaren]")


def test_a_failed_save_unticks_removes_the_stored_copy_and_says_so(page, base_url):
    open_dossier(page, base_url)
    fill(page, {"melding": "2026-11-02"})
    page.check(f"{ROOT} input[name=bewaren]")
    assert own_keys(page) == [KEY]
    page.evaluate("""() => { Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError'); }; }""")
    page.fill(f"{ROOT} input[name=aanvraag]", "2026-11-16")
    settled(page)
    assert own_keys(page) == []
    assert not page.is_checked(f"{ROOT} input[name=bewaren]")
    expect(page.locator(f"{ROOT} [data-role=melding]")).to_contain_text("Bewaren lukte niet")
    assert values(page)["aanvraag"] == "2026-11-16"          # still on screen


def test_a_stored_copy_that_is_not_a_case_is_removed_not_shown(page, base_url):
    page.clock.set_fixed_time(TODAY)
    page.goto(base_url)
    page.evaluate("k => localStorage.setItem(k, JSON.stringify({versie: 1, soort: 'wmo-wegwijzer-dossier', "
                  "melding: '<img src=x onerror=alert(1)>'}))", KEY)
    page.goto(base_url + PAD)
    page.wait_for_selector(f"{ROOT}[data-dossier-klaar]", state="attached")
    assert own_keys(page) == [] and values(page)["melding"] == ""
    expect(page.locator(f"{ROOT} [data-role=melding]")).to_contain_text("kon niet worden gelezen")
    assert page.locator(f"{ROOT} img").count() == 0


# ---- the file ----

def save_file(page) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.get_by_role("button", name="Bewaar als bestand").click()
    download = info.value
    return download.suggested_filename, open(download.path(), "rb").read()


def test_a_saved_file_gives_the_same_timeline_in_a_fresh_browser_profile(page, browser, base_url, axe_source):
    open_dossier(page, base_url)
    fill(page, CASE)
    name, raw = save_file(page)
    assert name == "mijn-wmo-aanvraag-2026-12-01.json"
    data = json.loads(raw)
    assert data == {"versie": 1, "soort": "wmo-wegwijzer-dossier", **{k: v for k, v in CASE.items() if v}}
    timeline = page.inner_text(f"{ROOT} [data-role=tijdlijn]")
    nu = page.inner_text(f"{ROOT} [data-role=nu-inhoud]")
    assert own_keys(page) == []                              # a file is not storage

    fresh = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1400})
    try:
        other = fresh.new_page()
        other.requests = []
        other.on("request", lambda r: other.requests.append(r.url))
        open_dossier(other, base_url)
        assert pyodide_requests(other) == []
        other.set_input_files(f"{ROOT} input[type=file]", files=[
            {"name": name, "mimeType": "application/json", "buffer": raw}])
        expect(other.locator(f"{ROOT} [data-role=melding]")).to_contain_text("Het bestand is geopend")
        assert settled(other) == "ready"
        assert values(other) == CASE
        assert other.inner_text(f"{ROOT} [data-role=tijdlijn]") == timeline
        assert other.inner_text(f"{ROOT} [data-role=nu-inhoud]") == nu
        assert other.evaluate("Object.keys(localStorage)") == []
        assert_axe_clean(other, axe_source, "opened file")
    finally:
        fresh.close()


BAD_FILES = [
    ("not JSON", b"{versie: 1", "onleesbaar"),
    ("a list", b"[1, 2]", "geen bestand van Mijn aanvraag"),
    ("another program", json.dumps({"versie": 1, "soort": "iets-anders"}).encode(), "ander programma"),
    ("no version", json.dumps({"soort": "wmo-wegwijzer-dossier"}).encode(), "versienummer"),
    ("a future version", json.dumps({"versie": 2, "soort": "wmo-wegwijzer-dossier"}).encode(), "nieuwere versie"),
    ("an unknown key", json.dumps({"versie": 1, "soort": "wmo-wegwijzer-dossier", "bsn": "123"}).encode(),
     'niet kennen: "bsn"'),
    ("a date that does not exist", json.dumps({"versie": 1, "soort": "wmo-wegwijzer-dossier",
                                               "besluit": "2026-02-30"}).encode(), "datum van het besluit"),
    ("a year far away", json.dumps({"versie": 1, "soort": "wmo-wegwijzer-dossier",
                                    "melding": "1850-01-01"}).encode(), "datum van de melding"),
    ("a date as a number", json.dumps({"versie": 1, "soort": "wmo-wegwijzer-dossier",
                                       "aanvraag": 20261102}).encode(), "datum van de aanvraag"),
    ("an unknown outcome", json.dumps({"versie": 1, "soort": "wmo-wegwijzer-dossier",
                                       "uitkomst": "<script>alert(1)</script>"}).encode(), "wat de gemeente besliste"),
    ("a long reference", json.dumps({"versie": 1, "soort": "wmo-wegwijzer-dossier",
                                     "kenmerk": "x" * 61}).encode(), "kenmerk"),
    ("too large", json.dumps({"versie": 1, "soort": "wmo-wegwijzer-dossier",
                              "kenmerk": "x" * 110_000}).encode(), "te groot"),
]


def test_wrong_files_get_a_dutch_message_and_change_nothing(page, base_url, axe_source):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_dossier(page, base_url)
    # First without any date: a refused file starts no runtime.
    name, raw, reason = "x.json", BAD_FILES[2][1], BAD_FILES[2][2]
    page.set_input_files(f"{ROOT} input[type=file]", files=[{"name": name, "mimeType": "application/json", "buffer": raw}])
    expect(page.locator(f"{ROOT} [data-role=melding]")).to_contain_text(reason)
    page.wait_for_timeout(300)
    assert pyodide_requests(page) == []

    fill(page, {"melding": "2026-11-02", "besluit": "2026-11-20", "uitkomst": "afgewezen"})
    page.check(f"{ROOT} input[name=bewaren]")
    before = (values(page), page.evaluate("k => localStorage.getItem(k)", KEY),
              page.inner_text(f"{ROOT} [data-role=tijdlijn]"))
    for what, raw, reason in BAD_FILES:
        page.set_input_files(f"{ROOT} input[type=file]", files=[
            {"name": "mijn-wmo-aanvraag.json", "mimeType": "application/json", "buffer": raw}])
        message = page.locator(f"{ROOT} [data-role=melding]")
        expect(message).to_contain_text("kan niet worden geopend")
        expect(message).to_contain_text(reason)
        expect(message).to_contain_text("Er is niets veranderd.")
        assert settled(page) == "ready"
        after = (values(page), page.evaluate("k => localStorage.getItem(k)", KEY),
                 page.inner_text(f"{ROOT} [data-role=tijdlijn]"))
        assert after == before, what
        page.evaluate("() => { document.querySelector('[data-role=melding]').textContent = ''; }")
    page.set_input_files(f"{ROOT} input[type=file]", files=[
        {"name": "x.json", "mimeType": "application/json", "buffer": BAD_FILES[0][1]}])
    assert_axe_clean(page, axe_source, "file error")
    assert dialogs == [] and page.locator(f"{ROOT} script, {ROOT} img").count() == 0


# ---- the agenda file ----

def test_the_agenda_file_holds_every_future_open_deadline_and_follows_rfc_5545(page, base_url):
    open_dossier(page, base_url)
    fill(page, {"melding": "2026-11-02", "aanvraag": "2026-11-23", "besluit": "2026-11-27", "uitkomst": "deels"})
    with page.expect_download() as info:
        page.get_by_role("button", name="Zet in mijn agenda").click()
    download = info.value
    assert download.suggested_filename == "wmo-termijnen-2026-12-01.ics"
    lines = rfc5545_lines(open(download.path(), "rb").read())
    events = []
    for line in lines:
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and ":" in line and not line.startswith(("BEGIN:", "END:")):
            key, _, value = line.partition(":")
            events[-1].setdefault(key, value)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == len(events) > 0
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"} <= set(event), event
        assert event["DTSTAMP"] == "20261201T000000Z"
        assert event["DTSTART;VALUE=DATE"] >= "20261201"
        assert re.search(r"(?<!\\)[,;]", event["SUMMARY"]) is None
    uids = [e["UID"] for e in events]
    assert len(uids) == len(set(uids))
    # Exactly the open deadlines the timeline shows as still to come, no more.
    shown = page.eval_on_selector_all(
        f"{ROOT} [data-role=tijdlijn] li[data-code]:is([data-status=komt],[data-status=vandaag])",
        "ls => ls.map(l => l.dataset.code)")
    assert sorted(u.split("-")[0] for u in uids) == sorted(shown)
    assert "onderzoek" not in shown and "beschikking" not in shown       # moot after the besluit
    bezwaar = termijnen("besluit", "2026-11-27")["termijnen"][0]
    assert bezwaar["einddatum"].replace("-", "") in {e["DTSTART;VALUE=DATE"] for e in events}
    expect(page.locator(f"{ROOT} [data-role=melding]")).to_contain_text("agendabestand")


# ---- keyboard, phone, offline ----

def date_keys(context, iso: str) -> str:
    """What to type into Chromium's date field for ``iso``: its field order follows the browser's locale."""
    probe = context.new_page()
    probe.set_content('<input type="date" id="d">')
    probe.focus("#d")
    probe.keyboard.type("02112026")
    order = probe.input_value("#d")
    probe.close()
    y, m, d = iso.split("-")
    return {"2026-02-11": m + d + y, "2026-11-02": d + m + y}[order]


def tab_to(page, selector: str, limit: int = 250) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_whole_flow_works_by_keyboard_only(page, base_url):
    open_dossier(page, base_url)
    keys = date_keys(page.context, "2026-11-02")
    tab_to(page, f"{ROOT} input[name=melding]")
    page.keyboard.type(keys)
    tab_to(page, f"{ROOT} input[name=besluit]")
    page.keyboard.type(date_keys(page.context, "2026-11-20"))
    assert settled(page) == "ready"
    tab_to(page, f"{ROOT} input[name=uitkomst]")
    page.keyboard.press("ArrowDown")                       # radio group: the arrow moves the choice
    page.keyboard.press("ArrowDown")
    assert page.is_checked(f"{ROOT} input[name=uitkomst][value=afgewezen]")
    assert settled(page) == "ready"
    expect(page.locator(f"{ROOT} [data-role=nu-inhoud]")).to_contain_text("Maak bezwaar")
    tab_to(page, f"{ROOT} [data-role=nu-inhoud] a")       # the next step's links are reachable
    tab_to(page, f"{ROOT} [data-dossier-actie=agenda]")
    with page.expect_download() as agenda:
        page.keyboard.press("Enter")
    assert agenda.value.suggested_filename.endswith(".ics")
    tab_to(page, f"{ROOT} input[name=bewaren]")
    page.keyboard.press("Space")
    assert own_keys(page) == [KEY]
    tab_to(page, f"{ROOT} [data-dossier-actie=bestand]")
    with page.expect_download() as bestand:
        page.keyboard.press("Enter")
    assert json.loads(open(bestand.value.path(), "rb").read())["besluit"] == "2026-11-20"
    tab_to(page, f"{ROOT} [data-dossier-actie=wis]")
    page.keyboard.press("Enter")
    assert own_keys(page) == [] and values(page)["melding"] == ""
    tab_to(page, f"{ROOT} input[type=file]")                 # the file input is reachable too
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_a_phone_of_390_px_with_touch(browser, base_url, axe_source):
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844}, has_touch=True,
                                  is_mobile=True, device_scale_factor=2)
    try:
        page = context.new_page()
        open_dossier(page, base_url)
        page.locator(f"{ROOT} input[name=melding]").tap()
        page.fill(f"{ROOT} input[name=melding]", "2026-11-02")
        page.fill(f"{ROOT} input[name=aanvraag]", "2026-11-16")
        assert settled(page) == "ready"
        page.locator(f"label[for=dossier-bewaren]").tap()
        assert page.is_checked(f"{ROOT} input[name=bewaren]")
        expect(page.locator(f"{ROOT} [data-role=nu-inhoud]")).to_contain_text("te laat")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        small = page.eval_on_selector_all(
            f"{ROOT} button, {ROOT} input:not([type=radio]):not([type=checkbox])",
            "els => els.filter(e => e.offsetParent && e.getBoundingClientRect().height < 44)"
            ".map(e => e.outerHTML.slice(0, 80))")
        assert small == []
        with page.expect_download() as info:
            page.get_by_role("button", name="Zet in mijn agenda").tap()
        assert info.value.suggested_filename.endswith(".ics")
        assert_axe_clean(page, axe_source, "phone")
    finally:
        context.close()


def test_once_used_the_page_works_offline(browser, site_dir):
    import sys
    sys.path.insert(0, str(REPO / "scripts"))
    from benchmark import Server
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(120_000)
    try:
        with Server(site_dir) as host:
            page = context.new_page()
            page.clock.set_fixed_time(TODAY)
            page.goto(host.url + PAD)
            page.fill(f"{ROOT} input[name=melding]", "2026-11-02")
            assert settled(page) == "ready"
            page.wait_for_selector(f"{ROOT}[data-offline=ready]", state="attached")
            page.close()
            context.set_offline(True)
            host.down = True
            host.take()
            page = context.new_page()
            page.clock.set_fixed_time(TODAY)
            page.goto(host.url + PAD)
            page.fill(f"{ROOT} input[name=besluit]", "2026-11-20")
            assert settled(page) == "ready", page.get_attribute(ROOT, "data-error")
            expect(step(page, "bezwaar")).to_contain_text("maandag 4 januari 2027")
            assert [r["path"] for r in host.take() if r["path"] != "/sw.js"] == []
    finally:
        context.close()

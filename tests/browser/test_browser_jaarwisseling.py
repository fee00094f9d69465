"""A visitor after New Year: Chromium with its clock moved by libfaketime (Debian ``faketime``), the site
as built. The page takes the month and the notice from the runtime's own clock (rekenhulp.js
``takeDefaults``), so the default form gets an amount, never "kennen wij de regels nog niet".

The fake day is taken from the calculators' own coverage: five days after the last day they know
(5 January 2027 with the figures of 2026), so these tests keep testing the turn of the year after
the yearly update too."""
from __future__ import annotations

import glob
import json
import os
from datetime import date, timedelta

import pytest

from browser_helpers import axe_violations, offsite, wait_ready
from calculators.api import run_json
from conftest import CHROMIUM_FLAGS, chromium_path

pytestmark = pytest.mark.browser


def gedekt_tot(calculator: str) -> date:
    answer = json.loads(run_json(json.dumps({"v": 1, "calculator": calculator, "action": "questions"})))
    return date.fromisoformat(answer["result"]["gedekt"]["tot"])


def libfaketime() -> str:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1") + glob.glob("/usr/lib/faketime/libfaketime.so.1"))
    if not found:
        pytest.fail("libfaketime is missing: install Debian's faketime (scripts/setup.sh --browser does). "
                    "Browser tests never skip.")
    return found[0]


def launch_at(browser_type, dag: date):
    """Chromium whose clock starts at 10:00 on ``dag`` and then runs on (its workers too). As
    ``faketime`` sets it; FAKETIME_DONT_FAKE_MONOTONIC makes this Chromium take minutes to start."""
    env = {**os.environ, "LD_PRELOAD": libfaketime(), "FAKETIME": f"@{dag.isoformat()} 10:00:00"}
    return browser_type.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS, env=env)


@pytest.fixture
def page_at(browser, base_url):
    """``page_at(dag, path)``: a page opened by a second Chromium (launched by the session's
    Playwright) that believes it is ``dag``."""
    browsers = []

    def open_(dag: date, path: str):
        faked = launch_at(browser.browser_type, dag)
        browsers.append(faked)
        page = faked.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1400}).new_page()
        page.requests = []
        page.on("request", lambda r: page.requests.append(r.url))
        page.set_default_timeout(60_000)
        page.goto(base_url + path)
        assert page.evaluate("new Date().toISOString().slice(0, 10)") == dag.isoformat(), \
            "libfaketime did not move Chromium's clock"
        assert wait_ready(page) == "ready", page.get_attribute("[data-calculator]", "data-error")
        return page

    yield open_
    for faked in browsers:
        faked.close()


def test_after_new_year_the_default_form_answers_with_the_last_known_month(page_at, base_url, axe_source):
    tot = gedekt_tot("eigen_bijdrage")          # 31 December 2026
    dag = tot + timedelta(days=5)                # 5 January 2027
    page = page_at(dag, "rekenhulp/eigen-bijdrage/")
    melding = page.locator("[data-calculator] [data-role=melding]")
    melding.wait_for(state="visible")
    assert melding.inner_text().startswith(f"Het bedrag voor {dag.year} kennen wij nog niet.")
    assert page.input_value("[name=peildatum]") == tot.isoformat()[:7]   # the runtime's default, as it was left
    page.fill("[name=geboortedatum]", "1950-05-05")
    page.check("[name=huishouden][value=alleenstaand]")
    page.check("[name=voorzieningen][value=maatwerk]")
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden]), [data-role=errors]:not([hidden])")
    assert page.locator("[data-role=errors]:not([hidden])").count() == 0, page.inner_text("[data-role=errors]")
    kop = page.inner_text("[data-role=result] .rekenhulp__kop")
    assert kop == (f"Het bedrag voor {dag.year} kennen wij nog niet. Dit is het bedrag van december {tot.year}: "
                   "u betaalt € 21,80 per maand.")
    assert f"december {tot.year}" in kop and "2026" in kop   # with today's figures: 2026 is the last known year
    assert "hetcak.nl" in page.inner_text("[data-role=result]")
    assert axe_violations(page, axe_source) == []
    assert offsite(page, base_url) == []


def test_past_the_known_free_days_the_termijnen_page_says_so_above_the_form(page_at):
    dag = gedekt_tot("termijnen") + timedelta(days=5)   # 5 January 2029
    page = page_at(dag, "rekenhulp/termijnen/")
    melding = page.locator("[data-calculator] [data-role=melding]")
    melding.wait_for(state="visible")
    assert "kennen wij nog niet alle vrije dagen" in melding.inner_text()
    assert "Staatscourant" in melding.inner_text()

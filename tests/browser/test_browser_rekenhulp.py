"""The calculators in real Chromium: the form from `questions`, results, errors, parity with
CPython for every legal case, accessibility in every state, and the fallback when Pyodide fails."""
import json
import re
import time

import pytest

import browser_helpers
from browser_helpers import axe_violations, offsite, wait_ready
from calculators.api import run_json
from cases_loader import load, request

pytestmark = pytest.mark.browser
PAGES = {"eigen_bijdrage": "rekenhulp/eigen-bijdrage/", "toegang": "rekenhulp/toegang/",
         "termijnen": "rekenhulp/termijnen/", "brieven": "rekenhulp/brieven/"}
CASES = load()
RECORD_STATUS = """
new MutationObserver(() => {
  const root = document.querySelector('[data-calculator]');
  if (root) (window.__statuses ||= []).push(root.dataset.status);
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-status']});
"""


def open_calculator(page, base_url, calculator):
    page.add_init_script(RECORD_STATUS)
    start = time.perf_counter()
    page.goto(base_url + PAGES[calculator])
    assert wait_ready(page) == "ready", page.get_attribute("[data-calculator]", "data-error")
    return time.perf_counter() - start


def fill(page, invoer: dict):
    """Answer the rendered form from a case input; the gemeente's choices are no question."""
    browser_helpers.fill(page, {k: v for k, v in invoer.items() if k != "gemeente"})


def first_case(calculator):
    return next(c for c in CASES if c[1] == calculator and "fout" not in c[3]
                and "gemeente" not in c[2] and all(not isinstance(v, (dict, list)) or
                                                   all(isinstance(x, str) for x in v)
                                                   for v in c[2].values()))


def test_eigen_bijdrage_end_to_end(page, base_url):
    seconds = open_calculator(page, base_url, "eigen_bijdrage")
    print(f"\npage load to data-status=ready: {seconds:.2f} s")
    fill(page, {"peildatum": "2026-03", "geboortedatum": "1950-05-05", "huishouden": "alleenstaand",
                "voorzieningen": ["maatwerk", "hulpmiddel_woningaanpassing"], "kostprijs_eurocent": "570"})
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden])")
    text = page.inner_text("[data-role=result]")
    assert "U betaalt € 21,80 per maand over maart 2026." in text
    assert "26 termijnen" in text
    assert page.locator("[data-role=result] a[href^='https://wetten.overheid.nl/']").count() >= 2
    statuses = [s for i, s in enumerate(page.evaluate("window.__statuses"))
                if i == 0 or s != page.evaluate("window.__statuses")[i - 1]]
    assert statuses[:3] == ["loading", "ready", "busy"] and statuses[-1] == "ready", statuses
    assert page.evaluate("document.activeElement.dataset.role") == "result"
    assert offsite(page, base_url) == []


def test_partner_field_appears_only_when_it_applies(page, base_url):
    open_calculator(page, base_url, "eigen_bijdrage")
    partner = page.locator("[data-veld=partner_geboortedatum]")
    assert partner.is_hidden()
    page.check("[name=huishouden][value=samen]")
    assert partner.is_visible()
    page.check("[name=huishouden][value=alleenstaand]")
    assert partner.is_hidden()


STALE_DEFAULT = (re.compile(r'("id": "peildatum".*?"default": ")\d{4}-\d{2}"'),   # the questions
                 re.compile(r'(<input id="eigen_bijdrage-peildatum"[^>]*value=")\d{4}-\d{2}"'))   # the form


def serve_with_stale_default(page, base_url):
    """The page as if built in January 2000: its month default differs from the runtime's."""
    def stale(route):
        html = route.fetch().text()
        for pattern in STALE_DEFAULT:
            html, n = pattern.subn(r'\g<1>2000-01"', html)
            assert n == 1, pattern
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)
    page.route(base_url + PAGES["eigen_bijdrage"], stale)


def hold_runtime(page) -> list:
    held = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    return held


def release_runtime(page, held: list):
    deadline = time.monotonic() + 30
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert held, "the runtime's wasm was never requested"
    held[0].continue_()


def test_the_form_can_be_answered_and_sent_while_the_runtime_loads(page, base_url, axe_source):
    page.add_init_script(RECORD_STATUS)
    serve_with_stale_default(page, base_url)
    held = hold_runtime(page)
    page.goto(base_url + PAGES["eigen_bijdrage"])
    fill(page, {"peildatum": "2026-03", "geboortedatum": "1950-05-05", "huishouden": "alleenstaand",
                "voorzieningen": ["maatwerk", "hulpmiddel_woningaanpassing"], "kostprijs_eurocent": "570"})
    page.click("[data-calculator] button[type=submit]")
    assert page.get_attribute("[data-calculator]", "data-status") == "loading"
    assert "Zodra hij klaar is, ziet u de uitkomst" in page.inner_text("[data-role=status]")
    assert axe_violations(page, axe_source) == []
    release_runtime(page, held)
    page.wait_for_selector("[data-role=result]:not([hidden])", timeout=60_000)
    # what the visitor typed wins over the runtime's default for the month
    assert "U betaalt € 21,80 per maand over maart 2026." in page.inner_text("[data-role=result]")
    statuses = [s for i, s in enumerate(page.evaluate("window.__statuses"))
                if i == 0 or s != page.evaluate("window.__statuses")[i - 1]]
    assert statuses == ["loading", "ready", "busy", "ready"], statuses


def test_a_default_that_depends_on_the_day_comes_from_the_runtime(page, base_url):
    serve_with_stale_default(page, base_url)
    held = hold_runtime(page)
    page.goto(base_url + PAGES["eigen_bijdrage"])
    assert page.input_value("[name=peildatum]") == "2000-01"   # the form shows before the runtime
    release_runtime(page, held)
    assert wait_ready(page) == "ready"
    # the calculators' own default on this machine's day: this month, or the last month they know
    native = json.loads(run_json('{"v": 1, "calculator": "eigen_bijdrage", "action": "questions"}'))
    month = next(q["default"] for q in native["result"]["questions"] if q["id"] == "peildatum")
    page.wait_for_function(f"document.querySelector('[name=peildatum]').value === '{month}'")


def test_an_optional_choice_can_be_taken_back(page, base_url):
    open_calculator(page, base_url, "eigen_bijdrage")
    page.check("[name=opvang][value=ja]")
    page.click("[data-veld=opvang] .veld__wis")
    assert page.locator("[name=opvang]:checked").count() == 0


def test_bad_input_gets_a_dutch_message_next_to_the_field_and_keeps_the_work(page, base_url, axe_source):
    open_calculator(page, base_url, "eigen_bijdrage")
    page.fill("[name=geboortedatum]", "1950-05-05")
    page.check("[name=voorzieningen][value=hulpmiddel_woningaanpassing]")
    page.fill("[name=kostprijs_eurocent]", "twaalf euro")
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-veld=kostprijs_eurocent] .veld__fout:not([hidden])")
    assert "Vul een bedrag in euro in" in page.inner_text("[data-veld=kostprijs_eurocent] .veld__fout")
    assert page.inner_text("[data-veld=huishouden] .veld__fout") == "Vul deze vraag in."
    assert page.get_attribute("[name=kostprijs_eurocent]", "aria-invalid") == "true"
    assert page.evaluate("document.activeElement.dataset.role") == "errors"
    assert page.input_value("[name=geboortedatum]") == "1950-05-05"   # nothing lost
    assert page.get_attribute("[data-calculator]", "data-status") == "ready"
    assert axe_violations(page, axe_source) == []


def test_a_year_without_known_rules_says_which_years_are_covered(page, base_url):
    open_calculator(page, base_url, "eigen_bijdrage")
    fill(page, {"peildatum": "2027-01", "geboortedatum": "1950-05-05", "huishouden": "alleenstaand",
                "voorzieningen": ["maatwerk"]})
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-veld=peildatum] .veld__fout:not([hidden])")
    assert "2019 tot en met 2026" in page.inner_text("[data-veld=peildatum] .veld__fout")


@pytest.mark.parametrize("calculator", sorted(PAGES))
def test_keyboard_only(page, base_url, calculator):
    """Tab through the whole form, answer each question with Space (its first option), submit with
    Enter. Date and month fields get their text set directly: typed date entry depends on the locale,
    and a default that follows today would make the outcome depend on the day the test runs."""
    open_calculator(page, base_url, calculator)
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('[data-role=form]')"):
            break
    else:
        pytest.fail("the form cannot be reached with Tab")
    for _ in range(400):
        focus = page.evaluate("""(() => { const e = document.activeElement;
            const group = e.name ? [...e.form.elements].filter(x => x.name === e.name) : [];
            return {tag: e.tagName, type: e.type, answered: group.some(x => x.checked),
                    value: e.value, inForm: !!e.closest('[data-role=form]')}; })()""")
        if focus["type"] == "submit":
            page.keyboard.press("Enter")
            break
        assert focus["inForm"], "focus left the form before reaching the submit button"
        if focus["type"] in ("radio", "checkbox") and not focus["answered"]:
            page.keyboard.press("Space")
        elif focus["type"] in ("date", "month"):
            page.evaluate(f"document.activeElement.value = '{'2026-03-02' if focus['type'] == 'date' else '2026-03'}'")
            page.evaluate("document.activeElement.dispatchEvent(new Event('change', {bubbles: true}))")
        page.keyboard.press("Tab")
    else:
        pytest.fail("the submit button cannot be reached with Tab")
    page.wait_for_selector("[data-role=result]:not([hidden]), [data-role=errors]:not([hidden])")
    assert page.locator("[data-role=result]:not([hidden])").count() == 1, \
        page.inner_text("[data-role=errors]")


@pytest.mark.parametrize("calculator", sorted(PAGES))
def test_result_and_error_states_are_accessible(page, base_url, axe_source, calculator):
    open_calculator(page, base_url, calculator)
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=errors]:not([hidden]), [data-role=result]:not([hidden])")
    assert axe_violations(page, axe_source) == []
    fill(page, first_case(calculator)[2])
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden])")
    assert axe_violations(page, axe_source) == []


def test_every_case_gives_the_same_answer_in_pyodide(page, base_url):
    """Parity: every case file, in the real worker and wheel of the built site."""
    open_calculator(page, base_url, "eigen_bijdrage")
    requests = [request(c[1], c[2], c[4]) for c in CASES]
    responses = page.evaluate("""async (requests) => {
      const root = document.querySelector('[data-calculator]');
      const worker = new Worker(new URL('assets/js/rekenhulp-worker.mjs', document.baseURI.replace(/rekenhulp\\/.*$/, '')), {type: 'module'});
      const answers = new Map();
      worker.onmessage = ({data}) => { if (data.id) answers.get(data.id)?.(data); };
      const send = (id, msg) => new Promise((resolve) => { answers.set(id, resolve); worker.postMessage({v: 1, id, ...msg}); });
      await send(1, {type: 'init', wheel: root.dataset.wheel, stdlib: root.dataset.stdlib});
      const out = [];
      for (let i = 0; i < requests.length; i++) out.push((await send(i + 2, {type: 'run', request: requests[i]})).response);
      worker.terminate();
      return out;
    }""", requests)
    assert len(responses) == len(CASES) > 60
    mismatches = [CASES[i][0] for i, (req, got) in enumerate(zip(requests, responses))
                  if json.loads(got) != json.loads(run_json(req))]
    assert mismatches == []
    print(f"\nparity: {len(CASES)} cases identical in Pyodide and CPython")


def test_when_pyodide_cannot_load_the_page_falls_back_within_5_seconds(page, base_url):
    page.route("**/*.wasm", lambda route: route.abort())
    page.goto(base_url + PAGES["eigen_bijdrage"])
    start = time.perf_counter()
    page.wait_for_function("document.querySelector('[data-calculator]').dataset.status === 'error'",
                           timeout=5000)
    assert time.perf_counter() - start < 5
    assert "kon niet starten" in page.inner_text("[data-role=status]")
    assert page.locator("table").first.is_visible()   # the tariff table still helps


def test_without_javascript_the_page_still_explains(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGES["eigen_bijdrage"])
    assert "alleen met JavaScript" in page.inner_text("[data-calculator]")
    assert page.locator("[data-role=form]").is_hidden()   # a form without a script could not answer
    assert page.locator("[data-calculator] button[type=submit]").is_disabled()
    assert "€ 21,80" in page.inner_text("table")
    context.close()


def test_answers_in_the_fragment_fill_any_calculator_without_sending_it(page, base_url):
    """The prefill contract between pages (rekenhulp.js): URL-encoded answers keyed by question id;
    unknown keys are ignored, nothing is submitted, nothing leaves the page."""
    page.goto(base_url + PAGES["termijnen"] + "#gebeurtenis=besluit&datum=2026-11-13&adviescommissie=ja"
              "&onbekend=%3Cb%3E&gebeurtenis_x=1")
    assert wait_ready(page) == "ready"
    assert page.is_checked("[name=gebeurtenis][value=besluit]")
    assert page.input_value("[name=datum]") == "2026-11-13"
    assert page.is_checked("[name=adviescommissie][value=ja]")
    assert page.locator("[data-veld=adviescommissie]").is_visible()
    page.wait_for_timeout(300)
    assert page.locator("[data-role=result]").is_hidden()
    assert not [u for u in page.requests if "2026-11-13" in u or "onbekend" in u]
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden])")
    assert "maandag 28 december 2026" in page.inner_text("[data-role=result]")

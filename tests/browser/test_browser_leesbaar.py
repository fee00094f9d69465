"""Reading help and readability (issue 18, the interface half) in real Chromium, on a desktop, on a
phone (390 px, touch) and at 200 %:

- "Lees voor" (leesvoor.js) speaks the article through the browser's speech synthesis, which a
  stub records (init script): Dutch, in short pieces, without the controls, code or hidden text;
  pause, resume and stop; a visible Dutch message when there is no speech synthesis or no voice.
- Glossary terms (begrippen.js) explain themselves on tap, click, hover and keyboard focus, close on
  Escape and on a tap elsewhere, never tick a checklist box, and stay inside the screen.
- Text in the content is never smaller than the body text, titles are not grey, tables fit a phone,
  whole home cards are tappable, the chrome speaks Dutch.
- Calculator error summaries name and link each question; the plan is kept for the visit;
  search finds "Wat kost hulp uit de Wmo?" for "kosten" and labels professionals' pages; the
  gespreksleidraad prints as a form.

200 %: Chromium's page zoom at 200 % on a 1280 px window lays the page out as a 640 px window whose
CSS pixels are twice as big (``ZOOM_200``: 640 px, device scale factor 2). Text-only zoom ("make text
bigger", WCAG 1.4.4) doubles the root font size instead; ``TEXT_200`` combines both (640 px and a root
font of 200 %), the harshest case, and is the one the tooltip and table checks use.
"""
from __future__ import annotations

import re

import pytest

from browser_helpers import axe_violations, offsite, site_pages, wait_ready
from conftest import SITE

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
ZOOM_200 = {"viewport": {"width": 640, "height": 720}, "device_scale_factor": 2}
TEXT_200 = {"viewport": {"width": 640, "height": 720}}
ROOT_200 = "document.documentElement.style.fontSize = '200%'"
PAGES = site_pages(SITE) if SITE.exists() else []
STAPPEN = "hulp-vragen/stappen/"
TIP = "#begrip-uitleg"


@pytest.fixture
def context_of(browser):
    """Open browser contexts with the site's locale; all closed after the test."""
    opened = []

    def open_(init_script: str | None = None, **options):
        ctx = browser.new_context(locale="nl-NL", **options)
        if init_script:
            ctx.add_init_script(init_script)
        opened.append(ctx)
        pg = ctx.new_page()
        pg.set_default_timeout(30_000)
        pg.requests = []
        pg.on("request", lambda r: pg.requests.append(r.url))
        return pg
    yield open_
    for ctx in opened:
        ctx.close()


# ---- Lees voor ----

# A recording stand-in for the browser's speech synthesis. Each utterance "takes" window.__duur ms
# unless paused; cancel() drops the queue and reports "interrupted", as Chromium does.
SPEECH_STUB = """
(() => {
  window.__spoken = [];
  window.__calls = [];
  window.__duur = %(duur)d;
  const voices = %(voices)s;
  class Utterance {
    constructor(text) { this.text = text; this.lang = ""; this.voice = null; this.onend = null; this.onerror = null; }
  }
  let queue = [], current = null, timer = 0, left = 0, startedAt = 0;
  const synth = {
    paused: false,
    get speaking() { return Boolean(current); },
    getVoices() { return voices; },
    addEventListener() {}, removeEventListener() {},
    speak(u) { queue.push(u); if (!current && !this.paused) next(); },
    pause() { window.__calls.push("pause"); this.paused = true; if (current) { clearTimeout(timer); left -= Date.now() - startedAt; } },
    resume() { window.__calls.push("resume"); if (!this.paused) return; this.paused = false; if (current) run(left); else next(); },
    cancel() {
      window.__calls.push("cancel");
      clearTimeout(timer);
      const dropped = current; current = null; queue = [];
      if (dropped && dropped.onerror) dropped.onerror({ error: "interrupted" });
    },
  };
  function run(ms) { startedAt = Date.now(); left = ms; timer = setTimeout(() => { const u = current; current = null; if (u.onend) u.onend({}); if (!current) next(); }, ms); }
  function next() {
    if (synth.paused || current || !queue.length) return;
    current = queue.shift();
    window.__spoken.push({ text: current.text, lang: current.lang, voice: current.voice && current.voice.name });
    run(window.__duur);
  }
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
})();
"""
DUTCH = '[{name: "Xander", lang: "nl-NL", localService: true}, {name: "Daniel", lang: "en-GB", localService: true}]'
ENGLISH = '[{name: "Daniel", lang: "en-GB", localService: true}]'
NO_SPEECH = """
Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
Object.defineProperty(window, "SpeechSynthesisUtterance", { value: undefined, configurable: true });
"""


def speech(voices: str = DUTCH, duur: int = 1) -> str:
    return SPEECH_STUB % {"voices": voices, "duur": duur}


def spoken(page) -> list[dict]:
    return page.evaluate("window.__spoken")


def read_all(page) -> list[dict]:
    """Click "Lees voor" and wait until the whole page has been spoken (the button comes back)."""
    page.get_by_role("button", name="Lees voor").click()
    page.wait_for_function("window.__spoken.length > 0")
    page.get_by_role("button", name="Lees voor").wait_for(state="visible", timeout=60_000)
    return spoken(page)


def test_every_content_page_has_the_lees_voor_button(site_dir):
    for path in site_pages(site_dir):
        html = (site_dir / path / "index.html").read_text(encoding="utf-8")
        assert re.search(r"<button[^>]*data-leesvoor-start[^>]*>.*?Lees voor\s*</button>", html, re.S), path


def test_lees_voor_is_there_at_first_paint_and_gone_without_javascript(browser, base_url):
    """In the HTML, so nothing moves when the script runs (Lighthouse CLS); a button that cannot
    speak without JavaScript is not shown then."""
    for scripts in (True, False):
        ctx = browser.new_context(java_script_enabled=scripts)
        try:
            page = ctx.new_page()
            page.goto(base_url + STAPPEN)
            assert page.get_by_role("button", name="Lees voor").is_visible() == scripts
        finally:
            ctx.close()


def test_lees_voor_speaks_the_article_in_dutch_piece_by_piece(context_of, base_url):
    page = context_of(speech(), viewport={"width": 1280, "height": 1000})
    page.goto(base_url + STAPPEN)
    utterances = read_all(page)
    texts = [u["text"] for u in utterances]
    everything = " ".join(texts)
    assert len(texts) > 20
    assert {u["lang"] for u in utterances} == {"nl-NL"}
    assert {u["voice"] for u in utterances} == {"Xander"}
    assert texts[0] == page.locator("article h1").inner_text().rstrip("¶").strip()   # the title first
    assert "Lees voor" not in everything and "Pauzeer" not in everything and "¶" not in everything
    # The glossary's explanation is not read: the term is ("melding"), its tooltip text is not.
    uitleg = page.locator("article abbr").first.get_attribute("data-uitleg")
    assert uitleg and uitleg not in everything
    # A stacked table reads each cell with its column's header.
    assert "Stap: 1. Melding" in texts
    assert all(len(t) <= 220 for t in texts)
    last = page.locator("article > :is(p, ul, ol)").last.inner_text().split("\n")[-1].strip()
    assert last and last[:40] in everything   # to the end of the page
    assert page.locator(".leesvoor--nu").count() == 0   # the highlight goes when it is done
    assert offsite(page, base_url) == []


def test_a_long_page_is_read_to_its_end_in_short_pieces(context_of, base_url):
    page = context_of(speech(), viewport={"width": 1280, "height": 1000})
    page.goto(base_url + "kosten/eigen-bijdrage/")
    texts = [u["text"] for u in read_all(page)]
    assert len(texts) > 100 and max(map(len, texts)) <= 220
    words = len(" ".join(texts).split())
    article_words = len(page.locator("article").inner_text().split())
    assert words > 0.8 * article_words, (words, article_words)


def test_code_hidden_text_and_controls_are_not_read(context_of, base_url):
    page = context_of(speech(), viewport={"width": 1280, "height": 1000})
    page.goto(base_url + "over/voor-gemeenten/")
    code = page.locator("article p code").first.inner_text()
    page.evaluate("""() => {
        const h1 = document.querySelector('article h1');
        h1.insertAdjacentHTML('afterend', '<p hidden>VERBORGEN EEN</p><p style="display:none">VERBORGEN TWEE</p>'
          + '<p aria-hidden="true">VERBORGEN DRIE</p><p style="visibility:hidden">VERBORGEN VIJF</p>'
          + '<p>Zichtbaar <span hidden>VERBORGEN VIER</span> blijft.</p>');
    }""")
    everything = " ".join(u["text"] for u in read_all(page))
    assert "VERBORGEN" not in everything
    assert "Zichtbaar blijft." in everything
    assert code and code not in everything


def test_pause_resume_and_stop(context_of, base_url):
    page = context_of(speech(duur=400), **PHONE)
    page.goto(base_url + STAPPEN)
    page.get_by_role("button", name="Lees voor").tap()
    pause = page.get_by_role("button", name="Pauzeer")
    pause.wait_for(state="visible")
    assert page.get_by_role("button", name="Lees voor").is_hidden()
    page.wait_for_function("window.__spoken.length >= 2")
    pause.tap()
    assert page.evaluate("speechSynthesis.paused") is True
    count = len(spoken(page))
    page.wait_for_timeout(1200)
    assert len(spoken(page)) == count   # nothing new while paused
    assert page.locator(".leesvoor--nu").count() == 1   # the piece being read stays marked
    page.get_by_role("button", name="Ga verder").tap()
    page.wait_for_function(f"window.__spoken.length > {count}")
    page.get_by_role("button", name="Stop met voorlezen").tap()
    assert "cancel" in page.evaluate("window.__calls")
    start = page.get_by_role("button", name="Lees voor")
    start.wait_for(state="visible")
    stopped = len(spoken(page))
    page.wait_for_timeout(1000)
    assert len(spoken(page)) == stopped
    assert page.locator(".leesvoor--nu").count() == 0
    assert page.get_by_role("button", name="Pauzeer").is_hidden()
    assert page.evaluate("document.activeElement.matches('[data-leesvoor-start]')")


@pytest.mark.parametrize("script,message", [
    (speech(voices="[]"), "geen stem"),
    (NO_SPEECH, "werkt niet in deze browser"),
    ("delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;", "werkt niet in deze browser"),
], ids=["no-voice", "no-speech-synthesis", "deleted"])
def test_without_a_voice_the_button_says_so(context_of, base_url, axe_source, script, message):
    page = context_of(script, **PHONE)
    page.goto(base_url + STAPPEN)
    melding = page.locator("[data-leesvoor-melding]")
    assert melding.is_hidden()
    page.get_by_role("button", name="Lees voor").tap()
    melding.wait_for(state="visible", timeout=5_000)
    assert message in melding.inner_text()
    assert melding.get_attribute("role") == "status"
    assert page.get_by_role("button", name="Lees voor").is_visible()
    if "__spoken" in script:
        assert spoken(page) == []
    assert axe_violations(page, axe_source) == []


def test_only_other_languages_reads_on_and_says_there_is_no_dutch_voice(context_of, base_url):
    page = context_of(speech(voices=ENGLISH, duur=200), viewport={"width": 1280, "height": 1000})
    page.goto(base_url + STAPPEN)
    page.get_by_role("button", name="Lees voor").click()
    page.wait_for_function("window.__spoken.length >= 1")
    assert "geen Nederlandse stem" in page.locator("[data-leesvoor-melding]").inner_text()
    assert spoken(page)[0]["lang"] == "nl-NL"


def test_reading_state_passes_axe(context_of, base_url, axe_source):
    page = context_of(speech(duur=5000), viewport={"width": 1280, "height": 1000})
    page.goto(base_url + STAPPEN)
    page.get_by_role("button", name="Lees voor").click()
    page.get_by_role("button", name="Pauzeer").wait_for(state="visible")
    assert axe_violations(page, axe_source) == []


# ---- tap to explain ----

def tip_shown(page) -> bool:
    return page.locator(TIP).is_visible()


def test_a_glossary_term_explains_itself_on_tap_on_a_phone(context_of, base_url, axe_source):
    page = context_of(**PHONE)
    page.goto(base_url + STAPPEN)
    term = page.locator("article p abbr").first
    uitleg = term.get_attribute("data-uitleg")
    assert uitleg and term.get_attribute("title") is None   # Material's hover tooltip is not used
    term.tap()
    assert tip_shown(page) and page.locator(TIP).inner_text() == uitleg
    assert page.locator(".md-tooltip2").count() == 0
    assert axe_violations(page, axe_source) == []
    page.locator("article h1").tap()   # a tap elsewhere
    assert not tip_shown(page)
    term.tap()
    assert tip_shown(page)
    page.keyboard.press("Escape")
    assert not tip_shown(page)
    # Screen readers get the explanation as the term's description, shown or not.
    described = page.evaluate("t => document.getElementById(t.getAttribute('aria-describedby')).textContent",
                              term.element_handle())
    assert described == uitleg


def test_a_glossary_term_explains_itself_on_keyboard_focus_and_hover(page, base_url):
    page.goto(base_url + STAPPEN)
    terms = page.locator("article abbr[data-uitleg]")
    first_text = terms.nth(0).get_attribute("data-uitleg")
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('article abbr')"):
            break
    assert page.evaluate("document.activeElement.dataset.uitleg") == first_text
    assert tip_shown(page) and page.locator(TIP).inner_text() == first_text
    page.keyboard.press("Escape")
    assert not tip_shown(page)
    page.keyboard.press("Tab")
    if page.evaluate("document.activeElement.matches('article abbr')"):
        assert tip_shown(page)
    page.keyboard.press("Shift+Tab")   # back on the first term
    assert tip_shown(page)
    page.evaluate("document.activeElement.blur()")
    page.wait_for_timeout(500)
    assert not tip_shown(page)
    # Mouse: hover shows it, leaving hides it, Escape closes it without moving the mouse.
    terms.nth(1).hover()
    assert tip_shown(page) and page.locator(TIP).inner_text() == terms.nth(1).get_attribute("data-uitleg")
    page.keyboard.press("Escape")
    assert not tip_shown(page)
    terms.nth(0).hover()
    assert tip_shown(page)
    page.mouse.move(5, 700)
    page.wait_for_timeout(600)
    assert not tip_shown(page)
    assert page.locator(".md-tooltip2").count() == 0


def test_the_explanation_is_body_size_and_not_bold(context_of, base_url):
    page = context_of(**PHONE)
    page.goto(base_url + STAPPEN)
    page.locator("article p abbr").first.tap()
    size, weight = page.eval_on_selector(TIP, "t => [parseFloat(getComputedStyle(t).fontSize), getComputedStyle(t).fontWeight]")
    body = page.eval_on_selector("article", "a => parseFloat(getComputedStyle(a).fontSize)")
    assert size >= body >= 16
    assert weight == "400"


@pytest.mark.parametrize("zoom", ["zoom", "text"])
@pytest.mark.parametrize("path", [STAPPEN, "besluit/afwijzing/", "hulp-vragen/reuma/"])
def test_no_explanation_is_cut_off_at_200_percent(context_of, base_url, path, zoom):
    page = context_of(**(ZOOM_200 if zoom == "zoom" else TEXT_200))
    page.goto(base_url + path)
    if zoom == "text":
        page.evaluate(ROOT_200)
    terms = page.locator("article abbr[data-uitleg]")
    assert terms.count() > 3
    for i in range(terms.count()):
        terms.nth(i).focus()
        box = page.evaluate("""() => { const r = document.getElementById('begrip-uitleg').getBoundingClientRect();
            return {left: r.left, right: r.right, width: document.documentElement.clientWidth, text: r.width > 0}; }""")
        assert box["text"] and box["left"] >= 0 and box["right"] <= box["width"], (i, box)


@pytest.mark.parametrize("touch", [True, False], ids=["tap", "click"])
def test_a_glossary_term_in_a_checklist_item_never_ticks_the_box(context_of, base_url, touch):
    page = context_of(**(PHONE if touch else {"viewport": {"width": 1280, "height": 1000}}))
    page.goto(base_url + "checklists/aanvraag/")
    page.wait_for_selector("[data-checklist-klaar]")
    item = page.locator(".checklist .task-list-item", has=page.locator("abbr")).first
    term, box = item.locator("abbr").first, item.locator("input[type=checkbox]")
    assert not box.is_checked()
    (term.tap if touch else term.click)()
    assert tip_shown(page)
    assert not box.is_checked()
    # The rest of the item's text still ticks it.
    text = item.locator(".checklist__tekst")
    (text.tap if touch else text.click)(position={"x": 2, "y": 5})
    assert box.is_checked()


# ---- readable on a phone and at 200 % ----

SMALL_TEXT = """() => {
  const art = document.querySelector('article');
  const body = parseFloat(getComputedStyle(art).fontSize);
  const small = [];
  const walker = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.data.trim() || !el.checkVisibility()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < body - 0.01) small.push(`${el.tagName} ${size}px: ${n.data.trim().slice(0, 30)}`);
  }
  return {body, small};
}"""
TABLES = """() => {
  const art = document.querySelector('article').getBoundingClientRect();
  return [...document.querySelectorAll('article table')].map((t) => {
    const cells = [...t.querySelectorAll('td')];
    return {
      head: t.rows[0].innerText.replace(/\\s+/g, ' ').slice(0, 40),
      columns: t.rows[0].cells.length,
      stacked: getComputedStyle(t).display === 'block',
      outside: cells.filter((c) => { const r = c.getBoundingClientRect(); return r.right > art.right + 1 || r.left < art.left - 1; }).length,
      labels: cells.filter((c) => c.dataset.label && !getComputedStyle(c, '::before').content.includes(c.dataset.label)).length,
    };
  });
}"""


@pytest.fixture(scope="module")
def phone(browser):
    ctx = browser.new_context(locale="nl-NL", **PHONE)
    yield ctx.new_page()
    ctx.close()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_passes_axe_on_a_phone(phone, base_url, axe_source, path):
    phone.goto(base_url + path, wait_until="load")
    if phone.locator("[data-calculator]").count():
        wait_ready(phone)
    assert axe_violations(phone, axe_source) == []


def test_on_a_phone_no_text_is_small_grey_or_off_the_screen(context_of, base_url):
    page = context_of(**PHONE)
    problems = []
    for path in PAGES:
        page.goto(base_url + path)
        found = page.evaluate(SMALL_TEXT)
        assert found["body"] >= 16, path
        problems += [f"{path}: {s}" for s in found["small"]]
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width[0] > width[1]:
            problems.append(f"{path}: page is {width[0]} px wide on a {width[1]} px screen")
        for table in page.evaluate(TABLES):
            if table["outside"] or (table["columns"] >= 3 and not table["stacked"]):
                problems.append(f"{path}: table {table}")
        colours = page.evaluate("""() => ['h1', 'h2', 'p'].map(s => document.querySelector('article ' + s))
            .filter(Boolean).map(e => getComputedStyle(e).color)""")
        if len(set(colours)) != 1:
            problems.append(f"{path}: title colours {colours}")
    assert problems == []


@pytest.mark.parametrize("zoom", ["phone", "zoom", "text"])
@pytest.mark.parametrize("path", [STAPPEN, "besluit/bezwaar-en-beroep/", "hulp-vragen/reuma/"])
def test_the_named_tables_keep_every_column(context_of, base_url, axe_source, path, zoom):
    page = context_of(**{"phone": PHONE, "zoom": ZOOM_200, "text": TEXT_200}[zoom])
    page.goto(base_url + path)
    if zoom == "text":
        page.evaluate(ROOT_200)
    tables = page.evaluate(TABLES)
    wide = [t for t in tables if t["columns"] >= 3]
    assert wide, tables
    for table in wide:
        assert table["stacked"] and table["outside"] == 0 and table["labels"] == 0, table
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert axe_violations(page, axe_source) == []


def test_wide_tables_stay_tables_on_a_desktop(page, base_url):
    page.goto(base_url + STAPPEN)
    assert not any(t["stacked"] for t in page.evaluate(TABLES))


def test_a_ticked_item_keeps_full_contrast(page, base_url):
    page.goto(base_url + "checklists/aanvraag/")
    page.wait_for_selector("[data-checklist-klaar]")
    texts = page.locator(".checklist .checklist__tekst")
    texts.nth(0).click()
    colour = "e => getComputedStyle(e).color"
    assert page.locator(".checklist input[type=checkbox]").nth(0).is_checked()
    assert texts.nth(0).evaluate(colour) == texts.nth(1).evaluate(colour)


def test_a_whole_home_card_is_tappable(context_of, base_url):
    page = context_of(**PHONE)
    page.goto(base_url)
    card = page.locator(".grid.cards li", has_text="Wat kost het?")
    text = card.locator("p").last   # the description, not the title link
    text.scroll_into_view_if_needed()
    box = text.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"/kosten/$"))
    page.go_back()
    # A glossary term and another link in a card keep their own tap.
    bezwaar = page.locator(".grid.cards li > p:not(:first-child) abbr").first   # a term in the text, not the title
    bezwaar.tap()
    assert tip_shown(page)
    assert page.url.rstrip("/") == base_url.rstrip("/")
    page.locator(".grid.cards li a", has_text="reumagids voor professionals").tap()
    page.wait_for_url(re.compile(r"/professionals/reuma/$"))


def test_the_chrome_speaks_dutch(site_dir):
    for path in site_pages(site_dir) + ["404.html"]:
        file = site_dir / path / "index.html" if not path.endswith(".html") else site_dir / path
        html = file.read_text(encoding="utf-8")
        assert "Made with" not in html and "Material for MkDocs</a>" not in html, path
        assert 'aria-label="Header"' not in html and 'aria-label="Footer"' not in html, path
        assert 'aria-label="Bovenbalk"' in html, path
        assert "Not found" not in html, path


def test_landmarks_have_dutch_names(page, base_url):
    page.goto(base_url + STAPPEN)
    assert page.get_by_role("navigation", name="Bovenbalk").count() == 1
    assert page.get_by_role("navigation", name="Vorige en volgende pagina").count() == 1


# ---- error summaries ----

def test_the_error_summary_names_and_links_each_question(context_of, base_url, axe_source):
    page = context_of(**PHONE)
    page.goto(base_url + "rekenhulp/toegang/")
    assert wait_ready(page) == "ready"
    page.locator("[data-calculator] button[type=submit]").tap()
    summary = page.locator("[data-calculator] [data-role=errors]")
    summary.wait_for(state="visible")
    links = summary.locator("a")
    texts = [links.nth(i).inner_text() for i in range(links.count())]
    assert len(texts) >= 3 and len(set(texts)) == len(texts), texts
    for text in texts:
        assert text.endswith("Vul deze vraag in.") and len(text) > len("Vul deze vraag in.") + 5, text
    assert texts[0].startswith("Waarbij heeft u hulp nodig?")
    # Each question still carries its own message.
    assert page.locator("[data-calculator] .veld__fout:visible").count() == len(texts)
    links.nth(1).tap()
    field = page.evaluate("document.activeElement.closest('[data-veld]')?.dataset.veld")
    assert field == "verblijf"
    assert axe_violations(page, axe_source) == []


# ---- the plan, kept for the visit ----

PLAN = "hulp-vragen/persoonlijk-plan/"


def test_plan_text_survives_following_a_link_and_coming_back(page, base_url):
    page.goto(base_url + PLAN)
    page.wait_for_selector("[data-plan-klaar]")
    page.get_by_label("Wie bent u?").fill("Ik ben 78 en heb reuma.")
    page.goto(base_url + "hulp-vragen/clientondersteuning/")   # a fresh load, not the back/forward cache
    page.goto(base_url + PLAN)
    page.wait_for_selector("[data-plan-klaar]")
    assert page.get_by_label("Wie bent u?").input_value() == "Ik ben 78 en heb reuma."
    assert "tabblad" in page.locator("[data-plan-status]").inner_text()
    keys = page.evaluate("""() => ({local: Object.keys(localStorage).filter(k => k.startsWith('wmo-wegwijzer:')),
                                    session: Object.keys(sessionStorage).filter(k => k.startsWith('wmo-wegwijzer:'))})""")
    assert keys == {"local": [], "session": ["wmo-wegwijzer:plan"]}
    # Another tab does not see it; "Wis mijn plan" removes it.
    other = page.context.new_page()
    other.goto(base_url + PLAN)
    other.wait_for_selector("[data-plan-klaar]")
    assert other.get_by_label("Wie bent u?").input_value() == ""
    other.close()
    page.get_by_role("button", name="Wis mijn plan").click()
    assert page.evaluate("Object.keys(sessionStorage).filter(k => k.startsWith('wmo-wegwijzer:'))") == []


def test_the_pages_say_the_plan_is_kept_for_the_visit(site_dir):
    plan = (site_dir / PLAN / "index.html").read_text(encoding="utf-8")
    privacy = (site_dir / "over/privacy/index.html").read_text(encoding="utf-8")
    assert "tot u dit tabblad sluit" in plan
    assert "sessieopslag" in privacy


# ---- search ----

def search(page, base_url, query: str) -> list[dict]:
    page.goto(base_url)
    box = page.locator("input.md-search__input")
    box.click()
    page.wait_for_function("!document.querySelector('.md-search-result__meta').textContent.includes('klaargezet')")
    box.fill(query[:-1])
    page.keyboard.type(query[-1])   # one search, for the whole query
    page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0")
    return page.evaluate("""() => [...document.querySelectorAll('.md-search-result__list > .md-search-result__item')]
        .map(item => ({href: item.querySelector('a').getAttribute('href'),
                       title: item.querySelector('h1, h2')?.innerText || '',
                       tags: [...item.querySelectorAll('.md-tag')].map(t => t.innerText)}))""")


def test_search_kosten_finds_the_costs_page_first(page, base_url):
    results = search(page, base_url, "kosten")
    pages = [re.sub(r"\?.*$", "", r["href"]) for r in results]
    assert pages[0].endswith("/kosten/"), pages[:5]


def test_search_marks_professionals_pages_and_puts_residents_first(page, base_url, axe_source):
    results = search(page, base_url, "hulp bij het huishouden")
    assert "/professionals/" not in results[0]["href"], results[:3]
    pros = [r for r in results if "/professionals/" in r["href"]]
    others = [r for r in results if "/professionals/" not in r["href"]]
    assert pros and all("Voor professionals" in r["tags"] for r in pros), pros
    assert all("Voor professionals" not in r["tags"] for r in others)
    assert axe_violations(page, axe_source) == []


# ---- the gespreksleidraad as a printed form ----

def test_the_gespreksleidraad_prints_as_a_form(page, base_url):
    page.goto(base_url + "professionals/reuma/gespreksleidraad/")
    page.wait_for_selector("[data-checklist-klaar]")
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    button = page.get_by_role("button", name="Gespreksleidraad printen")
    assert page.get_by_role("button", name=re.compile("checklist", re.I)).count() == 0
    button.click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    for veld in ("Cliënt", "Datum", "Consulent"):
        assert page.get_by_label(veld, exact=True).is_visible(), veld
    rows = page.evaluate("""() => [...document.querySelectorAll('.notitieruimte td:last-child')].map(td =>
        td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight))""")
    assert len(rows) == 6 and min(rows) >= 4, rows   # room for at least four lines of handwriting
    assert page.locator(".checklist-bediening").is_hidden()
    assert page.locator("[data-leesvoor]").is_hidden()

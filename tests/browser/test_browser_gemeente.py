"""The example municipal edition (gemeenten/voorbeeld) in real Chromium: the local tariff and the
income question in the eigen-bijdrage calculator, the loket on the pages, the gemeente's header;
axe clean and no request to another origin. (Every page of this edition also goes through
test_browser_site.py: `make test` runs it with WMO_SITE_DIR=site-voorbeeld.)"""
import pytest

from browser_helpers import axe_violations, offsite, wait_ready
from conftest import served

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def gemeente_url(gemeente_site_dir):
    with served(gemeente_site_dir) as url:
        yield url


def bereken(page, url, inkomen=None, voorzieningen=("maatwerk",)):
    page.goto(url + "rekenhulp/eigen-bijdrage/")
    assert wait_ready(page) == "ready", page.get_attribute("[data-calculator]", "data-error")
    page.fill("[name=peildatum]", "2026-03")
    page.fill("[name=geboortedatum]", "1950-05-05")
    page.check("[name=huishouden][value=alleenstaand]")
    for v in voorzieningen:
        page.check(f"[name=voorzieningen][value={v}]")
    if inkomen is not None:
        page.fill("[name=bijdrageplichtig_inkomen_eurocent]", inkomen)
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden])")
    return page.inner_text("[data-role=result]")


def test_the_calculator_charges_the_local_tariff(page, gemeente_url, axe_source):
    tekst = bereken(page, gemeente_url)
    assert "U betaalt € 15,00 per maand over maart 2026." in tekst
    assert "Gemeente Voorbeeldstad vraagt een lager bedrag: € 15,00 per maand." in tekst
    assert axe_violations(page, axe_source) == []
    assert offsite(page, gemeente_url) == []


def test_the_calculator_asks_the_income_and_applies_the_minima_rule(page, gemeente_url):
    tekst = bereken(page, gemeente_url, inkomen="19.999,99")
    assert page.locator("label[for$=bijdrageplichtig_inkomen_eurocent]").is_visible()
    assert "U betaalt geen eigen bijdrage over maart 2026." in tekst
    assert "Gemeente Voorbeeldstad rekent dan geen bijdrage." in tekst


def test_collectief_vervoer_falls_under_the_local_tariff(page, gemeente_url):
    tekst = bereken(page, gemeente_url, voorzieningen=("collectief_vervoer",))
    assert "U betaalt € 15,00 per maand" in tekst
    assert "Gemeente Voorbeeldstad rekent collectief vervoer mee" in tekst


@pytest.mark.parametrize("path", ["hulp-vragen/stappen/", "over/hulp-en-contact/"])
def test_the_loket_is_on_the_page(page, gemeente_url, axe_source, path):
    page.goto(gemeente_url + path)
    bellen = page.get_by_role("link", name="14 0000")
    assert bellen.first.get_attribute("href") == "tel:140000"
    tekst = page.inner_text("article")
    assert "Stadhuisplein 1, 9999 ZZ Voorbeeldstad" in tekst
    assert "maandag tot en met vrijdag van 9.00 tot 17.00 uur" in tekst
    assert page.get_by_role("link", name="meldformulier van gemeente Voorbeeldstad").count() >= 1
    assert axe_violations(page, axe_source) == []
    assert offsite(page, gemeente_url) == []


def test_the_header_shows_the_gemeente(page, gemeente_url):
    page.goto(gemeente_url)
    assert "Wmo-wegwijzer Voorbeeldstad" in page.inner_text(".md-header__title")
    logo = page.locator(".md-header__button.md-logo img")
    assert logo.get_attribute("src").endswith("assets/gemeente/logo.svg")
    assert logo.evaluate("img => img.complete && img.naturalWidth > 0")
    kleur = page.eval_on_selector(".md-header", "el => getComputedStyle(el).backgroundColor")
    assert kleur == "rgb(29, 91, 58)"   # #1d5b3a from gemeenten/voorbeeld/mkdocs.yml


# ---- issue 21: a hostile configuration, served WITHOUT the CSP (SiteHandler sends none) ----

@pytest.fixture(scope="module")
def vijandig_url(vijandige_gemeente_site):
    with served(vijandige_gemeente_site) as url:   # plain files: no CSP or other security header
        yield url


HOSTILE_DOM = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name))
      .map((a) => `${el.tagName}[${a.name}]`)),
    scripts: [...document.scripts].filter((s) => /alert/.test(s.textContent)).length,
    // (the theme's "Lees voor" icon is no attack: outside [data-leesvoor] only)
    injected: [...document.querySelectorAll('article img, article svg, article iframe')]
      .filter((el) => !el.closest('[data-leesvoor]')).length,
    javascriptLinks: [...document.links].filter((a) => a.protocol === 'javascript:').map((a) => a.href),
    bodyShown: getComputedStyle(document.body).display !== 'none'
      && document.querySelector('article').getBoundingClientRect().height > 0,
  };
}"""


@pytest.mark.parametrize("path", ["hulp-vragen/stappen/", "over/hulp-en-contact/", "hulp-vragen/voorzieningen/",
                                  "kosten/eigen-bijdrage/"])
def test_a_hostile_configuration_runs_no_script_and_shows_its_text(page, vijandig_url, path):
    from gemeente_helpers import AANVAL
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(vijandig_url + path)
    page.wait_for_load_state("load")
    # what the attacks waited for: an image error, a load, a pointer on an element
    page.evaluate("document.querySelectorAll('article *').forEach((el) => "
                  "el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))")
    page.wait_for_timeout(500)
    assert dialogs == []
    found = page.evaluate(HOSTILE_DOM)
    assert found == {"handlers": [], "scripts": 0, "injected": 0, "javascriptLinks": [], "bodyShown": True}, found
    tekst = page.inner_text("article")
    wanted = {"hulp-vragen/stappen/": ["adres", "openingstijden"], "over/hulp-en-contact/": ["adres", "organisatie"],
              "hulp-vragen/voorzieningen/": ["voorziening", "omschrijving"],
              "kosten/eigen-bijdrage/": ["voorziening"]}[path]
    for key in wanted:
        assert AANVAL[key] in tekst, key
    assert offsite(page, vijandig_url) == []


def test_the_hostile_name_does_not_hide_the_page_through_the_css(page, vijandig_url):
    page.goto(vijandig_url)
    assert page.eval_on_selector("body", "b => getComputedStyle(b).display") != "none"
    assert page.locator("h1").first.is_visible()
    kleur = page.eval_on_selector(".md-header", "el => getComputedStyle(el).backgroundColor")
    assert kleur == "rgb(29, 91, 58)"   # the gemeente's colours still apply

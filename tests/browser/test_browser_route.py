"""The resident's route on a phone (issue 18): from the home page, by taps only, through every step of
the procedure (mkdocs.yml ``extra.route``) to the brievenhulp with the bezwaar letter chosen. On every
page: a tappable way to the next step (no dead end), "Hulp en contact" one tap away, axe-core at 0
and no request to another origin."""
from __future__ import annotations

from urllib.parse import urljoin

import pytest
import yaml

from browser_helpers import axe_violations, offsite, wait_ready
from conftest import ROOT

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["extra"]
ROUTE = CONFIG["route"]
VERDER = CONFIG["route_verder"]

# Links a reader follows in the text or the footer (not the heading's own permalink), and which of
# them lead to ``doel`` as the browser resolves their href.
LINKS_CSS = "article a[href]:not(.headerlink), .md-footer a[href]"
LINKS_TO = f"""(doel) => [...document.querySelectorAll('{LINKS_CSS}')]
  .map((a, i) => [i, a.href]).filter(([, href]) => href === doel).map(([i]) => i)"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="nl-NL", **PHONE)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


def check_page(page, base_url, axe_source) -> None:
    """Help is one tap away (and that tap works), and axe finds nothing."""
    assert axe_violations(page, axe_source) == [], page.url
    hier = page.url
    hulp = page.locator(".hulpbalk").get_by_role("link", name="Hulp en contact")
    assert hulp.is_visible(), f"no visible 'Hulp en contact' on {hier}"
    hulp.tap()
    page.wait_for_url(base_url + "over/hulp-en-contact/")
    assert page.locator("article h1").is_visible()
    page.go_back()
    page.wait_for_url(hier)


def tap_on_to(page, doel: str) -> None:
    """Tap the link to ``doel``: the page's "Volgende stap" when it has one, else any link in the text."""
    verder = page.locator("[data-route-verder]")
    if verder.count():
        assert verder.evaluate("a => a.href") == doel, f"'{verder.inner_text()}' on {page.url} skips a step"
        verder.tap()
    else:
        found = page.evaluate(LINKS_TO, doel)
        assert found, f"dead end: {page.url} has no link to the next step {doel}"
        links = page.locator(LINKS_CSS)
        visible = [i for i in found if links.nth(i).is_visible()]
        assert visible, f"the link to {doel} on {page.url} is not visible"
        links.nth(visible[0]).tap()
    page.wait_for_url(doel)


def test_a_phone_walks_the_route_from_home_to_the_bezwaar_letter(phone, base_url, axe_source):
    assert [s["stap"] for s in ROUTE] == ["Melding", "Persoonlijk plan", "Cliëntondersteuning", "Gesprek",
                                         "Verslag", "Aanvraag", "Besluit", "Bezwaar"]
    page = phone
    page.goto(base_url)
    # The first screen shows the whole route, in the route's own names.
    stappen = page.locator(".route-kort ol > li")
    assert stappen.all_inner_texts() == [s["stap"] for s in ROUTE]
    assert stappen.last.bounding_box()["y"] + stappen.last.bounding_box()["height"] <= PHONE["viewport"]["height"]
    check_page(page, base_url, axe_source)

    # The whole card is the link: a tap on its text, not its title, starts at the first step.
    # (A tap where the text is: the title link's overlay takes it, as it should, so Playwright's own
    # tap on the text would refuse.)
    card = page.locator(".grid.cards li", has_text="Ik wil hulp vragen").locator("p").last
    card.scroll_into_view_if_needed()
    box = card.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(urljoin(base_url, ROUTE[0]["url"]))

    bezocht = []
    for i, stap in enumerate(ROUTE):
        assert page.url == urljoin(base_url, stap["url"])
        bezocht.append(stap["stap"])
        check_page(page, base_url, axe_source)
        volgende = ROUTE[i + 1]["url"] if i + 1 < len(ROUTE) else VERDER["url"]
        tap_on_to(page, urljoin(base_url, volgende))

    # The last step leads to the brievenhulp with the bezwaar letter already chosen.
    assert page.url == urljoin(base_url, "rekenhulp/brieven/#soort=bezwaar")
    assert wait_ready(page) == "ready"
    assert page.is_checked("[data-calculator=brieven] [name=soort][value=bezwaar]")
    check_page(page, base_url, axe_source)
    assert bezocht == [s["stap"] for s in ROUTE]
    assert offsite(page, base_url) == []


@pytest.mark.parametrize("path", ["", "kosten/", "checklists/bezwaar/", "professionals/reuma/", "over/privacy/"])
def test_help_and_the_glossary_are_one_tap_from_pages_off_the_route(phone, base_url, path):
    for naam, doel in [("Hulp en contact", "over/hulp-en-contact/"), ("Begrippen", "over/begrippen/")]:
        phone.goto(base_url + path)
        phone.locator(".hulpbalk").get_by_role("link", name=naam).tap()
        phone.wait_for_url(base_url + doel)

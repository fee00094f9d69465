"""The new topic pages of issue 18 in real Chromium: a reader who follows a page's link to the brievenhulp
finds the right letter already chosen (the fragment prefill), with nothing sent; the help lines show their
numbers as links a phone can call."""
from __future__ import annotations

import pytest

from browser_helpers import wait_ready

pytestmark = pytest.mark.browser
ROOT = "[data-calculator=brieven]"

# (page, the link's fragment, the answers it must have chosen)
ROUTES = [
    ("besluit/voorlopige-voorziening/", "#soort=voorlopige_voorziening", {"soort": "voorlopige_voorziening"}),
    ("besluit/klacht/", "#soort=klacht", {"soort": "klacht"}),
    ("besluit/geen-antwoord/", "#soort=aanvraag&onderzoek=te_laat", {"soort": "aanvraag", "onderzoek": "te_laat"}),
    ("besluit/geen-antwoord/", "#soort=ingebrekestelling&te_laat_met=bezwaar",
     {"soort": "ingebrekestelling", "te_laat_met": "bezwaar"}),
    ("hulp-vragen/mantelzorg/", "#soort=reactie_verslag", {"soort": "reactie_verslag"}),
]


@pytest.mark.parametrize("pad, fragment, gekozen", ROUTES)
def test_the_link_to_the_brievenhulp_opens_the_right_letter(page, base_url, pad, fragment, gekozen):
    page.goto(base_url + pad)
    link = page.locator(f'article a[href$="{fragment}"]').first
    assert link.count() == 1, fragment
    link.click()
    page.wait_for_url("**/rekenhulp/brieven/" + fragment)
    assert wait_ready(page) == "ready", page.get_attribute(ROOT, "data-error")
    for vraag, antwoord in gekozen.items():
        assert page.is_checked(f"{ROOT} [name={vraag}][value={antwoord}]"), (vraag, antwoord)
    page.wait_for_timeout(300)
    assert page.locator(f"{ROOT} [data-role=result]").is_hidden()       # chosen, not sent


def test_help_line_numbers_can_be_called_and_their_source_is_named(page, base_url):
    page.goto(base_url + "over/hulp-en-contact/")
    bellen = page.locator('article a[href^="tel:"]')
    assert bellen.count() >= 3
    for i in range(bellen.count()):
        item = bellen.nth(i).locator("xpath=ancestor::li[1]")
        assert "bron" in item.inner_text() and "gezien op" in item.inner_text()

"""The persoonlijk-plan builder in a real Chromium: user text stays text, saving only on request,
wiping, downloads, the example, printing only the plan, axe-core, no requests to other origins."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

KEY = "wmo-wegwijzer:plan"
ATTACK = "<img src=x onerror=alert(1)>"
AXE_RUN = ("axe.run(document, {runOnly: {type: 'tag', values: "
           "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})")
PREVIEW = "[data-plan-output]"


def open_plan(page, base_url):
    page.goto(f"{base_url}hulp-vragen/persoonlijk-plan/")
    page.wait_for_selector("[data-plan][data-plan-klaar]")


def stored(page):
    return page.evaluate("k => localStorage.getItem(k)", KEY)


def own_keys(page) -> list[str]:
    return page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wmo-wegwijzer:'))")


def save_switch(page):
    return page.get_by_role("switch", name="Bewaar mijn plan op dit apparaat")


def field_values(page) -> dict:
    return page.eval_on_selector(
        "[data-plan-form]",
        "f => Object.fromEntries([...f.elements].filter(c => c.name && (c.type !== 'radio' || c.checked))"
        ".map(c => [c.name, c.value]))")


def assert_axe_clean(page, axe_source):
    page.add_script_tag(content=axe_source)
    result = page.evaluate(AXE_RUN)
    assert result["violations"] == [], [(v["id"], [n["target"] for n in v["nodes"]])
                                         for v in result["violations"]]


def test_user_html_is_shown_as_text_never_as_markup(page, base_url):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_plan(page, base_url)
    page.get_by_label("Wonen", exact=True).fill(ATTACK)
    page.get_by_label("Wat is uw naam?").fill('"><script>alert(2)</script>')
    preview = page.locator(PREVIEW)
    assert ATTACK in preview.inner_text()
    assert "<script>alert(2)</script>" in preview.inner_text()
    assert page.locator("[data-plan] img, [data-plan] script").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []


def test_preview_shows_headings_and_skips_empty_topics(page, base_url):
    open_plan(page, base_url)
    assert "leeg" in page.locator(PREVIEW).inner_text()
    page.get_by_label("Vervoer").fill("De bushalte is te ver.")
    page.get_by_label("Op welke dag deed u uw melding?").fill("2026-11-16")
    page.get_by_label("Een pgb: ik koop de hulp zelf in").check()
    preview = page.locator(PREVIEW)
    assert preview.locator("h4", has_text="Waar loop ik tegenaan?").count() == 1
    assert preview.locator("h5", has_text="Vervoer").count() == 1
    assert preview.locator("h5", has_text="Wonen").count() == 0
    assert "16 november 2026" in preview.inner_text()
    assert "Een pgb: ik koop de hulp zelf in" in preview.inner_text()


def test_nothing_is_stored_unless_the_visitor_switches_saving_on(page, base_url):
    open_plan(page, base_url)
    assert not save_switch(page).is_checked()
    page.get_by_label("Wie bent u?").fill("Ik ben 80 jaar.")
    assert own_keys(page) == []
    # The visit keeps it (sessionStorage, this tab only: test_browser_leesbaar.py); a new tab does not.
    other = page.context.new_page()
    other.goto(f"{base_url}hulp-vragen/persoonlijk-plan/")
    other.wait_for_selector("[data-plan-klaar]")
    assert other.get_by_label("Wie bent u?").input_value() == ""
    assert own_keys(other) == []


def test_saving_on_restores_the_plan_after_reload(page, base_url):
    open_plan(page, base_url)
    save_switch(page).check()
    page.get_by_label("Huishouden").fill("Stofzuigen lukt niet.\n\nRamen ook niet.")
    page.get_by_label("Zorg in natura: de gemeente regelt de hulp").check()
    assert "Stofzuigen" in stored(page)
    page.reload()
    page.wait_for_selector("[data-plan-klaar]")
    assert save_switch(page).is_checked()
    assert page.get_by_label("Huishouden").input_value() == "Stofzuigen lukt niet.\n\nRamen ook niet."
    assert page.get_by_label("Zorg in natura: de gemeente regelt de hulp").is_checked()
    assert "Ramen ook niet." in page.locator(PREVIEW).inner_text()
    assert "weer in het formulier" in page.locator("[data-plan-status]").inner_text()
    # Switching saving off removes what was stored but keeps the text on screen.
    save_switch(page).uncheck()
    assert own_keys(page) == []
    assert page.get_by_label("Huishouden").input_value().startswith("Stofzuigen")


def test_wis_mijn_plan_clears_fields_and_storage(page, base_url):
    open_plan(page, base_url)
    save_switch(page).check()
    page.get_by_label("Geld").fill("Ik heb schulden.")
    page.get_by_label("Dat weet ik nog niet").check()
    assert stored(page)
    page.get_by_role("button", name="Wis mijn plan").click()
    assert own_keys(page) == []
    assert field_values(page) == {name: "" for name in field_values(page)}
    assert page.locator("[data-plan-form] input[type=radio]:checked").count() == 0
    assert not save_switch(page).is_checked()
    assert "gewist" in page.locator("[data-plan-status]").inner_text()
    assert "Ik heb schulden." not in page.locator(PREVIEW).inner_text()
    page.reload()
    page.wait_for_selector("[data-plan-klaar]")
    assert page.get_by_label("Geld").input_value() == ""


def test_when_saving_fails_the_switch_goes_off_and_the_last_save_is_gone(page, base_url):
    """Issue 21: a full storage turned the switch off, but the plan saved before came back after a reload."""
    from browser_helpers import fill_storage_after
    fill_storage_after(page, 1)
    open_plan(page, base_url)
    page.get_by_label("Huishouden").fill("Stofzuigen lukt niet.")
    save_switch(page).check()                                     # the one save that works
    assert "Stofzuigen" in stored(page)
    page.get_by_label("Huishouden").fill("Stofzuigen lukt niet. Ramen ook niet.")   # storage full
    assert not save_switch(page).is_checked()
    assert own_keys(page) == []
    status = page.locator("[data-plan-status]").inner_text()
    assert "lukt niet" in status and "Wat eerder bewaard was, is gewist." in status, status
    assert page.get_by_label("Huishouden").input_value().endswith("Ramen ook niet.")   # the text stays
    page.reload()
    page.wait_for_selector("[data-plan-klaar]")
    # Not the old save: only the visit's own copy (sessionStorage, issue 18), with the last text typed.
    assert page.get_by_label("Huishouden").input_value() == "Stofzuigen lukt niet. Ramen ook niet."
    assert not save_switch(page).is_checked()
    assert own_keys(page) == []


def test_download_as_text_contains_the_plan(page, base_url):
    open_plan(page, base_url)
    page.get_by_label("Wonen", exact=True).fill(f"De trap is te steil. {ATTACK}")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als document (.txt)").click()
    download = info.value
    assert download.suggested_filename == "persoonlijk-plan.txt"
    text = open(download.path(), encoding="utf-8-sig").read()
    assert "Persoonlijk plan" in text and "Wonen:" in text
    assert f"De trap is te steil. {ATTACK}" in text


def test_download_as_html_escapes_all_user_text(page, base_url):
    open_plan(page, base_url)
    page.get_by_label("Wonen", exact=True).fill(f"De trap is te steil. {ATTACK}")
    page.get_by_label("Wat is uw naam?").fill("Jan & 'Piet' \"de Boer\"")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als webpagina (.html)").click()
    download = info.value
    assert download.suggested_filename == "persoonlijk-plan.html"
    html = open(download.path(), encoding="utf-8").read()
    assert "De trap is te steil. &lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img" not in html
    assert "Jan &amp; &#39;Piet&#39; &quot;de Boer&quot;" in html
    assert "default-src 'none'" in html
    # Opened in the browser, the document shows the text and runs nothing.
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_content(html)
    assert ATTACK in page.locator("body").inner_text()
    assert page.locator("img").count() == 0 and dialogs == []


def test_example_loads_into_the_builder(page, base_url):
    open_plan(page, base_url)
    example = page.locator("[data-plan-example]")
    assert "Mevrouw A. Jansen" in example.inner_text()  # readable on the page as well
    page.get_by_role("button", name="Laad het voorbeeld").click()
    assert page.get_by_label("Wat is uw naam?").input_value() == "Mevrouw A. Jansen"
    assert page.get_by_label("Op welke dag deed u uw melding?").input_value() == "2026-11-16"
    assert "artrose" in page.get_by_label("Wie bent u?").input_value()
    assert page.get_by_label("Zorg in natura: de gemeente regelt de hulp").is_checked()
    assert page.get_by_label("Geld").input_value() == ""
    preview = page.locator(PREVIEW).inner_text()
    assert "Mevrouw A. Jansen" in preview and "traplift" in preview
    assert own_keys(page) == []  # loading the example does not switch saving on


def test_example_never_overwrites_the_visitors_text(page, base_url):
    open_plan(page, base_url)
    page.get_by_label("Vrije tijd").fill("Ik zing in een koor.")
    page.get_by_role("button", name="Laad het voorbeeld").click()
    assert page.get_by_label("Vrije tijd").input_value() == "Ik zing in een koor."
    assert page.get_by_label("Wat is uw naam?").input_value() == ""
    assert "Wis dan eerst" in page.locator("[data-plan-status]").inner_text()


def test_print_mijn_plan_prints_only_the_plan(page, base_url):
    open_plan(page, base_url)
    page.get_by_role("button", name="Laad het voorbeeld").click()
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.get_by_role("button", name="Print mijn plan").click()
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    for hidden in ("article > h1", "[data-plan-form]", "[data-plan-example]", ".plan-weergave__kop",
                   "[data-plan-action=clear]", ".md-header", ".md-sidebar--primary"):
        assert page.locator(hidden).first.is_hidden(), hidden
    assert page.locator(".plan-weergave__titel").is_visible()
    assert page.locator(PREVIEW, has_text="Mevrouw A. Jansen").is_visible()
    # After printing the page prints normally again.
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("article > h1").is_visible()


@pytest.mark.parametrize("state", ["leeg", "ingevuld"])
def test_axe_finds_no_violations(page, base_url, axe_source, state):
    open_plan(page, base_url)
    if state == "ingevuld":
        page.get_by_role("button", name="Laad het voorbeeld").click()
        save_switch(page).check()
        page.get_by_label("Geld").fill(ATTACK)
    assert_axe_clean(page, axe_source)


def test_keyboard_only_fill_and_save(page, base_url):
    open_plan(page, base_url)
    page.get_by_role("button", name="Laad het voorbeeld").focus()
    page.keyboard.press("Shift+Tab")  # back to the switch
    assert page.evaluate("document.activeElement.id") == "plan-bewaar"
    page.keyboard.press("Space")
    assert save_switch(page).is_checked()
    page.get_by_label("Wat is uw naam?").focus()
    page.keyboard.type("Kees")
    assert '"naam":"Kees"' in stored(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "melding"


def test_without_javascript_the_guidance_and_example_remain(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{base_url}hulp-vragen/persoonlijk-plan/")
        assert page.locator("[data-plan]").is_hidden()
        assert page.get_by_role("heading", name="Wat zet u in uw plan?").is_visible()
        assert page.locator("[data-plan-example]").is_visible()
        assert page.locator(".plan-zonder-js").is_visible()
    finally:
        context.close()


def test_no_requests_to_other_origins(page, base_url):
    open_plan(page, base_url)
    page.get_by_role("button", name="Laad het voorbeeld").click()
    save_switch(page).check()
    for name in ("Download als document (.txt)", "Download als webpagina (.html)"):
        with page.expect_download():
            page.get_by_role("button", name=name).click()
    page.get_by_role("button", name="Wis mijn plan").click()
    assert page.requests
    # Downloads are same-origin blob: URLs made in the page; nothing else may leave this origin.
    outside = [url for url in page.requests
               if not (url.startswith(base_url) or url.startswith(f"blob:{base_url}"))]
    assert outside == []

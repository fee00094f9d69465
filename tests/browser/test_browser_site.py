"""Every built page in real Chromium: zero axe violations, zero requests to other origins, and
no Pyodide byte on pages without a calculator."""
import pytest

from browser_helpers import axe_violations, offsite, site_pages, wait_ready
from conftest import SITE

PAGES = site_pages(SITE) if SITE.exists() else []


def test_the_site_has_pages(site_dir):
    assert len(site_pages(site_dir)) >= 40


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_page_is_accessible_and_private(page, base_url, axe_source, path):
    page.goto(base_url + path, wait_until="load")
    has_calculator = page.locator("[data-calculator]").count() > 0
    if has_calculator:
        assert wait_ready(page) == "ready"
    else:
        page.wait_for_timeout(300)  # late requests (search index, workers) still get recorded
    assert axe_violations(page, axe_source) == []
    assert offsite(page, base_url) == []
    pyodide = [u for u in page.requests if "/assets/pyodide/" in u or u.endswith(".whl")]
    assert bool(pyodide) == has_calculator, pyodide

"""Shared fixtures: the built site served on localhost, and headless Chromium driven by Playwright.

No test may be skipped: a missing browser is a failure with a clear message, not a skip.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("WMO_SITE_DIR", ROOT / "site"))
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
sys.path.insert(0, str(ROOT / "tests"))


_skipped: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if _skipped:
        print(f"\n{len(_skipped)} test(s) were skipped; skipping is not allowed here: {_skipped[:5]}")
        session.exitstatus = 1


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
                      ".whl": "application/zip"}

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (SITE / "index.html").exists():
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(SITE)],
                       cwd=ROOT, check=True)
    return SITE


GEMEENTE_SITE = Path(os.environ.get("WMO_GEMEENTE_SITE_DIR", ROOT / "site-voorbeeld")).resolve()


@pytest.fixture(scope="session")
def gemeente_site_dir() -> Path:
    """The example municipal edition (gemeenten/voorbeeld), built once when missing."""
    if not (GEMEENTE_SITE / "index.html").exists():
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                        "gemeenten/voorbeeld/mkdocs.yml", "--site-dir", str(GEMEENTE_SITE)],
                       cwd=ROOT, check=True)
    return GEMEENTE_SITE


@contextlib.contextmanager
def served(directory: Path):
    """A built site on a free localhost port, for as long as the ``with`` lasts; yields its URL."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def vijandige_gemeente_site(tmp_path_factory) -> Path:
    """A gemeente edition built from the hostile text and links of issue 21
    (``gemeente_helpers.vijandig``), once per session: a strict build must accept them as text."""
    from gemeente_helpers import build, gemeente_map, vijandig
    map_ = gemeente_map(tmp_path_factory.mktemp("vijandig"), **vijandig())
    proc = build(map_)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return map_ / "site"


@pytest.fixture(scope="session")
def base_url(site_dir):
    with served(site_dir) as url:
        yield url


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("No Chromium found. Install Debian's chromium (`make test` does this with "
                    "apt-get) or set CHROMIUM=/path/to/chromium. Browser tests never skip.")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records every request it makes (``page.requests``)."""
    # A desktop screen tall enough that Material's auto-scrolled sidebar does not clip nav links
    # (axe reads a clipped link as a too-small target).
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1400})
    pg = context.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        pytest.fail("axe-core is missing: run `npm ci` (make test does this).")
    return path.read_text(encoding="utf-8")

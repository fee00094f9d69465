"""The Zensical track (issue 16, point 5): ``scripts/zensical.sh`` (``make zensical``) builds the same
docs/ with Zensical into site-zensical/, with the build's phases before and after it.

Not part of the default run (pyproject.toml deselects the marker ``zensical``): it installs Zensical
into .venv-zensical and builds a second site. Run it with ``pytest -m zensical``.
"""
import json
import re
import subprocess
import sys
import time

import pytest

from browser_helpers import offsite, site_pages, wait_ready
from calculators.api import run_json
from conftest import ROOT, served
from test_browser_rekenhulp import PAGES, fill, first_case
from wegwijzer_build.markers import waarden

pytestmark = pytest.mark.zensical
SITE = ROOT / "site-zensical"
# Every call between page and worker, so the test sees the exact request and answer.
RECORD_WORKER = """
window.__calls = {};
window.Worker = class extends window.Worker {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', ({data}) => {
      if (data && data.response) (window.__calls[data.id] ||= {}).response = data.response;
    });
  }
  postMessage(message, ...rest) {
    if (message && message.type === 'run') (window.__calls[message.id] ||= {}).request = message.request;
    return super.postMessage(message, ...rest);
  }
};
"""


@pytest.fixture(scope="module")
def zensical_site():
    start = time.perf_counter()
    proc = subprocess.run(["bash", "scripts/zensical.sh"], cwd=ROOT, capture_output=True, text=True,
                          timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    print(f"\nscripts/zensical.sh: {time.perf_counter() - start:.1f} s")
    return SITE


@pytest.fixture(scope="module")
def zensical_url(zensical_site):
    with served(zensical_site) as url:
        yield url


def test_every_page_is_built_and_in_the_service_worker(zensical_site):
    pages = site_pages(zensical_site)
    sources = [p for p in (ROOT / "docs").rglob("*.md") if "includes" not in p.parts]
    assert len(pages) == len(sources) > 30
    sw = (zensical_site / "sw.js").read_text(encoding="utf-8")
    manifest = json.loads(re.search(r"const MANIFEST = (\{.*\});", sw)[1])
    assert set(pages) <= set(manifest["site"])
    wheel = next((zensical_site / "assets" / "wheels").glob("*.whl"))
    snapshot = next((zensical_site / "assets" / "wheels").glob("*.snapshot"))
    assert {f"assets/wheels/{wheel.name}", "assets/pyodide/pyodide.asm.wasm"} <= set(manifest["runtime"])
    assert f"assets/wheels/{snapshot.name}" in manifest["optional"]   # kept only from the HTTP cache
    assert (zensical_site / "sw.js.br").exists()


def test_no_marker_is_left_and_figures_come_from_the_toml(zensical_site):
    check = subprocess.run([sys.executable, "-m", "wegwijzer_build", "check", str(zensical_site)],
                           cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    filled = 0
    for source in (ROOT / "docs").rglob("*.md"):
        rel = source.relative_to(ROOT / "docs").with_suffix("")
        page = zensical_site / (rel.parent if rel.name == "index" else rel) / "index.html"
        for marker in re.findall(r"\[\[(?:waarde|bedrag):[a-z0-9_]+:[0-9-]+\]\]", source.read_text(encoding="utf-8")):
            assert waarden.vervang(marker) in page.read_text(encoding="utf-8"), (source, marker)
            filled += 1
    assert filled > 20


@pytest.mark.parametrize("calculator", PAGES)
def test_the_calculator_gives_the_same_answer_as_run_json(page, zensical_url, calculator):
    page.add_init_script(RECORD_WORKER)
    page.goto(zensical_url + PAGES[calculator])
    assert wait_ready(page) == "ready", page.get_attribute("[data-calculator]", "data-error")
    invoer = first_case(calculator)[2]
    fill(page, invoer)
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden])")
    calls = list(page.evaluate("window.__calls").values())
    for call in calls:
        assert json.loads(call["response"]) == json.loads(run_json(call["request"])), call["request"]
    sums = [c for c in calls if json.loads(c["request"]).get("action", "calculate") == "calculate"]
    assert sums and set(invoer) - {"gemeente"} <= set(json.loads(sums[-1]["request"])["input"]), calls
    answer = json.loads(sums[-1]["response"])
    assert answer["ok"], answer
    assert page.inner_text("[data-role=result] .rekenhulp__kop") == answer["result"]["weergave"]["kop"]
    assert offsite(page, zensical_url) == []

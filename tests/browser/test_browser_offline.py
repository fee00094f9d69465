"""Offline and warm starts in real Chromium, with the site served like a real host
(``scripts/benchmark.py``'s server: pre-compressed files, ETags) so every byte is counted:

- the service worker precaches the site on install, and the runtime only once a calculator is used;
- after one calculator visit, all calculators, the plan builder and the pages work with the network cut;
- a new build replaces the old cache and downloads only what changed;
- Python starts on the cut standard library, and a module the cut left out makes the worker fetch
  the full one and answer again;
- on a line Chromium reports fast, the first start restores the build's interpreter snapshot, which
  gives the same answers as Python boots; a snapshot that cannot be had or restored lets Python boot;
  on any other line Python boots, and the snapshot is used only once the offline copy holds it;
- nothing is downloaded twice on a first visit.
"""
from __future__ import annotations

import io
import json
import re
import shutil
import sys
import time
import zipfile

import pytest

from browser_helpers import offsite
from calculators.api import run_json
from cases_loader import load, request
from conftest import CHROMIUM_FLAGS, ROOT, chromium_path
from wegwijzer_build.steps import offline

sys.path.insert(0, str(ROOT / "scripts"))
from benchmark import FAST_ESTIMATE, Server, tell  # noqa: E402

pytestmark = pytest.mark.browser
CALCULATORS = {"eigen_bijdrage": "rekenhulp/eigen-bijdrage/", "toegang": "rekenhulp/toegang/",
               "termijnen": "rekenhulp/termijnen/"}
ANSWERS = {
    "eigen_bijdrage": ({"peildatum": "2026-03", "geboortedatum": "1950-05-05", "huishouden": "alleenstaand",
                        "voorzieningen": "maatwerk"}, "€ 21,80"),
    "toegang": ({"hulpvraag": "huishouden", "verblijf": "nederlander", "woonplaats": "in_gemeente",
                 "eigen_oplossing": "nee", "algemene_voorziening": "nee", "andere_regeling": "geen"},
                "cliëntondersteun"),
    "termijnen": ({"gebeurtenis": "aanvraag", "datum": "2026-03-02"}, "2026"),
}
RUNTIME = re.compile(r"/assets/(pyodide|wheels)/")
STEPS = """
window.__steps = [];
document.addEventListener('rekenhulp:progress', (e) => window.__steps.push(e.detail.step));
"""
SNAPSHOT = re.compile(r"/assets/wheels/calculators-[0-9a-f]{12}\.snapshot$")
CUT = re.compile(r"/assets/wheels/calculators-[0-9a-f]{12}\.zip$")
FULL = "/assets/pyodide/python_stdlib.zip"
SLOW_LINE = (1_600_000, 0.150)   # what Chromium is told: the README's slow paced link


@pytest.fixture
def host(site_dir):
    with Server(site_dir) as server:
        yield server


@pytest.fixture
def context(browser):
    ctx = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1000})
    ctx.add_init_script(STEPS)
    ctx.set_default_timeout(90_000)
    yield ctx
    ctx.close()


def manifest(site) -> dict:
    text = (site / "sw.js").read_text(encoding="utf-8")
    return json.loads(re.search(r"^const MANIFEST = (.*);$", text, re.M).group(1))


def write_service_worker(site, command="build") -> None:
    """Write sw.js for a copied site, as a build or the development server would."""
    offline.write(site, serve=command == "serve")
    for suffix in (".br", ".gz"):
        (site / f"sw.js{suffix}").unlink(missing_ok=True)


def open_page(context, url, line=None):
    """A new page at ``url``; ``line``: what Chromium is told about the connection (benchmark.tell)."""
    page = context.new_page()
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    if line:
        tell(context, page, line)
    page.goto(url)
    return page


def ready(page) -> None:
    page.wait_for_function("['ready','error'].includes(document.querySelector('[data-calculator]').dataset.status)")
    assert page.get_attribute("[data-calculator]", "data-status") == "ready", \
        page.get_attribute("[data-calculator]", "data-error")


def works_offline(page) -> None:
    page.wait_for_selector("html[data-offline=ready]", state="attached")


def cut(context, host) -> None:
    """No network: Chromium's offline mode for the pages, and a server that answers nothing."""
    context.set_offline(True)
    host.down = True


def tried(host) -> list[str]:
    """What reached the server, apart from the browser's own update check of sw.js, which
    Chromium's offline emulation does not cover (it fails harmlessly on a real cut)."""
    return [r["path"] for r in host.take() if r["path"] != "/sw.js"]


def calculate(page, calculator) -> str:
    answers, expected = ANSWERS[calculator]
    for key, value in answers.items():
        control = page.locator(f"[data-calculator] [name={key}]").first
        if control.get_attribute("type") in ("radio", "checkbox"):
            page.check(f"[data-calculator] [name={key}][value='{value}']")
        else:
            control.fill(value)
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden])")
    text = page.inner_text("[data-role=result]")
    assert expected in text, text
    return text


def build_caches(page) -> list[str]:
    return [n for n in page.evaluate("caches.keys()") if n.startswith("wmo-wegwijzer-build-")]


def until(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


# ---- the generated service worker ----
def test_the_service_worker_lists_the_site_and_keeps_the_runtime_apart(site_dir):
    data = manifest(site_dir)
    site, runtime = data["site"], data["runtime"]
    assert re.fullmatch(r"[0-9a-f]{12}", data["version"])
    for path in ["", "404.html", "rekenhulp/toegang/", "hulp-vragen/persoonlijk-plan/", "search/search_index.json",
                 "assets/js/offline.js", "assets/js/rekenhulp-worker.mjs"]:
        assert path in site, path
    assert {"assets/pyodide/pyodide.asm.wasm", "assets/pyodide/pyodide.mjs"} <= set(runtime)
    assert any(p.startswith("assets/wheels/") and p.endswith(".whl") for p in runtime)
    assert [p for p in runtime if CUT.search("/" + p)]
    # fetched only on a fast line or for a module the cut left out: kept only when the browser has them
    assert [p for p in data["optional"] if SNAPSHOT.search("/" + p)] and FULL[1:] in data["optional"]
    assert not [p for p in site if RUNTIME.search("/" + p) or p.endswith((".map", ".gz", ".br")) or p == "sw.js"]
    assert not [p for p in site if "lunr/" in p and not p.endswith(("lunr.stemmer.support.min.js", "lunr.nl.min.js"))]
    pages = [p for p in site if p == "" or p.endswith("/")]
    assert len(pages) >= 40
    # the pages once more, together in one file the worker takes its first copy from; not listed itself
    assert data["pages"]["urls"] == sorted([*pages, "404.html"])
    assert re.fullmatch(r"assets/offline/pages-[0-9a-f]{12}\.json", data["pages"]["bundle"])
    assert not [p for p in site if p.startswith("assets/offline/")]


# ---- offline ----
def test_content_pages_cache_the_site_but_never_the_runtime(context, host):
    page = open_page(context, host.url)
    works_offline(page)
    log = host.take()
    assert not [r["path"] for r in log if RUNTIME.search(r["path"])]
    assert any(r["by_sw"] for r in log)              # the precache went through the service worker
    [name] = build_caches(page)
    cached = page.evaluate("async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)", name)
    assert any("/rekenhulp/toegang/?rev=" in u for u in cached)
    assert not [u for u in cached if RUNTIME.search(u)]
    assert offsite(page, host.url) == []


def test_after_one_calculator_visit_everything_works_without_a_network(context, host):
    page = open_page(context, host.url + CALCULATORS["termijnen"])
    ready(page)
    works_offline(page)
    page.close()
    host.take()
    cut(context, host)
    for calculator, path in CALCULATORS.items():
        page = open_page(context, host.url + path)
        ready(page)
        calculate(page, calculator)
        page.close()
    page = open_page(context, host.url + "hulp-vragen/persoonlijk-plan/")
    page.wait_for_selector("[data-plan][data-plan-klaar]", state="attached")
    page.locator("[data-plan-form] textarea").first.fill("Ik kan de trap niet meer op.")
    assert "Ik kan de trap niet meer op." in page.inner_text("[data-plan-output]")
    # A link, served from the cache: a tab, once back at the top, where Material shows the tabs again
    # (scrolled down they are hidden and let clicks through).
    page.evaluate("window.scrollTo(0, 0)")
    page.click(".md-tabs:not([hidden]) a[href$='/kosten/']")
    page.wait_for_url("**/kosten/")
    assert page.locator("h1").count() == 1
    response = page.goto(host.url + "bestaat-niet/")
    assert response.status == 404 and "404" in page.inner_text(".md-content")
    assert tried(host) == []


def test_offline_before_any_calculator_was_used_shows_the_fallback_within_5_seconds(context, host):
    page = open_page(context, host.url)
    works_offline(page)
    cut(context, host)
    page.goto(host.url + CALCULATORS["eigen_bijdrage"])
    page.wait_for_function("document.querySelector('[data-calculator]').dataset.status === 'error'", timeout=5000)
    assert "kon niet starten" in page.inner_text("[data-role=status]")
    assert page.locator("table").first.is_visible()


def two_builds(site_dir, tmp_path):
    """Copies of the site: ``old`` as built, ``new`` with one changed page (/over/) and its own sw.js."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(site_dir, old)
    shutil.copytree(site_dir, new)
    page_file = new / "over" / "index.html"
    page_file.write_text(page_file.read_text(encoding="utf-8").replace("</h1>", " (nieuwe versie)</h1>", 1),
                         encoding="utf-8")
    for suffix in (".br", ".gz"):
        page_file.with_name("index.html" + suffix).unlink(missing_ok=True)
    write_service_worker(new)
    return old, new


def test_a_new_build_replaces_the_old_cache_and_downloads_only_what_changed(context, site_dir, tmp_path):
    old, new = two_builds(site_dir, tmp_path)
    assert manifest(new)["version"] != manifest(old)["version"]

    with Server(old) as host:
        page = open_page(context, host.url + CALCULATORS["eigen_bijdrage"])
        ready(page)
        works_offline(page)
        assert build_caches(page) == [f"wmo-wegwijzer-build-{manifest(old)['version']}"]
        # The snapshot cache that versions before the build-time snapshot kept goes as well.
        page.evaluate("caches.open('wmo-wegwijzer-snapshot').then((c) => c.put('/x', new Response('x')))")
        host.site_dir = new                         # the host now serves the new build
        host.take()
        page.goto(host.url)
        until(lambda: build_caches(page) == [f"wmo-wegwijzer-build-{manifest(new)['version']}"])
        until(lambda: "wmo-wegwijzer-snapshot" not in page.evaluate("caches.keys()"))
        log = host.take()
        fetched = sorted(r["path"] for r in log if r["status"] == 200)
        assert fetched == ["/over/", "/sw.js"]        # the runtime and unchanged pages were copied over
        cut(context, host)
        page.goto(host.url + "over/")
        assert "(nieuwe versie)" in page.inner_text("h1")
        page.goto(host.url + CALCULATORS["eigen_bijdrage"])
        ready(page)
        calculate(page, "eigen_bijdrage")
        assert tried(host) == []


PORTAL = b"<!doctype html><html lang=nl><title>Gratis wifi</title><h1>Log in op het gastennetwerk</h1></html>"
WORKER_SETTLED = """async () => {
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg) return 'gone';
  let worker = reg.installing || reg.waiting || reg.active;
  if (!worker) {   // the worker's script is still loading: wait for its install to start
    await new Promise((resolve) => reg.addEventListener('updatefound', resolve, {once: true}));
    worker = reg.installing;
  }
  const done = () => ['activated', 'redundant'].includes(worker.state);
  if (!done()) await new Promise((resolve) => worker.addEventListener('statechange', () => done() && resolve()));
  return worker.state;
}"""
CACHED_TEXT = """async (path) => {
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname === path) return (await cache.match(request)).text();
    }
  }
  return null;
}"""


def test_a_captive_portal_page_never_enters_the_offline_copy(context, site_dir):
    """Issue 21: a portal's 200 page was cached as /over/bronnen/ and then shown online too. Every file
    is checked against its revision (the SHA-256 of its bytes) before it is cached; a failed install
    keeps nothing. The host sends pre-compressed files: the hash is of the decoded body. The portal
    answers the pages' bundle too, so the worker falls back to fetching the pages one by one."""
    portal = (PORTAL, "text/html; charset=utf-8")
    with Server(site_dir, virtual={"/over/bronnen/": portal, "/" + manifest(site_dir)["pages"]["bundle"]: portal}) \
            as host:
        page = open_page(context, host.url)
        until(lambda: page.evaluate("navigator.serviceWorker.getRegistration().then((r) => Boolean(r))"))
        assert page.evaluate(WORKER_SETTLED) in ("redundant", "gone")   # the install failed
        assert build_caches(page) == []
        assert page.get_attribute("html", "data-offline") is None
        assert page.evaluate(CACHED_TEXT, "/over/bronnen/") is None
        # The portal is gone: the site shows its own page, nothing from a cache.
        host.virtual.clear()
        page.goto(host.url + "over/bronnen/")
        assert "Gratis wifi" not in page.content(), page.content()[:300]
        assert page.locator("h1").inner_text().startswith("Bronnen")
        # A later install, on a good network, works and keeps the real page.
        works_offline(page)
        assert len(build_caches(page)) == 1
        cached = page.evaluate(CACHED_TEXT, "/over/bronnen/")
        assert cached == (site_dir / "over" / "bronnen" / "index.html").read_text(encoding="utf-8")
        cut(context, host)
        page.goto(host.url + "over/bronnen/")
        assert "Log in op het gastennetwerk" not in page.content()
        assert page.locator("h1").inner_text().startswith("Bronnen")


def test_a_bad_copy_in_an_older_cache_is_fetched_again_not_carried_over(context, site_dir, tmp_path):
    """A version before the check may have cached a portal page: the next build copies only what
    still matches its revision and fetches the rest."""
    old, new = two_builds(site_dir, tmp_path)
    with Server(old) as host:
        page = open_page(context, host.url)
        works_offline(page)
        [name] = build_caches(page)
        rev = manifest(old)["site"]["over/bronnen/"]
        page.evaluate("""async ([name, key, body]) => (await caches.open(name)).put(key,
            new Response(body, {headers: {'content-type': 'text/html'}}))""",
                      [name, f"{host.url}over/bronnen/?rev={rev}", PORTAL.decode()])
        host.site_dir = new
        host.take()
        page.goto(host.url)
        until(lambda: build_caches(page) == [f"wmo-wegwijzer-build-{manifest(new)['version']}"])
        # asked of the host: the changed page, and the bad copy (a 304 when the HTTP cache has the real one)
        asked = {r["path"] for r in host.take() if r["status"] in (200, 304)}
        assert asked == {"/over/", "/over/bronnen/", "/sw.js"}
        assert page.evaluate(CACHED_TEXT, "/over/bronnen/") == \
            (new / "over" / "bronnen" / "index.html").read_text(encoding="utf-8")


def test_under_mkdocs_serve_the_worker_removes_itself_and_its_caches(context, site_dir, tmp_path):
    dev = tmp_path / "dev"
    shutil.copytree(site_dir, dev, ignore=shutil.ignore_patterns("pyodide"))
    write_service_worker(dev, command="serve")
    assert manifest(dev) is None
    with Server(site_dir) as host:
        page = open_page(context, host.url)
        works_offline(page)
        assert len(build_caches(page)) == 1
        host.site_dir = dev                        # an earlier build, then `mkdocs serve` on the same port
        page.goto(host.url + "over/")
        registrations = "navigator.serviceWorker.getRegistrations().then((r) => r.length)"
        until(lambda: build_caches(page) == [] and page.evaluate(registrations) == 0)
        page.reload()
        assert page.evaluate("navigator.serviceWorker.controller") is None


# ---- the start: cut standard library, snapshot on a fast line ----
PARITY = """async ([requests, runtime]) => {
  const worker = new Worker(new URL('/assets/js/rekenhulp-worker.mjs', location.href), {type: 'module'});
  const steps = [];
  const answers = new Map();
  worker.onmessage = ({data}) => { if (data.type === 'progress') steps.push(data.step); else answers.get(data.id)?.(data); };
  const send = (id, msg) => new Promise((resolve) => { answers.set(id, resolve); worker.postMessage({v: 1, id, ...msg}); });
  const init = await send(1, {type: 'init', ...runtime});
  if (init.type === 'error') throw new Error(init.message);
  const out = [];
  for (let i = 0; i < requests.length; i++) out.push((await send(i + 2, {type: 'run', request: requests[i]})).response);
  worker.terminate();
  return {steps, out};
}"""


def runtime_of(page, *keys) -> dict:
    """The files the page's calculator starts from (all when no ``keys``)."""
    keys = keys or ("wheel", "stdlib", "snapshot")
    return {key: page.get_attribute("[data-calculator]", f"data-{key}") for key in keys}


def same_as_cpython(cases, answers) -> list[str]:
    """The names of the cases whose answer differs from CPython's."""
    return [case[0] for case, got in zip(cases, answers, strict=True)
            if json.loads(got) != json.loads(run_json(request(case[1], case[2], case[4])))]


def test_on_a_fast_line_the_first_start_restores_the_snapshot_and_answers_as_a_booted_python(context, host):
    page = open_page(context, host.url + CALCULATORS["eigen_bijdrage"], FAST_ESTIMATE)
    ready(page)
    assert page.evaluate("navigator.connection.downlink") == 10   # Chromium's ceiling
    assert page.evaluate("window.__steps") == ["runtime", "snapshot", "wheel", "import"]
    log = host.take()
    [fetched] = [r for r in log if SNAPSHOT.search(r["path"])]
    assert fetched["status"] == 200 and fetched["encoding"] == "br"
    assert not [r for r in log if r["path"] == FULL]
    works_offline(page)                              # the offline copy takes it from the HTTP cache
    assert not [r for r in host.take() if SNAPSHOT.search(r["path"]) and r["status"] == 200]
    calculate(page, "eigen_bijdrage")
    cases = load()
    requests = [request(c[1], c[2], c[4]) for c in cases]
    restored = page.evaluate(PARITY, [requests, runtime_of(page)])
    booted = page.evaluate(PARITY, [requests, runtime_of(page, "wheel", "stdlib")])
    full = page.evaluate(PARITY, [requests, runtime_of(page, "wheel")])   # as under mkdocs serve
    assert restored["steps"] == ["runtime", "snapshot", "wheel", "import"]
    assert booted["steps"] == full["steps"] == ["runtime", "boot", "wheel", "import"]
    for name, answers in (("restored", restored["out"]), ("booted", booted["out"]), ("full", full["out"])):
        assert same_as_cpython(cases, answers) == [], name


@pytest.mark.parametrize("answer", ["missing", "broken"])
def test_without_a_usable_snapshot_python_boots_as_usual(context, host, answer):
    page = context.new_page()
    page.route(SNAPSHOT, lambda route: route.fulfill(status=404) if answer == "missing"
               else route.fulfill(status=200, body=bytes(4096), content_type="application/octet-stream"))
    tell(context, page, FAST_ESTIMATE)
    page.goto(host.url + CALCULATORS["toegang"])
    ready(page)
    assert page.evaluate("window.__steps") == ["runtime", "snapshot", "boot", "wheel", "import"]
    calculate(page, "toegang")


@pytest.mark.parametrize("line", ["1.6 Mbit/s", "unknown", "3G"])
def test_on_any_other_line_python_boots_and_the_snapshot_is_never_downloaded(browser, host, line):
    """What Chromium knows of the line: told by DevTools, nothing (it then says 1.5 Mbit/s), or its
    own switch for a 3G connection."""
    slow = None
    if line == "3G":
        slow = browser.browser_type.launch(executable_path=chromium_path(),
                                           args=[*CHROMIUM_FLAGS, "--force-effective-connection-type=3G"])
    context = (slow or browser).new_context(locale="nl-NL")
    context.add_init_script(STEPS)
    context.set_default_timeout(90_000)
    try:
        estimate = SLOW_LINE if line == "1.6 Mbit/s" else None
        page = open_page(context, host.url + CALCULATORS["termijnen"], estimate)
        ready(page)
        assert page.evaluate("navigator.connection.downlink") < 2
        assert page.evaluate("window.__steps") == ["runtime", "boot", "wheel", "import"]
        works_offline(page)                          # the offline copy does not fetch it either
        # The size the privacy page tells residents: about 17 MB with a calculator used.
        assert 12e6 < page.evaluate("navigator.storage.estimate().then((e) => e.usage)") < 25e6
        log = host.take()
        assert not [r for r in log if SNAPSHOT.search(r["path"]) or r["path"] == FULL]
        assert [r["encoding"] for r in log if CUT.search(r["path"]) and r["status"] == 200] == ["br"]
        page.close()
        page = open_page(context, host.url + CALCULATORS["termijnen"], estimate)
        ready(page)                                  # the next visit boots from the offline copy
        assert page.evaluate("window.__steps") == ["runtime", "boot", "wheel", "import"]
        assert not [r for r in host.take() if RUNTIME.search(r["path"])]
        calculate(page, "termijnen")
    finally:
        context.close()
        if slow:
            slow.close()


def test_a_snapshot_the_offline_copy_holds_is_restored_on_a_slow_line_without_the_network(context, host):
    page = open_page(context, host.url + CALCULATORS["toegang"], FAST_ESTIMATE)
    ready(page)
    works_offline(page)
    page.close()
    host.take()
    page = open_page(context, host.url + CALCULATORS["toegang"], SLOW_LINE)
    ready(page)
    assert page.evaluate("window.__steps") == ["runtime", "snapshot", "wheel", "import"]
    assert not [r for r in host.take() if RUNTIME.search(r["path"])]
    calculate(page, "toegang")


def without(zip_bytes: bytes, name: str) -> bytes:
    """The cut standard library without one module."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as cut, zipfile.ZipFile(out, "w") as smaller:
        assert name in cut.namelist()
        for info in cut.infolist():
            if info.filename != name:
                smaller.writestr(info, cut.read(info))
    return out.getvalue()


@pytest.mark.parametrize("module, steps", [
    # imported by the calculators: found missing when they are imported
    ("calendar.pyc", ["runtime", "boot", "wheel", "import", "full-stdlib"]),
    # imported by Pyodide's own start: it boots again on the full library
    ("textwrap.pyc", ["runtime", "boot", "full-stdlib", "wheel", "import"]),
])
def test_a_module_the_cut_standard_library_lacks_is_fetched_with_the_full_one(browser, host, site_dir, module,
                                                                               steps):
    # No service worker: its offline copy would hand the second worker below the real cut zip.
    context = browser.new_context(locale="nl-NL", service_workers="block")
    context.add_init_script(STEPS)
    context.set_default_timeout(90_000)
    page = context.new_page()
    cut_name = None

    def smaller(route):
        nonlocal cut_name
        cut_name = route.request.url.rsplit("/", 1)[1]
        route.fulfill(status=200, content_type="application/zip",
                      body=without((site_dir / "assets" / "wheels" / cut_name).read_bytes(), module))
    page.route(CUT, smaller)
    page.goto(host.url + CALCULATORS["termijnen"])
    ready(page)
    assert page.evaluate("window.__steps") == steps
    assert [r["status"] for r in host.take() if r["path"] == FULL] == [200]   # once
    calculate(page, "termijnen")
    cases = [c for c in load() if c[1] != "eigen_bijdrage"]   # a new worker, on the same smaller zip
    answers = page.evaluate(PARITY, [[request(c[1], c[2]) for c in cases], runtime_of(page, "wheel", "stdlib")])
    assert "full-stdlib" in answers["steps"]
    assert same_as_cpython(cases, answers["out"]) == []
    context.close()


@pytest.mark.parametrize("line", [None, FAST_ESTIMATE], ids=["boot", "snapshot"])
def test_nothing_is_downloaded_twice_on_a_first_visit(context, host, line):
    page = open_page(context, host.url + CALCULATORS["toegang"], line)
    ready(page)
    works_offline(page)
    fetched = [r["path"] for r in host.take() if r["status"] == 200]
    assert sorted({p for p in fetched if fetched.count(p) > 1}) == []
    assert any(RUNTIME.search(p) for p in fetched)


FIRST_VISIT_BUDGET = 4_000_000   # bytes, headers included (issue 20: "≤ 4 MB for a first visit")


@pytest.mark.parametrize("path", [*CALCULATORS.values(), "rekenhulp/brieven/"])
def test_a_first_visit_to_a_calculator_with_its_offline_copy_stays_within_4_mb(context, host, path):
    """The whole first visit: the page, Pyodide, the cut standard library, the wheel, and then the
    offline copy of the site, whose pages come in one download (the pages' bundle), not one by one."""
    page = open_page(context, host.url + path)
    ready(page)
    works_offline(page)
    log = host.take()
    total = sum(r["bytes"] for r in log)
    assert total <= FIRST_VISIT_BUDGET, f"{total:,} bytes"
    listed = manifest(host.site_dir)["pages"]
    assert [r["status"] for r in log if r["path"] == "/" + listed["bundle"]] == [200]
    pages = {"/" + p for p in listed["urls"]}
    assert [r["path"] for r in log if r["path"] in pages and r["status"] == 200] == ["/" + path]
    assert page.evaluate(CACHED_TEXT, "/over/bronnen/") == \
        (host.site_dir / "over" / "bronnen" / "index.html").read_text(encoding="utf-8")


WIS_ALLES = "Wis alles van deze site op dit apparaat"
STORED = """async () => ({
  local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort(),
  caches: (await caches.keys()).sort(), workers: (await navigator.serviceWorker.getRegistrations()).length,
  databases: (await indexedDB.databases()).length,
})"""


def delete_everything(page) -> None:
    page.get_by_role("button", name=WIS_ALLES).click()
    page.locator("[data-wis-alles] [role=status]").filter(
        has_text="Alles wat deze site op dit apparaat bewaarde, is gewist.").wait_for()


def test_the_privacy_page_deletes_everything_the_site_stored(context, host):
    """Issue 21: the button deleted only the offline copy, and said so; the plan and the ticks stayed."""
    # On a fast line, so the offline copy holds the snapshot too.
    page = open_page(context, host.url + CALCULATORS["toegang"], FAST_ESTIMATE)
    ready(page)
    works_offline(page)
    page.goto(host.url + "hulp-vragen/persoonlijk-plan/")
    page.wait_for_selector("[data-plan][data-plan-klaar]", state="attached")
    page.get_by_role("switch", name="Bewaar mijn plan op dit apparaat").check()
    page.get_by_label("Huishouden").fill("Stofzuigen lukt niet.")
    page.goto(host.url + "checklists/bezwaar/")
    page.wait_for_selector("[data-checklist-klaar]")
    page.get_by_role("switch", name="Onthoud mijn vinkjes op dit apparaat").check()
    page.locator(".checklist .task-list-control input[type=checkbox]").first.check()
    # What a later part of the site (the case page) or Material may keep under this site's names.
    page.evaluate("""() => {
      localStorage.setItem('wmo-wegwijzer:dossier', '{"melding": "2026-11-02"}');
      sessionStorage.setItem('wmo-wegwijzer:stap', '2');  // with the plan's own copy for the visit: three
      localStorage.setItem('/.__palette', '{}');
      sessionStorage.setItem('/.__tabs', '[]');
    }""")
    page.goto(host.url + "over/privacy/")
    works_offline(page)
    before = page.evaluate(STORED)
    assert len(before["local"]) == 4 and len(before["session"]) == 3 and before["caches"] and before["workers"] == 1
    # The size the page tells residents (about 50 MB with a calculator used on a fast line): keep it true.
    used = page.evaluate("navigator.storage.estimate().then((e) => e.usage)")
    assert 35e6 < used < 70e6, used
    delete_everything(page)
    assert page.evaluate(STORED) == {"local": [], "session": [], "caches": [], "workers": 0, "databases": 0}
    assert context.cookies() == []
    assert page.get_attribute("html", "data-offline") is None
    # Nothing comes back after a reload.
    page.goto(host.url + "hulp-vragen/persoonlijk-plan/")
    page.wait_for_selector("[data-plan][data-plan-klaar]", state="attached")
    assert page.get_by_label("Huishouden").input_value() == ""
    assert not page.get_by_role("switch", name="Bewaar mijn plan op dit apparaat").is_checked()
    page.goto(host.url + "checklists/bezwaar/")
    page.wait_for_selector("[data-checklist-klaar]")
    assert page.locator(".checklist .task-list-control input:checked").count() == 0
    assert page.evaluate("Object.keys(localStorage)") == []


def test_the_delete_leaves_other_applications_on_the_same_origin_alone(context, host):
    """A gemeente may host the site beside its own pages: only this site's names are deleted."""
    page = open_page(context, host.url + "over/privacy/")
    works_offline(page)
    page.evaluate("""async () => {
      localStorage.setItem('gemeente:lettergrootte', 'groot');
      localStorage.setItem('wmo-wegwijzer:plan', '{}');
      await (await caches.open('gemeente-site')).put('/x', new Response('x'));
    }""")
    delete_everything(page)
    stored = page.evaluate(STORED)
    assert stored["local"] == ["gemeente:lettergrootte"] and stored["caches"] == ["gemeente-site"]
    assert stored["workers"] == 0

"""deploy/nginx.conf for real: Debian's nginx serves the built gemeente edition with exactly the
shipped headers (only listen and root are changed), and Chromium runs the calculators under that
Content-Security-Policy without a single violation. nginx missing is a failure, never a skip."""
from __future__ import annotations

import gzip
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from browser_helpers import offsite

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
from csp import CONFIGS, inline_hashes, missing, shipped_policy  # noqa: E402

NGINX_CONF = ROOT / "deploy" / "nginx.conf"
MIME_TYPES = Path("/etc/nginx/mime.types")
WRAPPER = """daemon off;
master_process off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include {mime};
    default_type application/octet-stream;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    sendfile on;
{server}
}}
"""
CSP_REPORTS = """document.addEventListener('securitypolicyviolation',
  e => window.__cspReport(`${e.effectiveDirective} ${e.blockedURI} ${e.sample || ''}`));"""


def nginx_binary() -> str:
    path = os.environ.get("NGINX") or shutil.which("nginx") or (
        "/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
    if not path or not MIME_TYPES.exists():
        pytest.fail("nginx is missing. `make test` installs Debian's nginx-light through "
                    "`scripts/setup.sh --browser`; or set NGINX=/path/to/nginx. Never skipped.")
    return path


def nginx_config_for(site: Path, port: int, tmp: Path) -> str:
    """The shipped file with only listen and root changed, inside a minimal http block."""
    server = NGINX_CONF.read_text(encoding="utf-8")
    server, n_listen = re.subn(r"^(\s*)listen\s+80;", rf"\1listen 127.0.0.1:{port};", server, flags=re.M)
    server, n_root = re.subn(r"^(\s*)root\s+\S+;", rf"\1root {site.resolve()};", server, flags=re.M)
    assert n_listen == n_root == 1, "deploy/nginx.conf must have one 'listen 80;' and one 'root'"
    return WRAPPER.format(tmp=tmp, mime=MIME_TYPES, server=server)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def nginx_url(gemeente_site_dir, tmp_path_factory):
    binary, tmp = nginx_binary(), tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = tmp / "nginx.conf"
    conf.write_text(nginx_config_for(gemeente_site_dir, port, tmp), encoding="utf-8")
    cmd = [binary, "-p", str(tmp), "-c", str(conf), "-e", str(tmp / "error.log")]
    check = subprocess.run(cmd + ["-t"], capture_output=True, text=True)
    if check.returncode:
        pytest.fail(f"deploy/nginx.conf does not load:\n{check.stderr}")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"nginx did not start: {proc.stderr.read().decode()}")
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def get(url: str, **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


# ---- the shipped configs (no server needed) ----

def test_both_configs_send_the_same_policy():
    assert shipped_policy(CONFIGS[0]) == shipped_policy(CONFIGS[1])


@pytest.mark.parametrize("edition", ["site_dir", "gemeente_site_dir"])
def test_the_shipped_policy_allows_every_inline_script_of_the_build(request, edition):
    site = request.getfixturevalue(edition)
    assert inline_hashes(site), "Material's inline scripts were not found"
    for config in CONFIGS:
        assert missing(site, config) == set(), (
            f"{config.name} lacks hashes of inline scripts: run `python deploy/csp.py {site}` "
            "and put the policy in deploy/nginx.conf and deploy/apache.htaccess")


# ---- nginx with deploy/nginx.conf ----

def test_pages_get_the_security_headers_and_no_cache(nginx_url):
    status, headers, _ = get(nginx_url + "rekenhulp/eigen-bijdrage/")
    assert status == 200
    assert headers["Content-Security-Policy"] == shipped_policy(NGINX_CONF)
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-cache"
    assert "Set-Cookie" not in headers
    status, headers, _ = get(nginx_url + "bestaat-niet/")
    assert status == 404 and headers["Content-Security-Policy"] == shipped_policy(NGINX_CONF)


@pytest.mark.parametrize("path,content_type,cache", [
    ("assets/pyodide/pyodide.asm.wasm", "application/wasm", "public, max-age=604800"),
    ("assets/js/rekenhulp-worker.mjs", "text/javascript", "no-cache"),
    ("assets/css/gemeente.css", "text/css", "no-cache"),
    ("sw.js", None, "no-cache"),
])
def test_types_and_caching(nginx_url, gemeente_site_dir, path, content_type, cache):
    if not (gemeente_site_dir / path).exists():   # sw.js: the rule must hold once there is one
        path = "index.html"
    status, headers, _ = get(nginx_url + path)
    assert status == 200
    if content_type:
        assert headers["Content-Type"].split(";")[0] == content_type
    assert headers["Cache-Control"] == cache
    assert headers["Content-Security-Policy"] == shipped_policy(NGINX_CONF)


def test_hashed_assets_are_cached_for_a_year(nginx_url, gemeente_site_dir):
    bundle = next((gemeente_site_dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    calculators = sorted((gemeente_site_dir / "assets" / "wheels").glob("calculators-*.*"))
    assert {p.suffix for p in calculators} >= {".whl", ".zip", ".snapshot"}   # each with a hash in its name
    pages = list((gemeente_site_dir / "assets" / "offline").glob("pages-*.json"))   # the offline copy's pages
    assert len(pages) == 1
    for path in (bundle, *calculators, *pages):
        _, headers, _ = get(nginx_url + path.relative_to(gemeente_site_dir).as_posix())
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable", path


def test_compressed_on_the_fly_and_pre_compressed_files_served_as_they_are(nginx_url, gemeente_site_dir):
    _, headers, body = get(nginx_url + "assets/pyodide/pyodide.asm.wasm", **{"Accept-Encoding": "gzip"})
    assert headers.get("Content-Encoding") == "gzip" and "Accept-Encoding" in headers.get("Vary", "")
    assert gzip.decompress(body) == (gemeente_site_dir / "assets/pyodide/pyodide.asm.wasm").read_bytes()
    # gzip_static: sitemap.xml.gz (made by MkDocs) is sent byte for byte for /sitemap.xml
    _, headers, body = get(nginx_url + "sitemap.xml", **{"Accept-Encoding": "gzip"})
    assert headers.get("Content-Encoding") == "gzip"
    assert body == (gemeente_site_dir / "sitemap.xml.gz").read_bytes()


# ---- Chromium under the policy ----

@pytest.fixture
def csp_page(browser, nginx_url):
    """A page that records CSP violations (events and console) and every request; no CSP bypass."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1400},
                                  accept_downloads=True)
    pg = context.new_page()
    pg.violations, pg.requests = [], []
    pg.expose_function("__cspReport", lambda text: pg.violations.append(text))
    pg.add_init_script(CSP_REPORTS)
    pg.on("console", lambda m: "Content Security Policy" in m.text and pg.violations.append(m.text))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def ready(page, root="[data-calculator]"):
    # wait_for_function would evaluate a string, which this very policy forbids
    page.wait_for_selector(f"{root}[data-status=ready], {root}[data-status=error]", state="attached")
    assert page.get_attribute(root, "data-status") == "ready", page.get_attribute(root, "data-error")


@pytest.mark.browser
def test_the_policy_is_enforced_at_all(csp_page, nginx_url):
    """Control: an injected inline script is blocked and reported, so 'no violations' means something."""
    csp_page.goto(nginx_url)
    ran = csp_page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__injected = true'; document.head.append(s); return !!window.__injected; }""")
    csp_page.wait_for_timeout(200)
    assert ran is False
    assert any("script-src-elem inline" in v for v in csp_page.violations), csp_page.violations


@pytest.mark.browser
def test_calculators_and_downloads_work_under_the_policy(csp_page, nginx_url):
    page = csp_page
    page.goto(nginx_url + "rekenhulp/eigen-bijdrage/")
    ready(page)
    page.fill("[name=peildatum]", "2026-03")
    page.fill("[name=geboortedatum]", "1950-05-05")
    page.check("[name=huishouden][value=alleenstaand]")
    page.check("[name=voorzieningen][value=maatwerk]")
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result]:not([hidden])")
    assert "U betaalt € 15,00 per maand over maart 2026." in page.inner_text("[data-role=result]")

    page.goto(nginx_url + "rekenhulp/termijnen/")
    ready(page)
    page.check("input[name=gebeurtenis][value=besluit]")
    page.fill("input[name=datum]", "2026-11-13")
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector("[data-role=result] a[download]")
    with page.expect_download() as wacht:          # a blob: link: no CSP directive involved
        page.click("[data-role=result] a[download]")
    assert wacht.value.suggested_filename.endswith(".ics")
    assert b"BEGIN:VCALENDAR" in Path(wacht.value.path()).read_bytes()

    page.goto(nginx_url + "hulp-vragen/persoonlijk-plan/")
    page.wait_for_selector("[data-plan][data-plan-klaar]")
    with page.expect_download() as wacht:
        page.get_by_role("button", name="Download als document (.txt)").click()
    assert wacht.value.suggested_filename == "persoonlijk-plan.txt"

    assert page.violations == []
    assert offsite(page, nginx_url) == []


@pytest.mark.browser
def test_search_tooltips_and_navigation_work_under_the_policy(csp_page, nginx_url):
    page = csp_page
    page.goto(nginx_url + "hulp-vragen/stappen/")
    page.locator("abbr").first.hover()
    page.keyboard.press("/")
    page.keyboard.type("bezwaar")
    page.wait_for_selector(".md-search-result__item")
    page.click(".md-search-result__link")
    page.wait_for_url(lambda url: "hulp-vragen/stappen" not in url)
    page.wait_for_selector("article h1")
    assert page.violations == []
    assert offsite(page, nginx_url) == []


@pytest.mark.browser
def test_the_brievenhulp_works_under_the_policy(csp_page, nginx_url):
    """Issue 17: the letter helper under the production CSP: answers from the fragment, the preview,
    Word and OpenDocument downloads from the worker's base64, printing; in the gemeente edition the
    letter goes to that gemeente without asking."""
    page = csp_page
    page.goto(nginx_url + "rekenhulp/brieven/#soort=bezwaar&besluit_datum=2026-03-02&besluit_kenmerk=W-123"
                          "&datum=2026-03-20")
    ready(page, "[data-calculator=brieven]")
    assert page.input_value("[name=gemeente]") == "Voorbeeldstad"
    page.fill("[name=naam]", "A. Jansen <b>")
    page.fill("[name=gronden]", "Het klopt niet.")
    page.click("[data-calculator] button[type=submit]")
    page.wait_for_selector(".brief__papier")
    papier = page.inner_text(".brief__papier")
    assert "van de gemeente Voorbeeldstad" in papier and "A. Jansen <b>" in papier
    for knop, soort in (("Download voor Word (.docx)", ".docx"), ("Download als OpenDocument (.odt)", ".odt")):
        with page.expect_download() as wacht:
            page.get_by_role("button", name=knop).click()
        assert wacht.value.suggested_filename.endswith(soort)
        assert Path(wacht.value.path()).read_bytes()[:2] == b"PK"
    page.emulate_media(media="print")
    assert page.locator(".brief__papier").is_visible() and page.locator(".md-header").is_hidden()
    assert page.violations == []
    assert offsite(page, nginx_url) == []

"""Benchmark: what a visitor downloads and waits for, and how fast the calculators run in batch.

    make bench                                   # builds the site, then every part
    .venv/bin/python scripts/benchmark.py [--site site] [--runs 5] [--submits 20]
                                          [--parts browser,links,lighthouse,python] [--json out.json]
    .venv/bin/python scripts/benchmark.py --parts links --runs 3   # the paced links only
    .venv/bin/python scripts/benchmark.py --parts python           # calculations per second only

The built site is served like a real host would serve it (``Server``): the pre-compressed
``.br``/``.gz`` copies with ``Content-Encoding``, ``ETag`` revalidation, ``Cache-Control: no-cache``
(so only the service worker, not a lucky HTTP cache, makes a repeat visit fast). Bytes are counted
on the server as sent, headers included; requests made by the service worker are counted apart
(they carry its URL as referrer). Debian Chromium is driven by Playwright; "bare" is a minimal page
whose module worker only runs ``loadPyodide`` from stock Pyodide (the npm package in
``node_modules/pyodide``, compressed as the site's own copies are): the reference every calculator
page is measured against.

``links`` serves the same site over paced links (``LINKS``: 9 Mbit/s with 50 ms per request, 1.6
Mbit/s with 150 ms): the server waits the delay before each response and sends every byte through
one token bucket per server (``Line``), so parallel requests share the bandwidth as on a real line.
Chromium is told the link's speed (DevTools ``Network.overrideNetworkState``: what
``navigator.connection`` reports, no throttling of its own), as a browser that has seen traffic on
that line would estimate it. Cold cache: a new browser context per visit.
This script prints numbers and asserts nothing; the tests check behaviour.
"""
from __future__ import annotations

import argparse
import email.utils
import http.server
import json
import mimetypes
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CALCULATORS = {
    "rekenhulp/eigen-bijdrage/": {"peildatum": "2026-03", "geboortedatum": "1950-05-05",
                                  "huishouden": "alleenstaand", "voorzieningen": ["maatwerk"]},
    "rekenhulp/toegang/": {"hulpvraag": "huishouden", "verblijf": "nederlander", "woonplaats": "in_gemeente",
                           "eigen_oplossing": "nee", "andere_regeling": "geen"},
    "rekenhulp/termijnen/": {"gebeurtenis": "aanvraag", "datum": "2026-03-02"},
    "rekenhulp/brieven/": {"soort": "bezwaar", "naam": "A. Jansen", "adres": "Dorpsstraat 1",
                           "postcode_plaats": "1234 AB Voorbeeldstad", "gemeente": "Voorbeeldstad",
                           "datum": "2026-03-20", "besluit_datum": "2026-03-02", "besluit_kenmerk": "W-123",
                           "afwijzingsgronden": ["eigen_oplossing"], "gronden": "Ik kan niet traplopen."},
}
# The localhost row measured again in a Chromium told it is on a fast line (the worker then
# restores the start snapshot; by default Chromium estimates an unknown line at 1.5 Mbit/s).
FAST_PAGE = "rekenhulp/toegang/"
FAST = f"{FAST_PAGE} (fast line)"
FAST_ESTIMATE = (100_000_000, 0.005)   # what Chromium is told: 100 Mbit/s (it reports 10, its cap), 5 ms
# Paced links: bits per second, seconds of delay before each response.
LINKS = {"9 Mbit/s, 50 ms": (9_000_000, 0.050), "1.6 Mbit/s, 150 ms": (1_600_000, 0.150)}
CONTENT = ["", "kosten/eigen-bijdrage/", "hulp-vragen/keukentafelgesprek/", "hulp-vragen/persoonlijk-plan/"]
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
         ".whl": "application/zip", ".zip": "application/zip", ".json": "application/json",
         ".svg": "image/svg+xml"}
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
RUNTIME = ("/assets/pyodide/", "/assets/wheels/")
STOCK = "/__stock__/"   # stock Pyodide from node_modules/pyodide, served as the site's copies are

BARE_HTML = b"""<!doctype html><html lang="en"><meta charset="utf-8"><title>bare Pyodide</title>
<script type="module">
const worker = new Worker(new URL("worker.mjs", location.href), {type: "module"});
worker.onmessage = ({data}) => { window.__bench = {ready: performance.now(), error: data.error}; };
</script></html>"""
BARE_WORKER = b"""import { loadPyodide } from "../__stock__/pyodide.mjs";
try {
  await loadPyodide({indexURL: new URL("../__stock__/", import.meta.url).href});
  postMessage({});
} catch (error) { postMessage({error: String(error)}); }"""


def stock_pyodide() -> dict:
    """The files stock Pyodide loads, from the npm package, each with the ``.br``/``.gz`` copies the
    build's precompress step would make of it (the same cache: compressed once per machine)."""
    sys.path.insert(0, str(ROOT))
    from wegwijzer_build.steps import precompress, runtime
    source, cache, files = runtime.pyodide_dir(ROOT), precompress.cache_dir(), {}
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        data = (source / name).read_bytes()
        variants = {None: data}
        if Path(name).suffix in precompress.SUFFIXES:
            for encoding, suffix in ENCODINGS:
                out = precompress.compressed(data, suffix, cache)
                if len(out) <= len(data) * (1 - precompress.MIN_SAVING):
                    variants[encoding] = out
        files[STOCK + name] = (variants, TYPES.get(Path(name).suffix) or "application/octet-stream")
    return files


# ---- a static host that serves pre-compressed files and counts what it sends ----
class Line:
    """A paced link: ``bits`` per second through one token bucket for the whole server, so parallel
    requests share the bandwidth as they do on a real line (in slots of ``CHUNK`` bytes, in the order
    they ask), and ``delay`` seconds before each response: the round trip of the request."""
    CHUNK = 4096

    def __init__(self, bits: float, delay: float):
        self.rate, self.delay = bits / 8, delay
        self.lock, self.free_at = threading.Lock(), 0.0

    def send(self, wfile, data: bytes) -> None:
        for start in range(0, len(data), self.CHUNK):
            chunk = data[start:start + self.CHUNK]
            with self.lock:   # reserve the line for this chunk; a chunk arrives at the end of its slot
                self.free_at = max(time.monotonic(), self.free_at) + len(chunk) / self.rate
                arrives = self.free_at
            time.sleep(max(0.0, arrives - time.monotonic()))
            wfile.write(chunk)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_HEAD(self):
        self.respond(send_body=False)

    def do_GET(self):
        self.respond(send_body=True)

    def resolve(self, path: str) -> Path | None:
        site = self.server.site_dir.resolve()
        target = (site / path.lstrip("/")).resolve()
        if not target.is_relative_to(site):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def out(self, data: bytes) -> None:
        """Every byte to the browser goes through here: counted, and paced on a link."""
        self.sent += len(data)
        if self.server.line:
            self.server.line.send(self.wfile, data)
        else:
            self.wfile.write(data)

    def flush_headers(self):
        if getattr(self, "_headers_buffer", None):
            self.out(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def respond(self, send_body: bool):
        self.sent = 0
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        if self.server.down:   # a cut network: no answer at all
            self.close_connection = True
            return self.record(path, 0, None)
        if self.server.line:
            time.sleep(self.server.line.delay)
        accepted = self.headers.get("Accept-Encoding", "")
        if path in self.server.virtual:
            variants, ctype = self.server.virtual[path]
            if not isinstance(variants, dict):
                variants = {None: variants}
            encoding = next((name for name, _ in ENCODINGS if name in accepted and name in variants), None)
            body, status = variants[encoding], 200
            etag = f'"{hash(body) & 0xffffffff:x}-{len(body):x}"'
        else:
            file = self.resolve(path)
            if file and (self.server.site_dir / path.lstrip("/")).is_dir() and not path.endswith("/"):
                return self.send(301, b"", "text/plain", None, None, send_body, {"Location": path + "/"})
            status = 200 if file else 404
            file = file or self.server.site_dir / "404.html"
            ctype = TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            encoding = None
            for name, suffix in ENCODINGS:
                if name in accepted and file.with_name(file.name + suffix).is_file():
                    file, encoding = file.with_name(file.name + suffix), name
                    break
            stat = file.stat()
            etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
            body = None if status == 200 and self.headers.get("If-None-Match") == etag else file.read_bytes()
        if status == 200 and self.headers.get("If-None-Match") == etag:
            return self.send(304, b"", ctype, None, etag, send_body)
        self.send(status, body, ctype, encoding, etag, send_body)

    def send(self, status, body, ctype, encoding, etag, send_body, extra=None):
        self.send_response(status)
        headers = {"Content-Type": ctype, "Content-Length": str(len(body)), "Cache-Control": "no-cache",
                   "Vary": "Accept-Encoding", "Date": email.utils.formatdate(usegmt=True),
                   "Content-Encoding": encoding, "ETag": etag, **(extra or {})}
        for key, value in headers.items():
            if value:
                self.send_header(key, value)
        self.end_headers()
        if send_body and status != 304 and body:
            self.out(body)
        self.record(urllib.parse.urlsplit(self.path).path, status, encoding)

    def record(self, path, status, encoding):
        by_sw = self.headers.get("Referer", "").endswith("/sw.js")
        with self.server.lock:
            self.server.log.append({"path": path, "status": status, "bytes": self.sent, "encoding": encoding,
                                    "by_sw": by_sw})


class Server(http.server.ThreadingHTTPServer):
    """The site on 127.0.0.1. ``site_dir`` may be swapped to serve a new build at the same origin;
    ``down = True`` answers nothing, like a cut network (the request is still logged, status 0);
    ``line`` (a :class:`Line`, or None for no limit) paces every response."""
    daemon_threads = True

    def __init__(self, site_dir: Path, virtual: dict | None = None, line: Line | None = None):
        super().__init__(("127.0.0.1", 0), Handler)
        self.site_dir, self.virtual, self.down, self.line = Path(site_dir), virtual or {}, False, line
        self.log, self.lock = [], threading.Lock()
        self.url = f"http://127.0.0.1:{self.server_address[1]}/"

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()

    def take(self) -> list[dict]:
        with self.lock:
            log, self.log = self.log, []
        return log


def traffic(log: list[dict]) -> dict:
    page = [r for r in log if not r["by_sw"]]
    fetched = [r["path"] for r in log if r["status"] == 200]
    return {"bytes": sum(r["bytes"] for r in page), "requests": len(page),
            "sw_bytes": sum(r["bytes"] for r in log if r["by_sw"]),
            "pyodide": any(r["path"].startswith(RUNTIME) for r in log),
            "twice": sorted({f for f in fetched if fetched.count(f) > 1})}


# ---- the browser side ----
MARK_READY = """
window.__bench = {steps: []};
document.addEventListener('rekenhulp:progress', (e) => window.__bench.steps.push(e.detail.step));
new MutationObserver(() => {
  const root = document.querySelector('[data-calculator]');
  if (root && !window.__bench.form && root.querySelector('[data-role=form]:not([hidden]) input'))
    window.__bench.form = performance.now();   // the visitor can start answering
  if (root && root.dataset.status === 'ready' && !window.__bench.ready) window.__bench.ready = performance.now();
  if (root && root.dataset.status === 'error') window.__bench.error = root.dataset.error || 'error';
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'hidden']});
"""
SUBMITS = """async (n) => {
  const root = document.querySelector('[data-calculator]');
  const button = root.querySelector('button[type=submit]');
  const times = [];
  for (let i = 0; i < n; i++) {
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (root.dataset.status !== 'busy') { observer.disconnect(); resolve(); }
      });
      observer.observe(root, {attributes: true, attributeFilter: ['data-status']});
    });
    const start = performance.now();
    button.click();
    await done;
    times.push(performance.now() - start);
    if (root.querySelector('[data-role=result]').hidden) throw new Error('no result: ' + root.innerText);
    await new Promise((r) => setTimeout(r, 30));
  }
  return times;
}"""


def fill(page, answers: dict):
    for key, value in answers.items():
        for v in value if isinstance(value, list) else [value]:
            control = page.locator(f"[data-calculator] [name={key}]").first
            if control.get_attribute("type") in ("radio", "checkbox"):
                page.check(f"[data-calculator] [name={key}][value='{v}']")
            else:
                control.fill(v)


def wait_ready(page) -> float:
    page.wait_for_function("window.__bench && (window.__bench.ready || window.__bench.error)", timeout=300_000)
    bench = page.evaluate("window.__bench")
    if bench.get("error"):
        raise RuntimeError(f"{page.url}: {bench['error']}")
    return bench["ready"]


def new_context(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.add_init_script(MARK_READY)
    return context


def tell(context, page, estimate: tuple) -> None:
    """Tell Chromium what the line does: ``estimate`` is (bits per second, seconds of round trip).
    The page and its workers report it in ``navigator.connection`` (downlink at most 10 Mbit/s); no
    request is slowed down by it."""
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    bits, rtt = estimate
    cdp.send("Network.overrideNetworkState", {"offline": False, "latency": rtt * 1000,
                                              "downloadThroughput": bits / 8, "uploadThroughput": bits / 8})


def visit(context, url: str, estimate: tuple | None = None, ready: bool = True):
    """Open ``url`` in a new page, Chromium told ``estimate`` about the line (see :func:`tell`)."""
    page = context.new_page()
    if estimate:
        tell(context, page, estimate)
    page.goto(url, timeout=300_000)
    return page, (wait_ready(page) if ready else None)


def start_path(page) -> str:
    """How the worker started Python: "snapshot" (restored) or "boot" (booted, also after a failed restore)."""
    return "boot" if "boot" in page.evaluate("window.__bench.steps") else "snapshot"


def measure_calculator(browser, server: Server, path: str, answers: dict, submits: int,
                       estimate: tuple | None = None) -> dict:
    """A first visit (cold cache) until ready, the service worker's offline copy after it, ``submits``
    calculations, then a repeat visit."""
    context = new_context(browser)
    server.take()
    page, cold = visit(context, server.url + path, estimate)
    form = page.evaluate("window.__bench.form")
    cold_log = server.take()
    cold_traffic = traffic(cold_log)
    cold_traffic["start"] = start_path(page)
    page.wait_for_selector("html[data-offline=ready]", state="attached", timeout=300_000)
    background_log = server.take()
    background = traffic(background_log)
    visit_traffic = traffic(cold_log + background_log)   # the whole first visit, offline copy included
    times = [0.0]
    if submits:
        fill(page, answers)
        times = page.evaluate(SUBMITS, submits)
    page.close()
    server.take()
    page, warm = visit(context, server.url + path, estimate)
    warm_traffic = traffic(server.take())
    warm_traffic["start"] = start_path(page)
    context.close()
    return {"form_ms": form, "cold_ms": cold, "warm_ms": warm, "submit_ms": statistics.median(times),
            "submit_max_ms": max(times), "cold": cold_traffic, "offline_cache": background,
            "visit": visit_traffic, "warm": warm_traffic}


def measure_bare(browser, server: Server, estimate: tuple | None = None) -> dict:
    context = browser.new_context()
    server.take()
    page, cold = visit(context, server.url + "__bare__/", estimate)
    cold_traffic = traffic(server.take())
    page.close()
    page, warm = visit(context, server.url + "__bare__/", estimate)
    context.close()
    return {"cold_ms": cold, "warm_ms": warm, "cold": cold_traffic, "warm": traffic(server.take())}


def measure_content(browser, server: Server, path: str) -> dict:
    context = new_context(browser)
    server.take()
    page = context.new_page()
    page.goto(server.url + path, wait_until="load")
    page.wait_for_selector("html[data-offline=ready]", timeout=60_000)
    page.wait_for_timeout(300)
    log = server.take()
    context.close()
    return traffic(log)


def median_runs(runs: list[dict]) -> dict:
    """Per key the median over runs (numbers), every value seen (lists, text), else the first run's."""
    out = {}
    for key, value in runs[0].items():
        if isinstance(value, dict):
            out[key] = median_runs([r[key] for r in runs])
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = statistics.median(r[key] for r in runs)
        elif isinstance(value, list):
            out[key] = sorted({x for r in runs for x in r[key]})
        elif isinstance(value, str):
            out[key] = "/".join(dict.fromkeys(r[key] for r in runs))
        else:
            out[key] = value
    return out


def bare_pages() -> dict:
    return {"/__bare__/": (BARE_HTML, "text/html"), "/__bare__/worker.mjs": (BARE_WORKER, "text/javascript"),
            **stock_pyodide()}


def chromium_binary() -> str:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def pairs(browser, server: Server, pages: list[tuple[str, str, dict, tuple | None]], runs: int,
          submits: int) -> dict:
    """Each calculator page right after a bare start over the same server, so a busy moment on a
    shared machine moves both; the ratios are the medians of the pairs. ``pages``: (row, path,
    answers, what Chromium is told about the line)."""
    results: dict = {"bare": [], "calculators": {row: [] for row, *_ in pages}}
    for _ in range(runs):
        for row, path, answers, estimate in pages:
            bare = measure_bare(browser, server, estimate)
            calc = measure_calculator(browser, server, path, answers, submits, estimate)
            calc.update(cold_ratio=calc["cold_ms"] / bare["cold_ms"], warm_ratio=calc["warm_ms"] / bare["cold_ms"],
                        bare_ms=bare["cold_ms"], bare_bytes=bare["cold"]["bytes"])
            results["bare"].append(bare)
            results["calculators"][row].append(calc)
    return {"bare": median_runs(results["bare"]),
            "calculators": {row: median_runs(r) for row, r in results["calculators"].items()}}


def browser_bench(site: Path, runs: int, submits: int) -> dict:
    """Localhost: no delay, no limit. Chromium estimates such a line as it would any unknown one; the
    "(fast line)" row tells it the line is fast."""
    from playwright.sync_api import sync_playwright
    with Server(site, bare_pages()) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_binary(), args=CHROMIUM_FLAGS)
        measure_bare(browser, server)   # warm-up: the OS file cache, Chromium's first start
        pages = [(path, path, answers, None) for path, answers in CALCULATORS.items()]
        pages.append((FAST, FAST_PAGE, CALCULATORS[FAST_PAGE], FAST_ESTIMATE))
        results = {"chromium": browser.version, **pairs(browser, server, pages, runs, submits), "content": {}}
        for path in CONTENT:
            results["content"][path] = measure_content(browser, server, path)
        browser.close()
    return results


def links_bench(site: Path, runs: int) -> dict:
    """Every calculator page over each paced link against stock Pyodide over the same link; Chromium
    is told the link's speed. No submits: calculating costs the same as on localhost."""
    from playwright.sync_api import sync_playwright
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_binary(), args=CHROMIUM_FLAGS)
        for name, (bits, delay) in LINKS.items():
            with Server(site, bare_pages(), Line(bits, delay)) as server:
                pages = [(path, path, answers, (bits, delay)) for path, answers in CALCULATORS.items()]
                out[name] = pairs(browser, server, pages, runs, submits=0)
        browser.close()
    return out


# ---- Lighthouse (npm devDependency; Debian Chromium; the site on localhost, nothing else) ----
def lighthouse(site: Path, runs: int) -> dict:
    """Lighthouse's default mobile run (simulated slow 4G, 4x slower CPU); median score of ``runs``."""
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        raise SystemExit("Lighthouse is missing: run `npm ci`.")
    chromium = chromium_binary()
    scores = {}
    with Server(site) as server, tempfile.TemporaryDirectory() as tmp:
        for path in [*CONTENT[:2], *CALCULATORS]:
            found = []
            for _ in range(runs):
                report = Path(tmp) / "report.json"
                subprocess.run([str(binary), server.url + path, "--quiet", "--output=json",
                                f"--output-path={report}", "--only-categories=performance,accessibility",
                                "--chrome-flags=" + " ".join(CHROMIUM_FLAGS)],
                               env={**os.environ, "CHROME_PATH": chromium}, check=True, cwd=tmp)
                data = json.loads(report.read_text())
                metrics = data["audits"]["metrics"]["details"]["items"][0]
                found.append({**{k: round(v["score"] * 100) for k, v in data["categories"].items()},
                              "lcp_ms": metrics["largestContentfulPaint"], "tbt_ms": metrics["totalBlockingTime"],
                              "offsite": sorted({r["url"] for r in data["audits"]["network-requests"]["details"]["items"]
                                                 if not r["url"].startswith((server.url, "data:", "blob:"))}),
                              "failed": sorted(ref["id"] for c in data["categories"].values() for ref in c["auditRefs"]
                                               if ref["weight"] and (data["audits"][ref["id"]]["score"] or 0) < 1
                                               and data["audits"][ref["id"]]["score"] is not None)})
            scores[path] = median_runs(found)
            scores[path]["offsite"] = sorted({u for f in found for u in f["offsite"]})
    return scores


# ---- Python: run_json throughput, as a municipality would run its caseload ----
def python_bench(seconds: float = 2.0, lines: int = 10_000) -> dict:
    """Per calculator: its legal cases (valid ones) through ``run_json`` for ``seconds``; then
    ``lines`` mixed requests through ``python -m calculators --batch``, start-up included."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from calculators.api import run_json
    from cases_loader import load, request
    out = {}
    for calculator in ("eigen_bijdrage", "toegang", "termijnen"):
        requests = [request(c, i, d) for _, c, i, v, d in load() if c == calculator and "fout" not in v]
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for r in requests:
                run_json(r)
            count += len(requests)
        out[calculator] = {"cases": len(requests), "per_second": count / (time.perf_counter() - start)}
    mixed = [request(c, i, d) for _, c, i, v, d in load() if "fout" not in v]
    batch = "".join(mixed[n % len(mixed)] + "\n" for n in range(lines))
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "calculators", "--batch"], input=batch, text=True,
                          capture_output=True, cwd=ROOT, check=True)
    elapsed = time.perf_counter() - start
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    out["cli_batch"] = {"lines": len(answers), "seconds": elapsed, "per_second": len(answers) / elapsed,
                        "all_ok": all(a["ok"] for a in answers)}
    return out


# ---- report ----
def kb(n: float) -> str:
    """Decimal units, as issue 20's goal counts them: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes."""
    return f"{n / 1000:,.0f} kB" if n < 1_000_000 else f"{n / 1_000_000:,.2f} MB"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; load average {load}"


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def report(results: dict) -> str:
    lines = [f"Benchmark {date.today().isoformat()} — {machine()}", "- 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes"]
    for part, (before, after) in results.get("load", {}).items():
        lines.append(f"- load average (1, 5, 15 min) while measuring {part}: {before} at the start, {after} at the end")
    if "chromium" in results:
        lines.append(f"- Chromium {results['chromium']}")
    if "calculators" in results:
        bare = results["bare"]
        lines += ["", f"Localhost (no delay, no limit), median of {results['runs']} runs; ratios: median of "
                  "(page / stock Pyodide's start measured just before it)", "",
                  "| page | transferred until ready | whole first visit (with offline copy) | form shown | ready cold "
                  "| ratio | ready repeat | ratio | repeat transferred | submit→result (median, max) |",
                  "|---|---|---|---|---|---|---|---|---|---|",
                  f"| stock Pyodide | {kb(bare['cold']['bytes'])} | – | – | {bare['cold_ms']:.0f} ms | 1.00 "
                  f"| {bare['warm_ms']:.0f} ms (HTTP cache) | {bare['warm_ms'] / bare['cold_ms']:.2f} "
                  f"| {kb(bare['warm']['bytes'])} | – |"]
        for path, r in results["calculators"].items():
            lines.append(
                f"| {path} | {kb(r['cold']['bytes'])} | {kb(r['visit']['bytes'] + r['visit']['sw_bytes'])} "
                f"| {r['form_ms']:.0f} ms | {r['cold_ms']:.0f} ms ({r['cold']['start']}) | {r['cold_ratio']:.2f} "
                f"| {r['warm_ms']:.0f} ms ({r['warm']['start']}) "
                f"| {r['warm_ratio']:.2f} | {kb(r['warm']['bytes'])} "
                f"| {r['submit_ms']:.1f} ms, {r['submit_max_ms']:.1f} ms |")
        twice = sorted({f for r in results["calculators"].values() for f in r["visit"]["twice"]})
        lines.append(f"\nDownloaded twice in a first visit: {', '.join(twice) or 'nothing'}")
    if "content" in results:
        lines += ["", "| content page | transferred | offline copy (background, first visit) | Pyodide fetched |",
                  "|---|---|---|---|"]
        for path, r in results["content"].items():
            lines.append(f"| /{path} | {kb(r['bytes'])} | {kb(r['sw_bytes'])} | {'yes' if r['pyodide'] else 'no'} |")
    for name, link in results.get("links", {}).items():
        bare = link["bare"]
        lines += ["", f"{name} (paced, Chromium told the link's speed), median of {results['runs']} runs; "
                  "stock Pyodide over the same link measured just before each page", "",
                  "| page | ready cold | stock Pyodide ready | ratio | transferred until ready | stock transferred "
                  "| whole first visit (with offline copy) | ready repeat | repeat transferred |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for path, r in link["calculators"].items():
            lines.append(
                f"| {path} | {r['cold_ms'] / 1000:.1f} s ({r['cold']['start']}) | {r['bare_ms'] / 1000:.1f} s "
                f"| {r['cold_ratio']:.2f} | {kb(r['cold']['bytes'])} | {kb(r['bare_bytes'])} "
                f"| {kb(r['visit']['bytes'] + r['visit']['sw_bytes'])} | {r['warm_ms'] / 1000:.1f} s ({r['warm']['start']}) "
                f"| {kb(r['warm']['bytes'])} |")
        twice = sorted({f for r in link["calculators"].values() for f in r["visit"]["twice"]})
        lines.append(f"\nDownloaded twice in a first visit: {', '.join(twice) or 'nothing'}")
    if "lighthouse" in results:
        lines += ["", "| Lighthouse (mobile, simulated slow 4G) | performance | accessibility | LCP | TBT "
                  "| below 100% | requests to other sites |", "|---|---|---|---|---|---|---|"]
        for path, s in results["lighthouse"].items():
            lines.append(f"| /{path} | {s['performance']} | {s['accessibility']} | {s['lcp_ms']:.0f} ms "
                         f"| {s['tbt_ms']:.0f} ms | {', '.join(s['failed']) or '–'} | {len(s['offsite'])} |")
    if "python" in results:
        lines += ["", "| run_json (CPython, one core) | calculations per second |", "|---|---|"]
        for name, r in results["python"].items():
            if name == "cli_batch":
                lines.append(f"| `python -m calculators --batch`, {r['lines']:,} mixed lines incl. start-up "
                             f"| {r['per_second']:,.0f} ({r['seconds']:.2f} s{'' if r['all_ok'] else ', NOT all ok'}) |")
            else:
                lines.append(f"| {name} ({r['cases']} cases, repeated) | {r['per_second']:,.0f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--submits", type=int, default=20)
    parser.add_argument("--parts", default="browser,links,python",
                        help="comma-separated: browser, links, lighthouse, python (default: browser,links,python)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    parts = set(args.parts.split(","))
    if parts - {"browser", "links", "lighthouse", "python"}:
        parser.error(f"unknown part in --parts {args.parts}")
    if parts & {"browser", "links", "lighthouse"} and not (args.site / "index.html").exists():
        raise SystemExit(f"No built site in {args.site}: run `make build` (or `make bench`).")
    results: dict = {"date": date.today().isoformat(), "machine": machine(), "runs": args.runs, "load": {}}
    measures = {"browser": lambda: results.update(browser_bench(args.site, args.runs, args.submits)),
                "links": lambda: results.update(links=links_bench(args.site, args.runs)),
                "lighthouse": lambda: results.update(lighthouse=lighthouse(args.site, args.runs)),
                "python": lambda: results.update(python=python_bench())}
    for part, measure in measures.items():
        if part in parts:
            before = load()
            measure()
            results["load"][part] = (before, load())
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

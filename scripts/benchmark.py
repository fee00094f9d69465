"""Benchmark: what a visitor downloads and waits for, and how fast the calculators run in batch.

    make bench                                   # builds the site, then all three parts
    .venv/bin/python scripts/benchmark.py [--site site] [--runs 5] [--submits 20]
                                          [--parts browser,lighthouse,python] [--json out.json]
    .venv/bin/python scripts/benchmark.py --parts python     # calculations per second only

The built site is served like a real host would serve it (``Server``): the pre-compressed
``.br``/``.gz`` copies with ``Content-Encoding``, ``ETag`` revalidation, ``Cache-Control: no-cache``
(so only the service worker, not a lucky HTTP cache, makes a repeat visit fast). Bytes are counted
on the server, as sent; requests made by the service worker are counted apart (they carry its
URL as referrer). Debian Chromium is driven by Playwright; "bare" is a minimal page whose module
worker only runs ``loadPyodide`` from the same files: the floor every calculator page stands on.
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
}
SLOW_PAGE = "rekenhulp/toegang/"   # measured again on a connection the browser calls slow
SLOW = f"{SLOW_PAGE} (3G)"          # its row in the results
CONTENT = ["", "kosten/eigen-bijdrage/", "hulp-vragen/keukentafelgesprek/", "hulp-vragen/persoonlijk-plan/"]
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
         ".whl": "application/zip", ".json": "application/json", ".svg": "image/svg+xml"}
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
RUNTIME = ("/assets/pyodide/", "/assets/wheels/")

BARE_HTML = b"""<!doctype html><html lang="en"><meta charset="utf-8"><title>bare Pyodide</title>
<script type="module">
const worker = new Worker(new URL("worker.mjs", location.href), {type: "module"});
worker.onmessage = ({data}) => { window.__bench = {ready: performance.now(), error: data.error}; };
</script></html>"""
BARE_WORKER = b"""import { loadPyodide } from "../assets/pyodide/pyodide.mjs";
try {
  await loadPyodide({indexURL: new URL("../assets/pyodide/", import.meta.url).href});
  postMessage({});
} catch (error) { postMessage({error: String(error)}); }"""


# ---- a static host that serves pre-compressed files and counts what it sends ----
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

    def respond(self, send_body: bool):
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        if self.server.down:   # a cut network: no answer at all
            self.close_connection = True
            return self.record(path, 0, 0, None)
        if path in self.server.virtual:
            body, ctype, encoding = *self.server.virtual[path], None
            status, etag = 200, None
        else:
            file = self.resolve(path)
            if file and (self.server.site_dir / path.lstrip("/")).is_dir() and not path.endswith("/"):
                return self.send(301, b"", "text/plain", None, None, send_body, {"Location": path + "/"})
            status = 200 if file else 404
            file = file or self.server.site_dir / "404.html"
            ctype = TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            encoding, accepted = None, self.headers.get("Accept-Encoding", "")
            for name, suffix in ENCODINGS:
                if name in accepted and file.with_name(file.name + suffix).is_file():
                    file, encoding = file.with_name(file.name + suffix), name
                    break
            stat = file.stat()
            etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                return self.send(304, b"", ctype, None, etag, send_body)
            body = file.read_bytes()
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
        sent = len(body) if send_body and status != 304 else 0
        if sent:
            self.wfile.write(body)
        self.record(urllib.parse.urlsplit(self.path).path, status, sent, encoding)

    def record(self, path, status, sent, encoding):
        by_sw = self.headers.get("Referer", "").endswith("/sw.js")
        with self.server.lock:
            self.server.log.append({"path": path, "status": status, "bytes": sent, "encoding": encoding,
                                    "by_sw": by_sw})


class Server(http.server.ThreadingHTTPServer):
    """The site on 127.0.0.1. ``site_dir`` may be swapped to serve a new build at the same origin;
    ``down = True`` answers nothing, like a cut network (the request is still logged, status 0)."""
    daemon_threads = True

    def __init__(self, site_dir: Path, virtual: dict | None = None):
        super().__init__(("127.0.0.1", 0), Handler)
        self.site_dir, self.virtual, self.down = Path(site_dir), virtual or {}, False
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
    return {"bytes": sum(r["bytes"] for r in page), "requests": len(page),
            "sw_bytes": sum(r["bytes"] for r in log if r["by_sw"]),
            "pyodide": any(r["path"].startswith(RUNTIME) for r in log)}


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
    page.wait_for_function("window.__bench && (window.__bench.ready || window.__bench.error)", timeout=120_000)
    bench = page.evaluate("window.__bench")
    if bench.get("error"):
        raise RuntimeError(f"{page.url}: {bench['error']}")
    return bench["ready"]


def new_context(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.add_init_script(MARK_READY)
    return context


def visit(context, url: str, ready: bool = True):
    page = context.new_page()
    page.goto(url)
    return page, (wait_ready(page) if ready else None)


def start_path(page) -> str:
    """How the worker started Python: "snapshot" (restored) or "boot" (booted, also after a failed restore)."""
    return "boot" if "boot" in page.evaluate("window.__bench.steps") else "snapshot"


def measure_calculator(browser, server: Server, path: str, answers: dict, submits: int) -> dict:
    context = new_context(browser)
    server.take()
    page, cold = visit(context, server.url + path)
    form = page.evaluate("window.__bench.form")
    cold_traffic = traffic(server.take())
    cold_traffic["start"] = start_path(page)
    page.wait_for_selector("html[data-offline=ready]", timeout=120_000)
    background = traffic(server.take())
    fill(page, answers)
    times = page.evaluate(SUBMITS, submits)
    page.close()
    server.take()
    page, warm = visit(context, server.url + path)
    warm_traffic = traffic(server.take())
    warm_traffic["start"] = start_path(page)
    context.close()
    return {"form_ms": form, "cold_ms": cold, "warm_ms": warm, "submit_ms": statistics.median(times),
            "submit_max_ms": max(times), "cold": cold_traffic, "offline_cache": background,
            "warm": warm_traffic}


def measure_bare(browser, server: Server) -> dict:
    context = browser.new_context()
    server.take()
    page, cold = visit(context, server.url + "__bare__/")
    cold_traffic = traffic(server.take())
    page.close()
    page, warm = visit(context, server.url + "__bare__/")
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
    """Per key the median over runs (numbers), or the first run's value (everything else)."""
    out = {}
    for key, value in runs[0].items():
        if isinstance(value, dict):
            out[key] = median_runs([r[key] for r in runs])
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = statistics.median(r[key] for r in runs)
        else:
            out[key] = value
    return out


def browser_bench(site: Path, runs: int, submits: int) -> dict:
    from playwright.sync_api import sync_playwright
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    virtual = {"/__bare__/": (BARE_HTML, "text/html"), "/__bare__/worker.mjs": (BARE_WORKER, "text/javascript")}
    results: dict = {"bare": [], "calculators": {p: [] for p in [*CALCULATORS, SLOW]}, "content": {}}
    with Server(site, virtual) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        # The same Chromium told the connection is 3G (Chromium's own switch for navigator.connection):
        # the worker then boots Python and leaves the snapshot to the offline copy.
        slow = p.chromium.launch(executable_path=chromium, args=[*CHROMIUM_FLAGS, "--force-effective-connection-type=3G"])
        results["chromium"] = browser.version
        measure_bare(browser, server)   # warm-up: the OS file cache, Chromium's first start
        for _ in range(runs):
            for path, answers in [*CALCULATORS.items(), (SLOW, CALCULATORS[SLOW_PAGE])]:
                # In pairs: each page against a bare start just before it, so a busy moment on a
                # shared machine moves both; the ratios are the medians of the pairs.
                bare = measure_bare(browser, server)
                on_3g = path == SLOW
                calc = measure_calculator(slow if on_3g else browser, server, SLOW_PAGE if on_3g else path,
                                          answers, submits)
                calc.update(cold_ratio=calc["cold_ms"] / bare["cold_ms"], warm_ratio=calc["warm_ms"] / bare["cold_ms"])
                results["bare"].append(bare)
                results["calculators"][path].append(calc)
        for path in CONTENT:
            results["content"][path] = measure_content(browser, server, path)
        slow.close()
        browser.close()
    results["bare"] = median_runs(results["bare"])
    results["calculators"] = {p: median_runs(r) for p, r in results["calculators"].items()}
    return results


# ---- Lighthouse (npm devDependency; Debian Chromium; the site on localhost, nothing else) ----
def lighthouse(site: Path, runs: int) -> dict:
    """Lighthouse's default mobile run (simulated slow 4G, 4x slower CPU); median score of ``runs``."""
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        raise SystemExit("Lighthouse is missing: run `npm ci`.")
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
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
    return f"{n / 1024:,.0f} kB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.2f} MB"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; load average {load}"


def report(results: dict) -> str:
    lines = [f"Benchmark {date.today().isoformat()} — {machine()}"]
    if "chromium" in results:
        bare = results["bare"]
        lines += [f"Chromium {results['chromium']}, localhost (no network delay), median of {results['runs']} runs; "
                  "ratios: median of (page / bare start measured just before it)", "",
                  "| page | transferred (cold) | offline copy (background) | form shown (cold) | ready cold | ratio "
                  "| ready repeat | ratio | repeat transferred | submit→result (median, max) |",
                  "|---|---|---|---|---|---|---|---|---|---|",
                  f"| bare Pyodide | {kb(bare['cold']['bytes'])} | – | – | {bare['cold_ms']:.0f} ms | 1.00 "
                  f"| {bare['warm_ms']:.0f} ms (HTTP cache) | {bare['warm_ms'] / bare['cold_ms']:.2f} "
                  f"| {kb(bare['warm']['bytes'])} | – |"]
        for path, r in results["calculators"].items():
            lines.append(
                f"| {path} | {kb(r['cold']['bytes'])} | {kb(r['offline_cache']['sw_bytes'] + r['offline_cache']['bytes'])} "
                f"| {r['form_ms']:.0f} ms | {r['cold_ms']:.0f} ms ({r['cold']['start']}) | {r['cold_ratio']:.2f} "
                f"| {r['warm_ms']:.0f} ms ({r['warm']['start']}) "
                f"| {r['warm_ratio']:.2f} | {kb(r['warm']['bytes'])} "
                f"| {r['submit_ms']:.1f} ms, {r['submit_max_ms']:.1f} ms |")
        lines += ["", "| content page | transferred | offline copy (background, first visit) | Pyodide fetched |",
                  "|---|---|---|---|"]
        for path, r in results["content"].items():
            lines.append(f"| /{path} | {kb(r['bytes'])} | {kb(r['sw_bytes'])} | {'yes' if r['pyodide'] else 'no'} |")
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
    parser.add_argument("--parts", default="browser,python",
                        help="comma-separated: browser, lighthouse, python (default: browser,python)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    parts = set(args.parts.split(","))
    if parts - {"browser", "lighthouse", "python"}:
        parser.error(f"unknown part in --parts {args.parts}")
    if parts & {"browser", "lighthouse"} and not (args.site / "index.html").exists():
        raise SystemExit(f"No built site in {args.site}: run `make build` (or `make bench`).")
    results: dict = {"date": date.today().isoformat(), "machine": machine(), "runs": args.runs}
    if "browser" in parts:
        results.update(browser_bench(args.site, args.runs, args.submits))
    if "lighthouse" in parts:
        results["lighthouse"] = lighthouse(args.site, args.runs)
    if "python" in parts:
        results["python"] = python_bench()
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

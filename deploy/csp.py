"""The Content-Security-Policy of a built Wmo-wegwijzer, and a check of the shipped server configs.

Material for MkDocs puts small inline scripts in every page (``__md_scope``, which differs per
folder depth, and one for tabbed content). A policy without 'unsafe-inline' must list their
sha256 hashes. They change only with Material's templates, the folder depths or the path the
site is hosted under (site_url), so the shipped configs carry them and the tests check them.

    python deploy/csp.py site            print the policy for this build
    python deploy/csp.py site --check    exit 1 if deploy/nginx.conf or deploy/apache.htaccess
                                         misses a hash this build needs
"""
from __future__ import annotations

import base64
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIGS = (HERE / "nginx.conf", HERE / "apache.htaccess")
INLINE = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
# Everything from this origin; WebAssembly may compile (Pyodide); Material's icons are data: SVGs.
DIRECTIVES = ("default-src 'self'", "script-src 'self' 'wasm-unsafe-eval' {hashes}",
              "style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'",
              "form-action 'self'", "frame-ancestors 'none'")


def inline_hashes(site: Path) -> set[str]:
    """'sha256-…' of every inline script that runs (JSON data blocks do not)."""
    found = set()
    for page in site.rglob("*.html"):
        for m in INLINE.finditer(page.read_text(encoding="utf-8")):
            if "src=" in m["attrs"] or "application/json" in m["attrs"]:
                continue
            digest = base64.b64encode(hashlib.sha256(m["body"].encode("utf-8")).digest()).decode()
            found.add(f"'sha256-{digest}'")
    return found


def policy(hashes: set[str]) -> str:
    return "; ".join(DIRECTIVES).format(hashes=" ".join(sorted(hashes)))


def shipped_policy(config: Path) -> str:
    """The policy a config file sends (nginx ``add_header`` or Apache ``Header set``)."""
    m = re.search(r'Content-Security-Policy\s+"([^"]+)"', config.read_text(encoding="utf-8"))
    if not m:
        raise ValueError(f"{config}: no Content-Security-Policy header")
    return m.group(1)


def missing(site: Path, config: Path) -> set[str]:
    return inline_hashes(site) - set(re.findall(r"'sha256-[^']+'", shipped_policy(config)))


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    site = Path(argv[0])
    if "--check" not in argv:
        print(policy(inline_hashes(site)))
        return 0
    fouten = [f"{c.name}: mist {' '.join(sorted(missing(site, c)))}" for c in CONFIGS if missing(site, c)]
    for f in fouten:
        print(f, file=sys.stderr)
    if fouten:
        print(f"Zet deze policy in beide bestanden:\n{policy(inline_hashes(site))}", file=sys.stderr)
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A gemeente edition built from a changed copy of the example (gemeenten/voorbeeld), for the build
tests and the browser tests; and the hostile configuration of issue 21 that a build must render inert."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

VOORBEELD = ROOT / "gemeenten" / "voorbeeld"


def gemeente_map(tmp_path: Path, bestanden: dict[str, bytes] | None = None, **wijzig) -> Path:
    """A copy of the example in a temp folder; paths made absolute, ``extra.gemeente`` changed,
    ``bestanden`` (name: bytes) written next to it."""
    cfg = yaml.safe_load((VOORBEELD / "mkdocs.yml").read_text(encoding="utf-8"))
    cfg["INHERIT"] = str(ROOT / "mkdocs.yml")
    cfg["docs_dir"] = str(ROOT / "docs")
    cfg["site_dir"] = str(tmp_path / "site")
    cfg["theme"]["custom_dir"] = str(ROOT / "overrides")
    cfg["extra"]["gemeente"].update(wijzig)
    shutil.copy(VOORBEELD / "logo.svg", tmp_path / "logo.svg")
    for naam, inhoud in (bestanden or {}).items():
        (tmp_path / naam).write_bytes(inhoud)
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return tmp_path


def build(map_: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                           str(map_ / "mkdocs.yml")], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def voorbeeld() -> dict:
    return yaml.safe_load((VOORBEELD / "mkdocs.yml").read_text(encoding="utf-8"))["extra"]["gemeente"]


# Issue 21: a strict build accepted all of these, and the script ran in Chromium when the site was
# served without its CSP. They are text and links a build must accept and show as they are.
AANVAL = {
    "naam": "Voorbeeldstad */ body{display:none} /*",
    "adres": "<img src=x onerror=alert(1)>",
    "openingstijden": "<script>alert(2)</script>",
    "organisatie": "[klik](javascript:alert(3))",
    "voorziening": '<a href="https://evil.example/" onclick="alert(8)">klik hier</a>',
    "omschrijving": "<svg onload=alert(9)></svg> {: onclick=alert(7) }",
    "melding_url": "https://a.example/)<svg/onload=alert(4)>",
    "org_url": "https://a.example/x)[y](javascript:alert(5))",
    "verordening_url": "https://a.example/?q=<img/src=x/onerror=alert(6)>",
}


def vijandig() -> dict:
    """``extra.gemeente`` changes with every value of :data:`AANVAL` in its place."""
    g = voorbeeld()
    g["loket"].update(adres=AANVAL["adres"], openingstijden=AANVAL["openingstijden"],
                      melding_url=AANVAL["melding_url"])
    g["clientondersteuning"][0] = {"naam": AANVAL["organisatie"], "url": AANVAL["org_url"]}
    g["algemene_voorzieningen"][0] = {"naam": AANVAL["voorziening"], "omschrijving": AANVAL["omschrijving"]}
    return {"naam": AANVAL["naam"], "loket": g["loket"], "clientondersteuning": g["clientondersteuning"],
            "algemene_voorzieningen": g["algemene_voorzieningen"],
            "verordening_url": AANVAL["verordening_url"]}

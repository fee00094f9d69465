"""Calculators in the site: mount points, the wheel and the self-hosted Pyodide runtime.

- ``[[rekenhulp:eigen_bijdrage]]`` in Markdown becomes the calculator's root element (contract:
  ``data-calculator``, ``data-status``, ``[data-role=result]``). Pages without it load no Pyodide.
  The element holds the form, written now from the calculator's questions (``_rekenhulp_form``),
  and those questions as JSON for ``rekenhulp.js``: the form shows before the runtime is ready.
- The ``calculators`` package is built once per build as a pure wheel with pypa ``build``
  (``pyodide build`` needs a download at run time, see README) and copied to ``assets/wheels/``.
- Pyodide's core files come from the pinned npm package and go to ``assets/pyodide/``.
- Next to the wheel goes the start snapshot (``_snapshot``): Python with the calculators imported,
  which the browser restores instead of booting Python. ``mkdocs serve`` leaves it out, so an edit
  to a calculator shows at once; the worker then boots Python as usual.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _site import ROOT

from calculators.api import run_json
from mkdocs.exceptions import PluginError

from _rekenhulp_form import formulier
from _snapshot import make as make_snapshot

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")
MARKER = re.compile(r"\[\[rekenhulp:([a-z_]+)\]\]")
_wheel: dict = {}
_mode = {"serve": False}


def on_startup(command, dirty):
    _mode["serve"] = command == "serve"


def on_config(config):
    out = Path(tempfile.mkdtemp(prefix="wmo-wheel-"))
    # A fixed date in the zip: the same sources give the same wheel, so its hash, the browsers' caches
    # and the snapshot cache (``_snapshot``) change only when a calculator does.
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": "315532800"})
    wheels = list(out.glob("*.whl"))
    if proc.returncode or len(wheels) != 1:
        raise PluginError(f"Building the calculators wheel failed:\n{proc.stderr[-2000:]}")
    data = wheels[0].read_bytes()
    _wheel.update(path=wheels[0], name=wheels[0].name, hash=hashlib.sha256(data).hexdigest()[:12],
                  snapshot=None)
    if not _mode["serve"]:
        snapshot = make_snapshot(wheels[0], pyodide_dir())
        _wheel.update(snapshot=snapshot, snapshot_name=f"calculators-{snapshot.stem[:12]}.snapshot")
    return config


def pyodide_dir() -> Path:
    bron = ROOT / "node_modules" / "pyodide"
    if not (bron / "pyodide.mjs").exists():
        raise PluginError("Pyodide is missing: run `npm ci` (the README's commands do this).")
    return bron


def on_files(files, config):
    # The hooks live in the theme folder; they are build code, not site files.
    for f in [f for f in files if f.src_uri.startswith("hooks/")]:
        files.remove(f)
    return files


def wheel_ref() -> str:
    """The wheel's file name with its content hash, so a new build is never served from a cache."""
    return f'{_wheel["name"]}?v={_wheel["hash"]}'


def snapshot_ref() -> str:
    """The start snapshot's file name, with a hash of what it was made from; "" when there is none.

    The hash is in the name, not in a query: the service worker then asks for the very URL the
    calculator's worker loaded, and finds it in the HTTP cache instead of downloading 4 MB again."""
    return _wheel["snapshot_name"] if _wheel.get("snapshot") else ""


def questions(naam: str, gemeente: dict) -> dict:
    """The ``action: questions`` answer, computed now by the same Python the browser runs later.

    The browser still asks the runtime and takes over any default that depends on the day
    (README, "Fast and offline")."""
    answer = json.loads(run_json(json.dumps({"v": 1, "calculator": naam, "action": "questions",
                                             "input": {"gemeente": gemeente}})))
    if not answer["ok"]:
        raise PluginError(f"[[rekenhulp:{naam}]]: the calculator refused its questions: {answer}")
    return answer


def mount(naam: str, gemeente: dict) -> str:
    """The root element with its form; the questions as JSON are safe inside <script> (no "</")."""
    answer = questions(naam, gemeente)
    embedded = json.dumps(answer, ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<div class="rekenhulp" data-calculator="{naam}" data-status="idle" '
        f'data-wheel="{wheel_ref()}" data-snapshot="{snapshot_ref()}" '
        f'data-gemeente="{html.escape(json.dumps(gemeente), quote=True)}">\n'
        '<p class="rekenhulp__status" data-role="status" role="status">'
        'De rekenhulp wordt geladen. Dat duurt een paar seconden.</p>\n'
        f'<script type="application/json" data-role="questions">{embedded}</script>\n'
        '<noscript><p class="rekenhulp__melding">Deze rekenhulp werkt alleen met JavaScript. '
        'De uitleg en de tabellen op deze pagina kunt u wel gewoon lezen.</p></noscript>\n'
        f'{formulier(naam, answer["result"])}\n'
        '<div data-role="result" class="rekenhulp__uitkomst" tabindex="-1" hidden></div>\n'
        '</div>\n')


def on_page_markdown(markdown, page, config, files):
    if not MARKER.search(markdown):
        return markdown
    page.meta["rekenhulp"] = {"wheel": wheel_ref(), "snapshot": snapshot_ref()}   # main.html starts
    # the runtime from <head> with these
    gemeente = (config.get("extra") or {}).get("rekenhulp_gemeente") or {}
    return MARKER.sub(lambda m: mount(m.group(1), gemeente), markdown)


def on_post_build(config):
    site = Path(config["site_dir"])
    bron = pyodide_dir()
    doel = site / "assets" / "pyodide"
    doel.mkdir(parents=True, exist_ok=True)
    for naam in PYODIDE_FILES:
        shutil.copy2(bron / naam, doel / naam)
    wheels = site / "assets" / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    shutil.copy2(_wheel["path"], wheels / _wheel["name"])
    if _wheel["snapshot"]:
        shutil.copy2(_wheel["snapshot"], wheels / _wheel["snapshot_name"])

"""The calculators' cut standard library, made at build time.

Pyodide's ``python_stdlib.zip`` holds 9.6 MB of Python sources (2.5 MB as the zip; brotli gains nothing
on it) and Python compiles every module it imports: ~3.5 s of the ~6 s of processor time a start costs
on the CI machine (README, "Fast and offline"). The calculators need less: ``stdlib.mjs`` runs, in Node with the pinned npm Pyodide, what
the browser's worker does (boot, unpack the wheel, import the calculators, read every parameter) and
then every legal case of ``tests/cases/*.toml`` (and each file a case makes), every calculator's
questions and some hostile requests, and keeps the ~130 modules Python loaded from the zip: compiled (``.pyc``, hash-based, without
docstrings as ``python -OO`` would leave them; the answers do not read them; and without the column of
each instruction, as ``python -X no_debug_ranges`` would: tracebacks keep file and line), stored
uncompressed in ``calculators-<hash>.zip`` so the host's brotli compresses the whole (~0.6 MB). It then does it all
again on the cut zip and stops the build if one answer differs or a module came from elsewhere.

A module the cut left out is not an error in the browser: the zip also holds ``_stdlib_fallback``
(``stdlib_fallback.py``), which tells the worker, and the worker fetches the full zip and answers
again (rekenhulp-worker.mjs).

Node takes ~30 s, so the result is cached by everything it is made from (``node.py``).
"""
from __future__ import annotations

import json
import tempfile
import tomllib
from pathlib import Path

from calculators.api import ACTIONS, CALCULATORS, run_json

from ..context import ROOT
from ..errors import BuildError
from . import node

SCRIPT = Path(__file__).with_name("stdlib.mjs")
FALLBACK = Path(__file__).with_name("stdlib_fallback.py")
CASES = ROOT / "tests" / "cases"
FORMATEN = ("docx", "odt", "txt")   # contract: action "download" makes a file of input.formaat
# Requests no legal case makes: the boundary's own refusals, and input of the wrong shape.
HOSTILE = ['{"v": 1, "calculator": "toegang", "input": {', '[]', '{"v": 2}', '{"v": 1, "calculator": "x"}',
           '{"v": 1, "calculator": "toegang", "action": "x"}',
           '{"v": 1, "calculator": "eigen_bijdrage", "input": {"peildatum": "2026-13", "geboortedatum": 5, '
           '"voorzieningen": [{"soort": "maatwerk", "kostprijs_eurocent": "€ 1.234,5x"}]}}',
           '{"v": 1, "calculator": "termijnen", "input": {"gebeurtenis": "besluit", "datum": "2026-02-30"}}',
           '{"v": 1, "calculator": "toegang", "input": {"verblijf": ["nederlander"], "duur": null}}']


def requests() -> list[str]:
    """Every legal case as a request, with each file it makes where its calculator makes files (CPython
    tells which), then every calculator's questions, then the hostile ones."""
    out = []
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            request = {"v": 1, "calculator": data["calculator"], "input": case["input"]}
            out.append(json.dumps(request, default=str))
            if "download" in ACTIONS:
                files = [json.dumps({**request, "action": "download", "input": {**case["input"], "formaat": f}},
                                    default=str) for f in FORMATEN]
                out += [r for r in files if json.loads(run_json(r))["ok"]]
    if not out:
        raise BuildError(f"No legal cases in {CASES}: the cut standard library is traced with them.")
    for calculator in CALCULATORS:
        for invoer in ({}, {"gemeente": {"naam": "Voorbeeld"}}):
            out.append(json.dumps({"v": 1, "calculator": calculator, "action": "questions", "input": invoer}))
    return out + HOSTILE


def make(wheel: Path, pyodide: Path) -> Path:
    """The cut standard library for ``wheel`` on the Pyodide in ``pyodide``: from the cache, or made now."""
    todo = json.dumps(requests()).encode()
    with tempfile.TemporaryDirectory() as work:
        listed = Path(work) / "requests.json"
        listed.write_bytes(todo)
        return node.made(SCRIPT, pyodide, [FALLBACK.read_bytes(), wheel.read_bytes(), todo],
                         [str(wheel), str(listed), str(FALLBACK)], ".zip", "the calculators' standard library")

"""The calculators' runtime in the written site: Pyodide's core files from the pinned npm package
(``assets/pyodide/``), the calculators' wheel and its start snapshot (``assets/wheels/``).
Only calculator pages load them; the service worker keeps them once a calculator was used."""
from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import BuildError

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")


def pyodide_dir(root: Path) -> Path:
    bron = root / "node_modules" / "pyodide"
    if not (bron / "pyodide.mjs").exists():
        raise BuildError("Pyodide is missing: run `npm ci` (the README's commands do this).")
    return bron


def copy(site: Path, root: Path, wheel: Path | None, snapshot: Path | None, snapshot_name: str) -> None:
    doel = site / "assets" / "pyodide"
    doel.mkdir(parents=True, exist_ok=True)
    bron = pyodide_dir(root)
    for naam in PYODIDE_FILES:
        shutil.copy2(bron / naam, doel / naam)
    wheels = site / "assets" / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    if wheel:
        shutil.copy2(wheel, wheels / wheel.name)
    if snapshot:
        shutil.copy2(snapshot, wheels / snapshot_name)

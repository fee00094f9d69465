"""The calculators' runtime in the written site: Pyodide's core files from the pinned npm package
(``assets/pyodide/``) and the calculators' own files (``assets/wheels/``: the wheel, the cut standard
library, the start snapshot, each under a name with its hash). Only calculator pages load them; the
service worker keeps them once a calculator was used.

Pyodide's ``pyodide-lock.json`` (119 kB, 22 kB as brotli) lists the 357 packages Pyodide can load; the
calculators load none, so the site gets the same file without that list: a request of ~200 bytes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..errors import BuildError

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
LOCK = "pyodide-lock.json"


def pyodide_dir(root: Path) -> Path:
    bron = root / "node_modules" / "pyodide"
    if not (bron / "pyodide.mjs").exists():
        raise BuildError("Pyodide is missing: run `npm ci` (the README's commands do this).")
    return bron


def copy(site: Path, root: Path, files: dict[str, Path]) -> None:
    """Pyodide's files, its lock without packages, and ``files`` ({name in assets/wheels: source})."""
    doel = site / "assets" / "pyodide"
    doel.mkdir(parents=True, exist_ok=True)
    bron = pyodide_dir(root)
    for naam in PYODIDE_FILES:
        shutil.copy2(bron / naam, doel / naam)
    lock = json.loads((bron / LOCK).read_text(encoding="utf-8"))
    (doel / LOCK).write_text(json.dumps({"info": lock["info"], "packages": {}}), encoding="utf-8")
    wheels = site / "assets" / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    for naam, pad in files.items():
        shutil.copy2(pad, wheels / naam)

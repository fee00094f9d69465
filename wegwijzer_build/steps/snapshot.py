"""The calculators' start snapshot, made at build time.

Booting Python in Pyodide costs ~4 s of processor time on the CI machine; restoring a memory
snapshot of an interpreter that has already imported the calculators costs ~0.3 s in Node (README,
"Performance"). ``snapshot.mjs`` makes it with Node and the pinned npm Pyodide, from the wheel of
this build and no visitor's input. Local time stays right after a restore: Pyodide asks the
browser for it on every call (only ``time.timezone``, which no calculator reads, keeps the value of
the build machine, set to UTC here).

Node takes ~5 s, so the result is cached by the bytes it depends on, next to the precompress cache.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from ..errors import BuildError
from .precompress import cache_dir

SCRIPT = Path(__file__).with_name("snapshot.mjs")
INPUTS = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")


def make(wheel: Path, pyodide: Path, stdlib: Path) -> Path:
    """The snapshot for ``wheel`` on the Pyodide in ``pyodide`` with the cut standard library ``stdlib``
    (the browser must restore it on that very zip): from the cache, or made now."""
    digest = hashlib.sha256(SCRIPT.read_bytes() + wheel.read_bytes() + stdlib.read_bytes())
    for name in INPUTS:
        digest.update((pyodide / name).read_bytes())
    entry = cache_dir().parent / "snapshot" / f"{digest.hexdigest()}.snapshot"
    if entry.exists():
        return entry
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    node = shutil.which("node")
    if not node:
        raise BuildError("Node is missing: the calculators' snapshot is made with it (scripts/setup.sh).")
    proc = subprocess.run([node, str(SCRIPT), str(pyodide), str(wheel), str(stdlib), str(tmp)],
                          capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
    if proc.returncode or not tmp.exists():
        tmp.unlink(missing_ok=True)
        raise BuildError(f"Making the calculators' snapshot failed:\n{proc.stderr[-2000:]}")
    tmp.replace(entry)   # atomic: parallel builds never read half a file
    return entry

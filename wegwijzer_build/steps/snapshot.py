"""The calculators' start snapshot, made at build time.

Booting Python in Pyodide, even on the cut standard library (``stdlib.py``), costs ~2.4 s of
processor time on the CI machine; restoring a memory snapshot of an interpreter that has already
imported the calculators ~1.0 s (in Node; README, "Fast and offline"). ``snapshot.mjs`` makes it
with Node and the pinned npm Pyodide, from the wheel of this build on the cut library, and no
visitor's input. Local time stays right after a restore: Pyodide asks the browser for it on every
call (only ``time.timezone``, which no calculator reads, keeps the value of the build machine, set
to UTC here). Node takes ~5 s, so the result is cached (``node.py``).
"""
from __future__ import annotations

from pathlib import Path

from . import node

SCRIPT = Path(__file__).with_name("snapshot.mjs")


def make(wheel: Path, pyodide: Path, stdlib: Path) -> Path:
    """The snapshot for ``wheel`` on the Pyodide in ``pyodide`` with the cut standard library ``stdlib``
    (the browser must restore it on that very zip): from the cache, or made now."""
    return node.made(SCRIPT, pyodide, [wheel.read_bytes(), stdlib.read_bytes()], [str(wheel), str(stdlib)],
                     ".snapshot", "the calculators' snapshot")

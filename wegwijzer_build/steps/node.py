"""What a Node script makes with the pinned npm Pyodide at build time (the start snapshot, the cut
standard library): made once, and cached by everything it is made from, next to the precompress cache
(``$WMO_CACHE_DIR``), so a rebuild of the same sources takes no time."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from ..errors import BuildError
from .precompress import cache_dir

PYODIDE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")


def made(script: Path, pyodide: Path, made_from: list[bytes], args: list[str], suffix: str, what: str) -> Path:
    """The file ``node script PYODIDE_DIR *args OUT`` writes, from the cache when nothing it is made
    from changed (the script, ``made_from``, Pyodide's files). ``what`` names it in an error."""
    digest = hashlib.sha256(script.read_bytes())
    for data in made_from:
        digest.update(data)
    for name in PYODIDE:
        digest.update((pyodide / name).read_bytes())
    entry = cache_dir().parent / script.stem / f"{digest.hexdigest()}{suffix}"
    if entry.exists():
        return entry
    node = shutil.which("node")
    if not node:
        raise BuildError(f"Node is missing: {what} is made with it (scripts/setup.sh).")
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    proc = subprocess.run([node, str(script), str(pyodide), *args, str(tmp)],
                          capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
    if proc.returncode or not tmp.exists():
        tmp.unlink(missing_ok=True)
        raise BuildError(f"Making {what} failed:\n{proc.stderr[-2000:]}")
    tmp.replace(entry)   # atomic: parallel builds never read half a file
    return entry

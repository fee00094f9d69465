"""Pre-compressed copies of the built site: ``name.br`` and ``name.gz`` next to every large text or
wasm file, the calculators' snapshot and every zip that stores its files uncompressed (the wheel, the
cut standard library: brotli over the whole gains far more than deflate per file), for hosts that serve them as they are (nginx
``gzip_static``/``brotli_static``, Caddy ``precompressed``, Netlify, ``scripts/benchmark.py``). Runs
last: after the Pyodide files, the wheel, the snapshot and the service worker have been written.

Brotli at its best quality takes minutes for Pyodide's 9.6 MB wasm and ~1 minute for the 31 MB
snapshot, so every result is cached by content hash outside the build (``$WMO_CACHE_DIR`` or
``~/.cache/wmo-wegwijzer``): the pinned runtime is compressed once per machine, and a rebuild only
compresses the pages that changed (a changed calculator makes a new snapshot).
"""
from __future__ import annotations

import gzip
import hashlib
import os
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli

SUFFIXES = {".html", ".css", ".js", ".mjs", ".json", ".wasm", ".snapshot", ".svg", ".xml", ".txt"}
ARCHIVES = {".zip", ".whl"}   # compressed too when they store their files uncompressed
MIN_SIZE = 1024          # smaller files fit in one packet anyway
MIN_SAVING = 0.10        # keep a copy only when it is at least 10 % smaller
ENCODERS = {
    ".br": lambda data: brotli.compress(data, quality=11),
    ".gz": lambda data: gzip.compress(data, compresslevel=9, mtime=0),   # mtime=0: reproducible
}


def cache_dir() -> Path:
    base = os.environ.get("WMO_CACHE_DIR") or Path.home() / ".cache" / "wmo-wegwijzer"
    path = Path(base) / "precompress"
    path.mkdir(parents=True, exist_ok=True)
    return path


def compressed(data: bytes, suffix: str, cache: Path) -> bytes:
    """``data`` encoded for ``suffix``, from the cache when this content was seen before."""
    entry = cache / (hashlib.sha256(data).hexdigest() + suffix)
    if entry.exists():
        return entry.read_bytes()
    out = ENCODERS[suffix](data)
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.write_bytes(out)
    tmp.replace(entry)   # atomic: parallel builds and threads never read half a file
    return out


def stored_zip(path: Path) -> bool:
    """A zip whose files are all stored uncompressed (a deflated zip, a wheel: already compressed)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return False


def candidates(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*")
                  if p.is_file() and p.stat().st_size >= MIN_SIZE
                  and (p.suffix in SUFFIXES or p.suffix in ARCHIVES and stored_zip(p)))


def precompress(path: Path, cache: Path) -> None:
    data = path.read_bytes()
    for suffix in ENCODERS:
        out = compressed(data, suffix, cache)
        if len(out) <= len(data) * (1 - MIN_SAVING):
            path.with_name(path.name + suffix).write_bytes(out)


def precompress_site(site: Path) -> None:
    """``.br`` and ``.gz`` next to every candidate of the written site."""
    cache = cache_dir()
    files = candidates(site)
    # Largest first, so the big wasm does not start last; brotli releases the GIL.
    files.sort(key=lambda p: p.stat().st_size, reverse=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda p: precompress(p, cache), files))

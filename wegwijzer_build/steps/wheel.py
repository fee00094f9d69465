"""The calculators as a pure-Python wheel (py3-none-any) for Pyodide, written with zipfile.

``pyodide build`` downloads a cross-build environment at run time, and for a pure-Python package it
only wraps pypa ``build`` (README). A wheel is a zip with a ``.dist-info`` folder, so it is written
here directly: only ``calculators/`` (never the build code), files in a fixed order with a fixed
date, so the same sources give the same bytes, the same hash and the same cached snapshot. The files
are stored, not deflated: the host's brotli over the whole wheel gives half the bytes (~32 kB
instead of 65 kB; ``precompress.py``).
"""
from __future__ import annotations

import base64
import hashlib
import tempfile
import zipfile
from pathlib import Path

import calculators

NAAM = "wmo_rekenhulp"
DATUM = (1980, 1, 1, 0, 0, 0)          # the earliest date a zip can hold
SUFFIXES = {".py", ".toml"}


def bronnen(pakket: Path) -> list[Path]:
    return sorted(p for p in pakket.rglob("*") if p.is_file() and p.suffix in SUFFIXES
                  and "__pycache__" not in p.parts)


def _record_regel(naam: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{naam},sha256={digest},{len(data)}"


def build(out_dir: Path | None = None) -> Path:
    """Write the wheel; returns its path."""
    pakket = Path(calculators.__file__).parent
    versie = calculators.__version__
    dist_info = f"{NAAM}-{versie}.dist-info"
    out_dir = out_dir or Path(tempfile.mkdtemp(prefix="wmo-wheel-"))
    pad = out_dir / f"{NAAM}-{versie}-py3-none-any.whl"
    inhoud = [(f"calculators/{p.relative_to(pakket).as_posix()}", p.read_bytes()) for p in bronnen(pakket)]
    inhoud += [
        (f"{dist_info}/METADATA", (f"Metadata-Version: 2.1\nName: wmo-rekenhulp\nVersion: {versie}\n"
                                   "Summary: Wmo-wegwijzer calculators (standard library only)\n"
                                   "License: EUPL-1.2\nRequires-Python: >=3.11\n").encode()),
        (f"{dist_info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: wegwijzer_build\n"
                               b"Root-Is-Purelib: true\nTag: py3-none-any\n"),
        (f"{dist_info}/top_level.txt", b"calculators\n"),
    ]
    record = "\n".join(_record_regel(n, d) for n, d in inhoud) + f"\n{dist_info}/RECORD,,\n"
    inhoud.append((f"{dist_info}/RECORD", record.encode()))
    with zipfile.ZipFile(pad, "w", zipfile.ZIP_STORED) as zf:
        for naam, data in inhoud:
            info = zipfile.ZipInfo(naam, DATUM)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return pad


def digest(pad: Path) -> str:
    """The first 12 hex digits of the file's sha256: a cache-busting revision."""
    return hashlib.sha256(pad.read_bytes()).hexdigest()[:12]

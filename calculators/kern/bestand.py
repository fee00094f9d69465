"""Files the calculators hand to the browser: a document as lines, a deterministic zip, base64.

Plumbing, no law. The same input gives the same bytes (fixed dates and order in the zip, entries
stored without compression so no zlib version can change them), in CPython and in Pyodide.
"""
from __future__ import annotations

import base64
import io
import zipfile
from dataclasses import dataclass

ZIP_DATUM = (1980, 1, 1, 0, 0, 0)   # the earliest date a zip can hold: no clock in the file


@dataclass(frozen=True)
class Regel:
    """One line of a document: a paragraph in Word and OpenDocument; ``vet`` prints it bold."""

    tekst: str
    vet: bool = False


def regels(tekst: str, vet: frozenset[int] = frozenset()) -> list[Regel]:
    """Plain text as lines; the line numbers in ``vet`` are bold."""
    return [Regel(lijn, i in vet) for i, lijn in enumerate(tekst.split("\n"))]


def zip_bestand(delen: list[tuple[str, str]]) -> bytes:
    """A zip of (name, UTF-8 text) in the order given, every entry stored, dated 1 January 1980."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for naam, inhoud in delen:
            info = zipfile.ZipInfo(naam, date_time=ZIP_DATUM)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3                       # the same on every platform
            info.external_attr = 0o100644 << 16          # a plain file, rw-r--r--
            z.writestr(info, inhoud.encode("utf-8"))
    return buffer.getvalue()


def download(bestandsnaam: str, mime: str, inhoud: bytes) -> dict:
    """The answer to ``action: download`` (contract): the bytes as base64 for a Blob in the browser."""
    return {"bestandsnaam": bestandsnaam, "mime": mime,
            "base64": base64.b64encode(inhoud).decode("ascii"), "grootte": len(inhoud)}

"""``action: download``: the letter as a Word document, an OpenDocument text or plain text.

The same letter as ``calculate`` gives (``result.brief.tekst``), line by line; only the onderwerp is
bold. File names hold the kind and the date, never a name: a download folder is not private.
"""
from __future__ import annotations

from ..kern import docx, odt
from ..kern.bestand import download, regels
from ..kern.questions import Fout, Invoerfouten
from .brief import Brief

TXT = "text/plain;charset=utf-8"
FORMATEN = {"docx": docx.MIME, "odt": odt.MIME, "txt": TXT}


def formaat(invoer: dict) -> str:
    waarde = invoer.get("formaat") if isinstance(invoer, dict) else None
    if waarde not in FORMATEN:
        raise Invoerfouten([Fout("formaat", "ongeldige_waarde",
                                 "Kies het soort bestand: docx (Word), odt (OpenDocument) of txt (tekst).")])
    return waarde


def bestand(brief: Brief, soort: str, datum: str, soort_bestand: str) -> dict:
    naam = f"brief-{soort.replace('_', '-')}-{datum}.{soort_bestand}"
    if soort_bestand == "txt":
        # A byte order mark and Windows line ends, so every editor (also Notepad) shows it right.
        inhoud = ("\ufeff" + brief.tekst.replace("\n", "\r\n") + "\r\n").encode("utf-8")
    else:
        schrijver = docx if soort_bestand == "docx" else odt
        inhoud = schrijver.document(regels(brief.tekst, frozenset({brief.onderwerp_regel})),
                                    titel=brief.onderwerp)
    return download(naam, FORMATEN[soort_bestand], inhoud)

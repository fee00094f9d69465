"""The downloads open in a real office program: headless LibreOffice (Debian libreoffice-writer-nogui)
converts every .docx and .odt to PDF, and the PDF's text (pdftotext, Debian poppler-utils) holds the
letter, on A4. LibreOffice or poppler missing is a failure with a clear message, never a skip
(``scripts/setup.sh --browser`` installs both)."""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess

import pytest

from calculators.api import run_json

NODIG = {"soffice": "libreoffice-writer-nogui", "pdftotext": "poppler-utils", "pdfinfo": "poppler-utils"}
ADRES = {"naam": "A. Jansen", "adres": "Dorpsstraat 1", "postcode_plaats": "1234 AB Voorbeeldstad",
         "gemeente": "Voorbeeldstad", "datum": "2026-03-20"}
BRIEVEN = {
    "melding": {"hulpvraag": "Ik kan mijn huis niet meer schoonmaken.", "spoed": "ja"},
    "aanvraag": {"onderzoek": "te_laat", "melding_datum": "2026-01-05", "gevraagde_hulp": "Hulp, 3 uur per week."},
    "reactie_verslag": {"gesprek_datum": "2026-03-02", "aanvullingen": "Ik kan niet fietsen.\n\nEn niet lopen."},
    "inzage_dossier": {"medisch_advies": "ja"},
    "bezwaar": {"besluit_datum": "2026-03-02", "besluit_kenmerk": "W-123", "hoorzitting": "ja",
                "afwijzingsgronden": ["algemeen_gebruikelijk"],
                "gronden": "<script>alert(1)</script> & <b>vet</b> ]]> " + "Lange zin zonder einde " * 60},
    "ingebrekestelling": {"aanvraag_datum": "2026-02-02"},
    "voorlopige_voorziening": {"rechtbank": "Midden-Nederland", "besluit_datum": "2026-03-02",
                               "bezwaar_datum": "2026-03-10", "spoed_reden": "Mijn hulp stopt.",
                               "voorlopig": "Dat mijn hulp doorgaat."},
    "klacht": {"gedraging": "De consulent was onbeleefd.", "telefoon": "06 12345678"},
    "wijziging": {"wijziging": "Mijn dochter woont niet meer bij mij.", "gevolg": "meer"},
}


def programma(naam: str) -> str:
    pad = shutil.which(naam)
    if not pad:
        pytest.fail(f"{naam} is missing: install Debian's {NODIG[naam]} (`scripts/setup.sh --browser` does "
                    "this with apt-get). This test proves the downloads open in an office program; it never skips.")
    return pad


def vraag(invoer: dict, action: str = "calculate") -> dict:
    antwoord = json.loads(run_json(json.dumps({"v": 1, "calculator": "brieven", "action": action,
                                               "input": invoer})))
    assert antwoord["ok"], antwoord
    return antwoord["result"]


def woorden(tekst: str) -> str:
    """Text without line layout: pdftotext wraps long lines where the page ends."""
    return " ".join(tekst.split())


@pytest.fixture(scope="module")
def omgezet(tmp_path_factory):
    """Every kind of letter as .docx and .odt, all converted to PDF by one headless LibreOffice run:
    {pdf: the letter's text}."""
    soffice = programma("soffice")
    map_ = tmp_path_factory.mktemp("brieven")
    brieven = {}
    for soort, extra in BRIEVEN.items():
        invoer = {**ADRES, "soort": soort, **extra}
        tekst = vraag(invoer)["brief"]["tekst"]
        for formaat in ("docx", "odt"):
            bestand = vraag({**invoer, "formaat": formaat}, "download")
            pad = map_ / f"{soort}-{formaat}.{formaat}"      # one stem per file: one PDF per file
            pad.write_bytes(base64.b64decode(bestand["base64"]))
            brieven[pad] = tekst
    uit = map_ / "pdf"
    proces = subprocess.run(
        # a throw-away profile, so nothing of the user's LibreOffice is read or written
        [soffice, f"-env:UserInstallation=file://{map_ / 'profiel'}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(uit), *map(str, brieven)],
        capture_output=True, text=True, timeout=600, env={**os.environ, "HOME": str(map_)})
    assert proces.returncode == 0, proces.stderr
    return {uit / f"{pad.stem}.pdf": tekst for pad, tekst in brieven.items()}


def test_libreoffice_opens_every_word_and_opendocument_letter_and_the_pdf_holds_the_letter(omgezet):
    pdftotext, pdfinfo = programma("pdftotext"), programma("pdfinfo")
    assert len(omgezet) == 2 * len(BRIEVEN) == 18
    for pdf, tekst in omgezet.items():
        assert pdf.exists(), f"LibreOffice did not open {pdf.stem}"
        gelezen = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                 text=True, check=True).stdout
        assert woorden(gelezen) == woorden(tekst), (pdf.stem, gelezen[:600])
        info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "(A4)" in info, (pdf.stem, info)


def test_typed_markup_is_printed_as_text(omgezet):
    for formaat in ("docx", "odt"):
        pdf = next(p for p in omgezet if p.stem == f"bezwaar-{formaat}")
        gelezen = subprocess.run([programma("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
                                 capture_output=True, text=True, check=True).stdout
        assert "<script>alert(1)</script> & <b>vet</b> ]]>" in gelezen

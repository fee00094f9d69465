"""``action: download``: a real Word document, a real OpenDocument text and a plain text file, each
holding exactly the letter of ``calculate``; well-formed XML with every typed text escaped, A4, a
readable font, no macros, the same bytes for the same input."""
from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings, strategies as st

from calculators.api import run_json

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
INVOER = {"soort": "bezwaar", "naam": 'J. <b>de</b> Vries & "Zn"', "adres": "Dorpsstraat 1",
          "postcode_plaats": "1234 AB Utrecht", "gemeente": "Utrecht", "datum": "2026-03-20",
          "besluit_datum": "2026-03-02", "besluit_kenmerk": "W-123", "afwijzingsgronden": ["eigen_oplossing"],
          "gronden": "<script>alert(1)</script> ]]> &amp; <!-- x -->\n\n  Twee  spaties\tén een tab. "
                     "\u202eRLO\u202c \u200f\u0645\u062d\u0645\u062f \x07\ud800"}


def vraag(invoer: dict, action: str = "calculate") -> dict:
    return json.loads(run_json(json.dumps({"v": 1, "calculator": "brieven", "action": action, "input": invoer})))


def bestand(formaat: str, invoer: dict = INVOER) -> tuple[dict, bytes]:
    antwoord = vraag({**invoer, "formaat": formaat}, "download")
    assert antwoord["ok"], antwoord
    return antwoord["result"], base64.b64decode(antwoord["result"]["base64"], validate=True)


def docx_regels(inhoud: bytes) -> list[str]:
    body = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(inhoud)).read("word/document.xml")).find(f"{W}body")
    regels = []
    for p in body.findall(f"{W}p"):
        tekst = ""
        for node in p.iter():
            tekst += (node.text or "") if node.tag == f"{W}t" else "\t" if node.tag == f"{W}tab" else ""
        regels.append(tekst)
    return regels


def odt_regels(inhoud: bytes) -> list[str]:
    body = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(inhoud)).read("content.xml"))
    regels = []
    for p in body.iter(f"{TEXT}p"):
        tekst = ""
        def lees(node):
            nonlocal tekst
            tekst += node.text or ""
            for kind in node:
                if kind.tag == f"{TEXT}s":
                    tekst += " " * int(kind.get(f"{TEXT}c", "1"))
                elif kind.tag == f"{TEXT}tab":
                    tekst += "\t"
                else:
                    lees(kind)
                tekst += kind.tail or ""
        lees(p)
        regels.append(tekst)
    return regels


def test_three_formats_with_their_names_and_types():
    namen = {f: bestand(f)[0] for f in ("docx", "odt", "txt")}
    assert {f: (r["bestandsnaam"], r["mime"]) for f, r in namen.items()} == {
        "docx": ("brief-bezwaar-2026-03-20.docx",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("brief-bezwaar-2026-03-20.odt", "application/vnd.oasis.opendocument.text"),
        "txt": ("brief-bezwaar-2026-03-20.txt", "text/plain;charset=utf-8")}
    assert all("Vries" not in r["bestandsnaam"] for r in namen.values()), "no name in a file name"


@pytest.mark.parametrize("formaat,regels", [("docx", docx_regels), ("odt", odt_regels)])
def test_the_document_holds_exactly_the_letter_line_by_line(formaat, regels):
    tekst = vraag(INVOER)["result"]["brief"]["tekst"]
    _, inhoud = bestand(formaat)
    assert regels(inhoud) == tekst.split("\n")
    assert "<script>alert(1)</script> ]]> &amp; <!-- x -->" in tekst
    assert "\x07" not in tekst
    tekst.encode("utf-8")   # the lone surrogate is gone


def test_the_text_file_is_the_letter_with_a_byte_order_mark_and_windows_line_ends():
    tekst = vraag(INVOER)["result"]["brief"]["tekst"]
    _, inhoud = bestand("txt")
    assert inhoud.startswith(b"\xef\xbb\xbf") and inhoud.endswith(b"\r\n")
    assert inhoud.decode("utf-8-sig") == tekst.replace("\n", "\r\n") + "\r\n"
    assert b"\n" not in inhoud.replace(b"\r\n", b"")


def test_word_document_parts_a4_readable_font_no_macros():
    _, inhoud = bestand("docx")
    z = zipfile.ZipFile(io.BytesIO(inhoud))
    assert z.testzip() is None
    namen = z.namelist()
    assert namen[0] == "[Content_Types].xml" and "word/document.xml" in namen and "_rels/.rels" in namen
    for naam in namen:
        ElementTree.fromstring(z.read(naam))          # every part is well-formed XML
    types = z.read("[Content_Types].xml").decode()
    assert "macroEnabled" not in types and "vbaProject" not in types and not [n for n in namen if "vba" in n.lower()]
    assert "document.main+xml" in types
    document = ElementTree.fromstring(z.read("word/document.xml"))
    maat = document.find(f".//{W}sectPr/{W}pgSz")
    assert (int(maat.get(f"{W}w")), int(maat.get(f"{W}h"))) == (11906, 16838)   # 210 x 297 mm in twips
    stijl = ElementTree.fromstring(z.read("word/styles.xml"))
    assert int(stijl.find(f".//{W}rPrDefault//{W}sz").get(f"{W}val")) >= 22    # at least 11 pt
    assert stijl.find(f".//{W}rPrDefault//{W}lang").get(f"{W}val") == "nl-NL"
    # the onderwerp is bold, nothing else
    vet = [p for p in document.iter(f"{W}p") if p.find(f".//{W}b") is not None]
    assert len(vet) == 1 and "".join(t.text for t in vet[0].iter(f"{W}t")).startswith("Onderwerp: ")
    assert "instrText" not in z.read("word/document.xml").decode() and "fldSimple" not in z.read(
        "word/document.xml").decode()


def test_opendocument_package_a4_readable_font_no_scripts():
    _, inhoud = bestand("odt")
    z = zipfile.ZipFile(io.BytesIO(inhoud))
    eerste = z.infolist()[0]
    assert eerste.filename == "mimetype" and eerste.compress_type == zipfile.ZIP_STORED and not eerste.extra
    assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert inhoud[30:38] == b"mimetype"     # right after the first local header, as ODF 1.2 asks
    for naam in z.namelist()[1:]:
        ElementTree.fromstring(z.read(naam))
    manifest = z.read("META-INF/manifest.xml").decode()
    assert all(f'full-path="{n}"' in manifest for n in ("content.xml", "styles.xml", "meta.xml"))
    assert not [n for n in z.namelist() if n.startswith(("Basic/", "Scripts/"))]
    stijlen = ElementTree.fromstring(z.read("styles.xml"))
    pagina = stijlen.find(f".//{STYLE}page-layout-properties")
    assert (pagina.get(f"{FO}page-width"), pagina.get(f"{FO}page-height")) == ("21cm", "29.7cm")
    grootte = stijlen.find(f".//{STYLE}default-style/{STYLE}text-properties").get(f"{FO}font-size")
    assert float(grootte.removesuffix("pt")) >= 11


@pytest.mark.parametrize("formaat", ["docx", "odt", "txt"])
def test_the_same_letter_gives_the_same_bytes(formaat):
    assert bestand(formaat)[1] == bestand(formaat)[1]
    assert bestand(formaat)[1] != bestand(formaat, {**INVOER, "datum": "2026-03-21"})[1]


def test_no_clock_in_the_files():
    for formaat in ("docx", "odt"):
        z = zipfile.ZipFile(io.BytesIO(bestand(formaat)[1]))
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        alles = b"".join(z.read(n) for n in z.namelist()).decode()
        assert not re.search(r"20\d\d-\d\d-\d\dT", alles)


def test_a_wrong_format_is_named_and_the_letter_errors_come_with_it():
    antwoord = vraag({"soort": "bezwaar", "datum": "2026-03-20", "besluit_datum": "2026-04-01",
                      "formaat": "pdf"}, "download")
    assert {(e["field"], e["code"]) for e in antwoord["errors"]} == {("formaat", "ongeldige_waarde"),
                                                                     ("besluit_datum", "na_de_brief")}
    assert vraag({"soort": "bezwaar"}, "download")["errors"][0]["field"] == "formaat"
    assert vraag([], "download")["ok"] is False


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=60))
def test_any_text_makes_well_formed_documents_holding_it(lang, kort):
    invoer = {**INVOER, "gronden": lang or "x", "naam": kort or "x"}
    tekst = vraag(invoer)["result"]["brief"]["tekst"]
    assert docx_regels(bestand("docx", invoer)[1]) == tekst.split("\n")
    assert odt_regels(bestand("odt", invoer)[1]) == tekst.split("\n")

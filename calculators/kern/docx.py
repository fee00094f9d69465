"""A Word document (.docx, Office Open XML, ECMA-376) written with the standard library.

Plumbing, no law. One paragraph per :class:`~.bestand.Regel`, A4 with margins of 2.5 cm, Arial
12 pt, Dutch as the language. Every text is escaped (:func:`.tekst.xml_escape`), so typed HTML or
XML stays text; no macros (the content type is a plain document), no fields, no external links.
"""
from __future__ import annotations

from .bestand import Regel, zip_bestand
from .tekst import xml_escape

MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# A4 in twentieths of a point (210 x 297 mm), margins 2.5 cm; the font size is in half points.
A4 = '<w:pgSz w:w="11906" w:h="16838"/>'
MARGES = ('<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="709" '
          'w:footer="709" w:gutter="0"/>')
GROOTTE_HALVE_PUNTEN = 24

CONTENT_TYPES = KOP + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')
RELS = KOP + (
    f'<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    f'<Relationship Id="rId2" Type="{PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
    '</Relationships>')
DOCUMENT_RELS = KOP + (
    f'<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>'
    '</Relationships>')
SETTINGS = KOP + (
    f'<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="709"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat></w:settings>')
STYLES = KOP + (
    f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
    f'<w:sz w:val="{GROOTTE_HALVE_PUNTEN}"/><w:szCs w:val="{GROOTTE_HALVE_PUNTEN}"/>'
    '<w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="288" w:lineRule="auto"/></w:pPr>'
    '</w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '</w:styles>')
APP = KOP + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
             '<Application>Wmo-wegwijzer</Application></Properties>')


def _alinea(regel: Regel) -> str:
    if not regel.tekst:
        return "<w:p/>"
    opmaak = "<w:rPr><w:b/><w:bCs/></w:rPr>" if regel.vet else ""
    delen = []
    for i, stuk in enumerate(regel.tekst.split("\t")):
        if i:
            delen.append("<w:tab/>")
        if stuk:
            delen.append(f'<w:t xml:space="preserve">{xml_escape(stuk)}</w:t>')
    return f"<w:p><w:r>{opmaak}{''.join(delen)}</w:r></w:p>"


def document(regels: list[Regel], *, titel: str) -> bytes:
    """The .docx bytes: ``regels`` as paragraphs on A4, ``titel`` in the document properties."""
    body = "".join(_alinea(r) for r in regels)
    hoofd = KOP + (f'<w:document xmlns:w="{W}" xmlns:r="{REL}"><w:body>{body}'
                   f"<w:sectPr>{A4}{MARGES}</w:sectPr></w:body></w:document>")
    core = KOP + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{xml_escape(titel)}</dc:title><dc:language>nl-NL</dc:language></cp:coreProperties>")
    return zip_bestand([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                        ("word/document.xml", hoofd), ("word/_rels/document.xml.rels", DOCUMENT_RELS),
                        ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
                        ("docProps/core.xml", core), ("docProps/app.xml", APP)])

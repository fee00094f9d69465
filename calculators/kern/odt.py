"""An OpenDocument text (.odt, ODF 1.2, ISO/IEC 26300) written with the standard library.

Plumbing, no law. The package starts with the uncompressed ``mimetype`` entry (ODF 1.2 part 3,
3.3); one paragraph per :class:`~.bestand.Regel`, A4 with margins of 2.5 cm, Arial 12 pt, Dutch.
Every text is escaped (:func:`.tekst.xml_escape`); runs of spaces and tabs become ``text:s`` and
``text:tab`` so they survive (ODF collapses white space in paragraphs). No macros, no scripts.
"""
from __future__ import annotations

import re

from .bestand import Regel, zip_bestand
from .tekst import xml_escape

MIME = "application/vnd.oasis.opendocument.text"
KOP = '<?xml version="1.0" encoding="UTF-8"?>\n'
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')
MANIFEST = KOP + (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{MIME}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    '</manifest:manifest>')
STYLES = KOP + (
    f'<office:document-styles {NS}>'
    '<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" '
    'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
    '<office:styles><style:default-style style:family="paragraph">'
    '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="120%"/>'
    '<style:text-properties style:font-name="Arial" fo:font-size="12pt" fo:language="nl" fo:country="NL" '
    'style:font-size-complex="12pt"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles>'
    '<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties '
    'fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.5cm" '
    'fo:margin-bottom="2.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>'
    '</office:automatic-styles><office:master-styles>'
    '<style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>'
    '</office:document-styles>')
VET = ('<office:automatic-styles><style:style style:name="Vet" style:family="text">'
       '<style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>'
       '</office:automatic-styles>')
_SPATIES = re.compile(r"^ +| {2,}")


def _spaties(tekst: str) -> str:
    """ODF keeps one space between words: other spaces become text:s (escaped text in, XML out)."""
    def vervang(m: re.Match) -> str:
        n = len(m.group(0))
        if m.start() == 0:          # leading spaces are dropped by ODF: all of them as text:s
            return f'<text:s text:c="{n}"/>'
        return " " + (f'<text:s text:c="{n - 1}"/>' if n > 1 else "")
    return _SPATIES.sub(vervang, tekst)


def _alinea(regel: Regel) -> str:
    inhoud = "<text:tab/>".join(_spaties(xml_escape(stuk)) for stuk in regel.tekst.split("\t"))
    if regel.vet and inhoud:
        inhoud = f'<text:span text:style-name="Vet">{inhoud}</text:span>'
    return f'<text:p text:style-name="Standard">{inhoud}</text:p>'


def document(regels: list[Regel], *, titel: str) -> bytes:
    """The .odt bytes: ``regels`` as paragraphs on A4, ``titel`` in the document's metadata."""
    body = "".join(_alinea(r) for r in regels)
    content = KOP + (f"<office:document-content {NS}>{VET}<office:body><office:text>{body}"
                     "</office:text></office:body></office:document-content>")
    meta = KOP + (f"<office:document-meta {NS}><office:meta><meta:generator>Wmo-wegwijzer</meta:generator>"
                  f"<dc:title>{xml_escape(titel)}</dc:title><dc:language>nl-NL</dc:language>"
                  "</office:meta></office:document-meta>")
    return zip_bestand([("mimetype", MIME), ("META-INF/manifest.xml", MANIFEST), ("content.xml", content),
                        ("styles.xml", STYLES), ("meta.xml", meta)])

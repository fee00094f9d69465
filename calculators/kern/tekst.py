"""Typed text, made safe to put anywhere: a JSON answer, a page (as text), a .txt, .docx or .odt file.

Plumbing, no law. What a visitor types stays what it is: HTML or a script is just text, and every
writer escapes it for its own format. What cannot be text is removed here, once:

- characters that XML 1.0 does not allow (most C0 control characters, lone surrogates from broken
  JSON, U+FFFE and U+FFFF), and the C1 control characters, which no keyboard types;
- every kind of line break becomes ``\\n`` (CR LF, CR, NEL, U+2028, U+2029).

Right-to-left marks and other format characters are text and stay (names in Arabic or Hebrew).
"""
from __future__ import annotations

import re
import unicodedata

# XML 1.0 (5th ed.) section 2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
# Also out: the C1 controls U+0080-U+009F (allowed by XML, but never meant as text).
_NIET_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_REGELEINDE = re.compile("\r\n|[\r\x85\u2028\u2029]")
_SPATIES = re.compile(r"[ \t]+")
_LEGE_REGELS = re.compile(r"\n{3,}")


def xml_veilig(tekst: str) -> str:
    """``tekst`` without the characters an XML document cannot hold (line breaks kept as they are)."""
    return _NIET_XML.sub("", tekst)


def schoon(tekst: str, *, regels: bool) -> str:
    """Typed text as the calculators keep it: NFC, one kind of line break, nothing XML forbids.

    ``regels=False`` (one line): every run of spaces, tabs and line breaks becomes one space.
    ``regels=True`` (several lines): tabs become spaces, spaces at the end of a line go, and at
    most one empty line is kept between paragraphs. Both are stripped at the ends.
    """
    tekst = unicodedata.normalize("NFC", xml_veilig(_REGELEINDE.sub("\n", tekst)))
    if not regels:
        return " ".join(tekst.split())
    lijnen = [_SPATIES.sub(" ", lijn).rstrip() for lijn in tekst.split("\n")]
    return _LEGE_REGELS.sub("\n\n", "\n".join(lijnen)).strip()


def xml_escape(tekst: str) -> str:
    """Text for an XML element or a quoted attribute: escaped and stripped of what XML forbids."""
    return (xml_veilig(tekst).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))

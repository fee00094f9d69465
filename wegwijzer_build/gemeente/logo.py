"""The gemeente's logo, accepted only after it has been read as what its name says it is.

The logo is shown as ``<img>`` (where no script runs), but anyone can open its URL on its own, and
then an SVG is a document: a script or an ``onload`` in it would run on the site's origin. So:

- SVG: parsed with the standard library's XML parser and checked against an allowlist of SVG
  elements and attributes: no script, no ``foreignObject``, no event attribute (``on…``), no link
  or reference except to a place in the file itself (``href="#id"``, ``url(#id)``), no DOCTYPE or
  entity, no processing instruction (``<?xml-stylesheet``). Character references (``&#104;``) are
  read by the parser, so they cannot hide a ``https:`` or ``javascript:`` from the check.
- PNG, JPEG, WebP: the file must start with that format's signature (an HTML page saved as
  ``logo.png`` is refused) and say its size in pixels, at most :data:`MAX_PIXELS` per side.
"""
from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET

from .fout import GemeenteFout

LOGO_TYPES = (".svg", ".png", ".webp", ".jpg", ".jpeg")
LOGO_MAX_BYTES = 200_000
MAX_PIXELS = 2000            # per side; a header logo is shown about 48 pixels high

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
XML = "{http://www.w3.org/XML/1998/namespace}"
ELEMENTS = frozenset("""svg g defs symbol use title desc metadata path rect circle ellipse line
    polyline polygon text tspan textPath linearGradient radialGradient stop clipPath mask pattern
    marker style""".split())
ATTRIBUTES = frozenset("""id class style lang viewBox width height x y x1 y1 x2 y2 cx cy r rx ry fx fy
    fr d points pathLength dx dy rotate textLength lengthAdjust transform preserveAspectRatio version
    baseProfile fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin
    stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity color display
    visibility overflow clip-path clip-rule clipPathUnits mask maskUnits maskContentUnits offset
    stop-color stop-opacity gradientUnits gradientTransform spreadMethod patternUnits
    patternContentUnits patternTransform font-family font-size font-weight font-style font-variant
    font-stretch text-anchor dominant-baseline alignment-baseline baseline-shift letter-spacing
    word-spacing text-decoration writing-mode vector-effect paint-order shape-rendering
    text-rendering color-interpolation color-interpolation-filters mix-blend-mode isolation
    enable-background marker-start marker-mid marker-end markerWidth markerHeight markerUnits
    orient refX refY startOffset method spacing type role aria-label aria-labelledby
    aria-describedby aria-hidden focusable href""".split()) | {
    XLINK + "href", XLINK + "title", XML + "space", XML + "lang"}
LOKAAL = re.compile(r"#[A-Za-z_][\w.:-]*")                   # a reference inside the file
URL_FUNCTIE = re.compile(r"""url\s*\(\s*(['"]?)(.*?)\1\s*\)""", re.I | re.S)
VERBODEN_CSS = re.compile(r"@import|image-set|expression\s*\(|javascript:|vbscript:|data:|src\s*\(",
                          re.I)
HOE_SVG = ('Sla het logo op als "Optimized SVG" of "Plain SVG" (zonder scripts, links en '
           "ingesloten bestanden) en probeer het opnieuw.")


def _svg_fout(veld: str, wat: str) -> GemeenteFout:
    return GemeenteFout(f"{veld} is geen veilig SVG-bestand: {wat}. {HOE_SVG}")


def _css(waarde: str, veld: str, waar: str) -> None:
    """Style text may only use colours and lengths, and refer to a place in the file itself."""
    if "\\" in waarde or VERBODEN_CSS.search(waarde):
        raise _svg_fout(veld, f"{waar} laadt of verbergt iets ({waarde[:60]!r})")
    for m in URL_FUNCTIE.finditer(waarde):
        if not LOKAAL.fullmatch(m.group(2).strip()):
            raise _svg_fout(veld, f"{waar} verwijst naar iets buiten het bestand ({m.group(2)[:60]!r})")


def _naam(tag: str) -> str:
    return tag.replace(SVG, "svg:").replace(XLINK, "xlink:").replace(XML, "xml:")


def svg(data: bytes, veld: str) -> None:
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _svg_fout(veld, "het bestand is geen UTF-8-tekst") from None
    # In XML, "<!" starts markup only: a comment, CDATA, or a DOCTYPE (which can define entities).
    if re.search(r"<!(?!--|\[CDATA\[)", tekst):
        raise _svg_fout(veld, "het bevat een DOCTYPE of ENTITY")
    verklaring = re.match(r"""<\?xml[^>]*?encoding\s*=\s*["']([^"']*)""", tekst.lstrip())
    if verklaring and verklaring.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise _svg_fout(veld, f"het noemt de tekenset {verklaring.group(1)!r} in plaats van UTF-8")
    parser = ET.XMLPullParser(events=("start", "pi"))
    gezien = 0
    try:
        parser.feed(data)
        parser.close()
    except ET.ParseError as e:
        raise _svg_fout(veld, f"het is geen geldige XML ({e})") from None
    for gebeurtenis, el in parser.read_events():
        if gebeurtenis == "pi":
            raise _svg_fout(veld, f"het bevat een verwerkingsinstructie ({el.text[:40]!r})")
        gezien += 1
        if gezien == 1 and el.tag != SVG + "svg":
            raise _svg_fout(veld, f"het begint met <{_naam(el.tag)}> in plaats van <svg> "
                                  'met xmlns="http://www.w3.org/2000/svg"')
        if not el.tag.startswith(SVG) or el.tag[len(SVG):] not in ELEMENTS:
            raise _svg_fout(veld, f"het element <{_naam(el.tag)}> mag niet in een logo")
        if el.tag == SVG + "style":
            _css(el.text or "", veld, "<style>")
        for attr, waarde in el.attrib.items():
            naam = _naam(attr)
            if naam.lower().startswith("on"):
                raise _svg_fout(veld, f"het attribuut {naam} start een script")
            if attr not in ATTRIBUTES and not re.fullmatch(r"data-[a-z0-9-]+", attr):
                raise _svg_fout(veld, f"het attribuut {naam} op <{_naam(el.tag)}> mag niet in een logo")
            if attr in ("href", XLINK + "href") and not LOKAAL.fullmatch(waarde.strip()):
                raise _svg_fout(veld, f"{naam}={waarde[:60]!r} verwijst naar iets buiten het bestand")
            _css(waarde, veld, f"het attribuut {naam}")
    if not gezien:
        raise _svg_fout(veld, "het bevat geen <svg>")


def _jpeg_maat(data: bytes) -> tuple[int, int] | None:
    """Width and height from a JPEG's start-of-frame segment (ITU-T T.81, B.2.2)."""
    i = 2
    while i + 9 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:                                    # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        lengte = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            hoogte, breedte = struct.unpack(">HH", data[i + 5:i + 9])
            return breedte, hoogte
        if marker == 0xDA or lengte < 2:                      # image data before any frame
            return None
        i += 2 + lengte
    return None


def _webp_maat(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first chunk of a WebP (RFC 9649)."""
    soort = data[12:16]
    if soort == b"VP8X" and len(data) >= 30:
        return (1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little"))
    if soort == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    if soort == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        breedte, hoogte = struct.unpack("<HH", data[26:30])
        return breedte & 0x3FFF, hoogte & 0x3FFF
    return None


def _png_maat(data: bytes) -> tuple[int, int] | None:
    if len(data) >= 24 and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    return None


RASTER = {  # suffix: (name, signature test, size reader)
    ".png": ("PNG", lambda d: d.startswith(b"\x89PNG\r\n\x1a\n"), _png_maat),
    ".jpg": ("JPEG", lambda d: d.startswith(b"\xff\xd8\xff"), _jpeg_maat),
    ".jpeg": ("JPEG", lambda d: d.startswith(b"\xff\xd8\xff"), _jpeg_maat),
    ".webp": ("WebP", lambda d: d[:4] == b"RIFF" and d[8:12] == b"WEBP", _webp_maat),
}


def _soort(data: bytes) -> str:
    for naam, herken, _ in RASTER.values():
        if herken(data):
            return f"een {naam}-afbeelding"
    return "tekst of HTML" if data.lstrip()[:1] == b"<" else "een onbekend soort bestand"


def raster(data: bytes, suffix: str, veld: str) -> None:
    naam, herken, maat = RASTER[suffix]
    if not herken(data):
        raise GemeenteFout(f"{veld} heet {suffix} maar is geen {naam}-afbeelding (het is "
                           f"{_soort(data)}). Sla het logo opnieuw op als {naam}, of geef het "
                           "bestand de naam die bij het soort past.")
    afmeting = maat(data)
    if afmeting is None or min(afmeting) < 1:
        raise GemeenteFout(f"{veld} is een beschadigd {naam}-bestand: de afmetingen zijn niet te "
                           f"lezen. Sla het logo opnieuw op als {naam}.")
    if max(afmeting) > MAX_PIXELS:
        raise GemeenteFout(f"{veld} is {afmeting[0]} bij {afmeting[1]} pixels; maximaal "
                           f"{MAX_PIXELS} per kant. Maak het logo kleiner.")


def controleer_logo(data: bytes, suffix: str, veld: str) -> None:
    """Raise :class:`GemeenteFout` (naming ``veld`` and the fix) unless ``data`` is a safe logo."""
    if suffix == ".svg":
        svg(data, veld)
    else:
        raster(data, suffix, veld)

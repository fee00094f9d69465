"""Colours of a municipal edition: WCAG contrast and the CSS custom properties for Material.

Legal basis for the threshold: WCAG 2.2 success criterion 1.4.3 (contrast minimum, 4.5:1 for text).
"""
from __future__ import annotations

import math
import re


def _kanaal(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminantie(kleur: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2.2, definition 'relative luminance')."""
    r, g, b = (int(kleur[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _kanaal(r) + 0.7152 * _kanaal(g) + 0.0722 * _kanaal(b)


def contrast(a: str, b: str) -> float:
    """Contrast ratio between two colours, from 1 to 21."""
    licht, donker = sorted((luminantie(a), luminantie(b)), reverse=True)
    return (licht + 0.05) / (donker + 0.05)


def verhouding(ratio: float) -> str:
    """4.47 -> '4,4:1': rounded down, so a failing ratio never reads as passing."""
    return f"{math.floor(ratio * 10) / 10:.1f}".replace(".", ",") + ":1"


def donkerder(kleur: str, deel: float) -> str:
    """Mix with black; darker only raises the contrast with white text."""
    kanalen = (int(kleur[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c * (1 - deel)):02x}" for c in kanalen)


KLEUR = re.compile(r"#[0-9a-f]{6}")


def css(primair: str, accent: str) -> str:
    """Material's colour variables for the gemeente, loaded after wegwijzer.css.

    Nothing else from the configuration goes into the CSS: only two colours that are exactly
    ``#rrggbb`` (checked again here), so no text can close a comment or a rule."""
    for kleur in (primair, accent):
        if not KLEUR.fullmatch(kleur):
            raise ValueError(f"geen kleur als #rrggbb: {kleur!r}")
    return (
        "/* Kleuren van de gemeente, gemaakt bij de build uit extra.gemeente.kleuren.\n"
        f"   Contrast met wit: primair {verhouding(contrast(primair, '#ffffff'))}, "
        f"accent {verhouding(contrast(accent, '#ffffff'))}. */\n"
        ":root {\n"
        f"  --md-primary-fg-color: {primair};\n"
        f"  --md-primary-fg-color--light: {primair};\n"
        f"  --md-primary-fg-color--dark: {donkerder(primair, 0.3)};\n"
        f"  --md-accent-fg-color: {accent};\n"
        f"  --md-accent-fg-color--transparent: {accent}1a;\n"
        f"  --md-typeset-a-color: {primair};\n"
        f"  --md-footer-bg-color: {donkerder(primair, 0.3)};\n"
        f"  --md-footer-bg-color--dark: {donkerder(primair, 0.45)};\n"
        "}\n")

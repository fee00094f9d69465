"""Money as integer eurocent: reading what people type and writing it the Dutch way."""
from __future__ import annotations

import re

_BEDRAG = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?")


def euro(cent: int) -> str:
    """2180 -> '€ 21,80'; 144200 -> '€ 1.442,00'."""
    teken = "-" if cent < 0 else ""
    euros, centen = divmod(abs(cent), 100)
    return f"{teken}€ {euros:,}".replace(",", ".") + f",{centen:02d}"


def parse_euro(waarde: object) -> int:
    """An amount to eurocent: an int is already eurocent; text is euro ('570', '1.234,50', '€ 12,5').

    ValueError for negative, fractional or unreadable amounts.
    """
    if isinstance(waarde, bool):
        raise ValueError("geen bedrag")
    if isinstance(waarde, int):
        if waarde < 0:
            raise ValueError("negatief")
        return waarde
    if not isinstance(waarde, str):
        raise ValueError("geen bedrag")
    match = _BEDRAG.fullmatch(waarde.strip().replace(" ", ""))
    if not match:
        raise ValueError("geen bedrag")
    euros = int(match.group(1).replace(".", ""))
    centen = int((match.group(2) or "0").ljust(2, "0"))
    return euros * 100 + centen

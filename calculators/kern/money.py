"""Money as integer eurocent: reading what people type and writing it the Dutch way."""
from __future__ import annotations

import re

# ASCII digits only (``\d`` would also take other scripts' digits).
_BEDRAG = re.compile(r"(?:€\s*)?([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]{1,2}))?")
# No amount in these calculators comes near a billion euro; larger is a typing error or an attack
# (and would not survive a JavaScript number exactly).
HOOGSTE_EUROCENT = 100_000_000_000


def euro(cent: int) -> str:
    """2180 -> '€ 21,80'; 144200 -> '€ 1.442,00'."""
    teken = "-" if cent < 0 else ""
    euros, centen = divmod(abs(cent), 100)
    return f"{teken}€ {euros:,}".replace(",", ".") + f",{centen:02d}"


def parse_euro(waarde: object) -> int:
    """An amount to eurocent: an int is already eurocent; text is euro ('570', '1.234,50', '€ 12,5').

    ValueError for negative, fractional, unreadable or absurdly large amounts.
    """
    if isinstance(waarde, bool):
        raise ValueError("geen bedrag")
    if isinstance(waarde, int):
        if not 0 <= waarde <= HOOGSTE_EUROCENT:
            raise ValueError("buiten bereik")
        return waarde
    if not isinstance(waarde, str):
        raise ValueError("geen bedrag")
    match = _BEDRAG.fullmatch(waarde.strip().replace(" ", ""))
    if not match:
        raise ValueError("geen bedrag")
    cijfers = match.group(1).replace(".", "")
    if len(cijfers) > len(str(HOOGSTE_EUROCENT)):
        raise ValueError("buiten bereik")
    bedrag = int(cijfers) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if bedrag > HOOGSTE_EUROCENT:
        raise ValueError("buiten bereik")
    return bedrag

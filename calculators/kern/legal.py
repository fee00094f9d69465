"""Legal references: which article of which law an answer rests on.

Every reference links to the version of the law on wetten.overheid.nl that was in force on the
date asked about (the site shows the text "geldig op" that date).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Instrument -> (BWB id, short Dutch title, in force since). Ids from wetten.overheid.nl. Before
# the last date no version of that law exists, so nothing may be cited "as in force" then.
INSTRUMENTEN = {
    "wmo": ("BWBR0035362", "Wet maatschappelijke ondersteuning 2015", date(2015, 1, 1)),
    "ub_wmo": ("BWBR0035733", "Uitvoeringsbesluit Wmo 2015", date(2015, 1, 1)),
    "aow": ("BWBR0002221", "Algemene Ouderdomswet", date(1957, 1, 1)),
    "awb": ("BWBR0005537", "Algemene wet bestuursrecht", date(1994, 1, 1)),
    "atw": ("BWBR0002448", "Algemene termijnenwet", date(1965, 1, 1)),
    "vw": ("BWBR0011823", "Vreemdelingenwet 2000", date(2001, 4, 1)),
    "zvw": ("BWBR0018450", "Zorgverzekeringswet", date(2006, 1, 1)),
    "wlz": ("BWBR0035917", "Wet langdurige zorg", date(2015, 1, 1)),
}

# European regulations (no BWB id): CELEX number and title. EUR-Lex keeps one text per regulation;
# the AVG applies unchanged since 25 May 2018, so its link carries no date.
EU = {
    "avg": ("32016R0679", "Algemene verordening gegevensbescherming"),
}

# Newest consolidation we checked; later dates still link to it rather than to a future text.
NIEUWSTE_VERSIE = date(2026, 7, 1)


@dataclass(frozen=True)
class Bron:
    """A citation: a readable title and a dated wetten.overheid.nl URL."""

    titel: str
    url: str

    def as_dict(self) -> dict:
        return {"titel": self.titel, "url": self.url}


def artikel(instrument: str, nummer: str, *, lid: int | str | None = None,
            onder: str | None = None, op: date) -> Bron:
    """Cite ``nummer`` of ``instrument`` as in force on ``op``.

    >>> artikel("wmo", "2.3.2", lid=2, op=date(2026, 3, 1)).titel
    'Wmo 2015, artikel 2.3.2 lid 2'
    """
    titel = f"{kort(instrument)}, artikel {nummer}"
    if lid is not None:
        titel += f" lid {lid}"
    if onder:
        titel += f" onder {onder}"
    if instrument in EU:
        celex, _ = EU[instrument]
        return Bron(titel, f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}")
    bwb, _, sinds = INSTRUMENTEN[instrument]
    if op < sinds:
        raise ValueError(f"{kort(instrument)} did not exist on {op.isoformat()}")
    versie = min(op, NIEUWSTE_VERSIE).isoformat()
    anker = "Artikel" + nummer.replace(":", "")
    return Bron(titel, f"https://wetten.overheid.nl/{bwb}/{versie}#{anker}")


def sinds(instrument: str) -> date:
    """The day ``instrument`` took effect: nothing before it can be cited or applied."""
    return INSTRUMENTEN[instrument][2]


def verwijzing(tekst: str, *, op: date, lid: int | str | None = None,
               onder: str | None = None) -> Bron:
    """Cite an article written as data: ``"instrument nummer [lid [onder]]"``, "-" for no lid,
    e.g. ``"ub_wmo 3.8 3 f"`` or ``"wmo 1.2.1 - a"``. ``lid`` and ``onder`` given here win.

    >>> verwijzing("ub_wmo 3.8 4 f", op=date(2019, 6, 1)).titel
    'Uitvoeringsbesluit Wmo 2015, artikel 3.8 lid 4 onder f'
    """
    instrument, nummer, *rest = tekst.split()
    eigen_lid = rest[0] if rest and rest[0] != "-" else None
    eigen_onder = rest[1] if len(rest) > 1 else None
    return artikel(instrument, nummer, lid=lid if lid is not None else eigen_lid,
                   onder=onder or eigen_onder, op=op)


def kort(instrument: str) -> str:
    """Short name as people write it ("Wmo 2015", "Awb")."""
    return {
        "wmo": "Wmo 2015",
        "ub_wmo": "Uitvoeringsbesluit Wmo 2015",
        "aow": "AOW",
        "awb": "Awb",
        "atw": "Algemene termijnenwet",
        "vw": "Vreemdelingenwet 2000",
        "zvw": "Zorgverzekeringswet",
        "wlz": "Wet langdurige zorg",
        "avg": "AVG",
    }[instrument]


def uitleg(tekst: str, bron: Bron) -> dict:
    """One line of the ``uitleg`` list of the contract: a Dutch sentence with its source."""
    return {"tekst": tekst, "bron": bron.as_dict()}

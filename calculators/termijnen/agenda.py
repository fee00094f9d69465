"""Termijnen: one calendar file with the deadlines after several events (``action: "download"``).

The case page (Mijn aanvraag) keeps the dates of one procedure: melding, aanvraag, besluit and
maybe an ingebrekestelling. Its agenda button asks for every deadline still to come in one file,
written by the same code as the single-event file of the termijnen page (``tekst.afspraak``).

Input: ``gebeurtenissen``, a list of ``{"gebeurtenis", "datum", "adviescommissie"?, "codes"?}``
(``codes``: only these deadlines or ``mogelijk_vanaf`` steps of that event; default all),
optional ``vanaf`` (leave out what ends before that day) and ``formaat`` (``ics``, the only one).
Result: ``{"bestandsnaam", "mime", "base64", "aantal"}``, like the brievenhulp's downloads.
"""
from __future__ import annotations

import base64
from datetime import date

from ..kern import ics as _ics
from ..kern.questions import BERICHT, Fout, Invoerfouten
from ..kern.dates import parse_datum
from . import tekst
from .invoer import GEBEURTENISSEN, Invoer, parse
from .regels import STAPPEN, NA_TERMIJN, bereken

SLEUTELS = ("gebeurtenissen", "vanaf", "formaat")
FORMATEN = ("ics",)
MAX_GEBEURTENISSEN = 2 * len(GEBEURTENISSEN)   # a procedure has a handful; more is not a dossier


def codes_van(gebeurtenis: str) -> set[str]:
    """Every deadline and step an event can give."""
    termijnen = {c for codes, _ in STAPPEN[gebeurtenis] for c in codes}
    return termijnen | {NA_TERMIJN[c][0] for c in termijnen if c in NA_TERMIJN}


def _onder(i: int, e: Invoerfouten) -> Invoerfouten:
    """The errors of one event, each named by its place in the list (``gebeurtenissen.0.datum``)."""
    veld = f"gebeurtenissen.{i}"
    return Invoerfouten([Fout(f"{veld}.{f.field}" if f.field else veld, f.code, f.message)
                         for f in e.fouten])


def _een(i: int, g: object) -> tuple[Invoer, set[str] | None]:
    veld = f"gebeurtenissen.{i}"
    if not isinstance(g, dict):
        raise Invoerfouten([Fout(veld, "ongeldige_waarde", "Geef elke gebeurtenis met een soort en een datum.")])
    g = dict(g)
    codes = g.pop("codes", None)
    try:
        inp = parse(g)
    except Invoerfouten as e:
        raise _onder(i, e) from None
    if codes is None:
        return inp, None
    if not (isinstance(codes, list) and all(isinstance(c, str) for c in codes)
            and set(codes) <= codes_van(inp.gebeurtenis)):
        raise Invoerfouten([Fout(f"{veld}.codes", "ongeldige_waarde",
                                 "Kies alleen termijnen die bij deze gebeurtenis horen.")])
    return inp, set(codes)


def parse_download(invoer: object) -> tuple[list[tuple[Invoer, set[str] | None]], date | None]:
    if not isinstance(invoer, dict):
        raise Invoerfouten([Fout(None, "ongeldige_invoer", "De invoer ontbreekt of is onleesbaar.")])
    fouten = [Fout(k, "onbekend_veld", f"Deze rekenhulp kent de vraag '{k}' niet.")
              for k in invoer if k not in SLEUTELS]
    if invoer.get("formaat", "ics") not in FORMATEN:
        fouten.append(Fout("formaat", "ongeldige_waarde", "Dit bestand kan alleen als ics-bestand."))
    vanaf = None
    if invoer.get("vanaf") is not None:
        try:
            vanaf = parse_datum(invoer["vanaf"])
        except ValueError:
            fouten.append(Fout("vanaf", "ongeldige_waarde", BERICHT["date"]))
    lijst = invoer.get("gebeurtenissen")
    if not isinstance(lijst, list) or not 1 <= len(lijst) <= MAX_GEBEURTENISSEN:
        fouten.append(Fout("gebeurtenissen", "ongeldige_waarde",
                           f"Geef 1 tot {MAX_GEBEURTENISSEN} gebeurtenissen, elk met een datum."))
        lijst = []
    gelezen = []
    for i, g in enumerate(lijst):
        try:
            gelezen.append(_een(i, g))
        except Invoerfouten as e:
            fouten += e.fouten
    if fouten:
        raise Invoerfouten(fouten)
    return gelezen, vanaf


def download(invoer: object) -> dict:
    """The calendar file: every wanted deadline and step, on or after ``vanaf``, once, by date."""
    gebeurtenissen, vanaf = parse_download(invoer)
    afspraken: dict[str, _ics.Afspraak] = {}
    for i, (inp, codes) in enumerate(gebeurtenissen):
        try:
            b = bereken(inp)
        except Invoerfouten as e:
            raise _onder(i, e) from None
        gekozen = [tekst.afspraak(inp, t) for t in b.termijnen if codes is None or t.code in codes]
        gekozen += [tekst.afspraak_vanaf(inp, v) for v in b.vanaf if codes is None or v.code in codes]
        for a in gekozen:
            if vanaf is None or a.dag >= vanaf:
                afspraken.setdefault(a.uid, a)
    stempel = vanaf or max(inp.datum for inp, _ in gebeurtenissen)
    inhoud = _ics.agenda(sorted(afspraken.values(), key=lambda a: (a.dag, a.uid)),
                         stempel=stempel, naam=tekst.AGENDA_NAAM)
    return {"bestandsnaam": f"wmo-termijnen-{stempel.isoformat()}.ics", "mime": "text/calendar",
            "base64": base64.b64encode(inhoud.encode("utf-8")).decode("ascii"),
            "aantal": len(afspraken)}

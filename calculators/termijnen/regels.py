"""Termijnen: every deadline after one event, in the order of the procedure (see the package docstring)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..kern.dates import lang
from ..kern.legal import Bron, artikel
from ..kern.params import GeenRegelVoorDatum, waarde
from ..kern.questions import Fout, Invoerfouten
from . import feestdagen as _feestdagen, tekst
from .invoer import Invoer
from .termijn import Afloop, termijn


@dataclass(frozen=True)
class Termijn:
    """One deadline with its source; ``eigen``: the resident must act before it."""

    code: str
    afloop: Afloop
    bron: Bron
    eigen: bool = False


@dataclass(frozen=True)
class Vanaf:
    """The first day the resident may take a step because the term ``na`` has passed without the
    gemeente acting (the day after its last day)."""

    code: str
    na: str
    datum: date
    bron: Bron


@dataclass(frozen=True)
class Berekening:
    termijnen: list[Termijn]
    vanaf: list[Vanaf]
    extra: dict
    niet_berekend: list[str]
    reden: str | None


def bereken(inp: Invoer) -> Berekening:
    """Every group of deadlines after the event. A group that runs past the covered years is left
    out and named in ``niet_berekend``; when nothing can be computed, the date is refused."""
    termijnen, extra, niet_berekend, reden = [], {}, [], None
    for codes, groep in STAPPEN[inp.gebeurtenis]:
        try:
            termijnen += groep(inp.datum, inp, extra)
        except GeenRegelVoorDatum as e:
            niet_berekend += codes
            reden = reden or tekst.buiten_bereik(e)
    if not termijnen:
        raise Invoerfouten([Fout("datum", "geen_regel_voor_datum", reden)])
    return Berekening(termijnen, mogelijk_vanaf(inp.datum, termijnen), extra, niet_berekend, reden)


def calculate(inp: Invoer) -> dict:
    b = bereken(inp)
    termijnen = b.termijnen
    resultaat = {"gebeurtenis": inp.gebeurtenis, "datum": inp.datum.isoformat(),
                 "termijnen": [_als_dict(t) for t in termijnen], **b.extra,
                 "mogelijk_vanaf": [_vanaf_als_dict(v) for v in b.vanaf]}
    if b.niet_berekend:
        resultaat["niet_berekend"] = {"codes": b.niet_berekend, "reden": b.reden}
    resultaat["uitleg"] = tekst.uitleg(inp, termijnen)
    resultaat["weergave"] = tekst.weergave(inp, termijnen, resultaat)
    return resultaat


def _als_dict(t: Termijn) -> dict:
    a = t.afloop
    return {"code": t.code, "omschrijving": tekst.OMSCHRIJVING[t.code],
            "einddatum": a.einddatum.isoformat(), "verlengd": a.verlengd, "bron": t.bron.as_dict(),
            "wie": "u" if t.eigen else "gemeente",   # who must act by then
            "begindatum": a.begin.isoformat(),
            "einddatum_volgens_telling": a.volgens_telling.isoformat(),
            "algemene_termijnenwet": a.atw, "einddatum_tekst": lang(a.einddatum)}


def _vanaf_als_dict(v: Vanaf) -> dict:
    return {"code": v.code, "omschrijving": tekst.OMSCHRIJVING_VANAF[v.code], "na": v.na,
            "datum": v.datum.isoformat(), "datum_tekst": lang(v.datum), "bron": v.bron.as_dict()}


# A step the resident may take once the gemeente let a term pass: term code -> (step, its article).
NA_TERMIJN = {
    # Wmo 2.3.2 lid 9: an aanvraag without verslag when the onderzoek was not done in time.
    "onderzoek": ("aanvraag_zonder_onderzoek", "wmo", "2.3.2", 9),
    # Awb 4:17 lid 3: the ingebrekestelling counts once the decision term has passed; Awb 7:14
    # applies that paragraph to the decision on bezwaar as well.
    "beschikking": ("ingebrekestelling", "awb", "4:17", 3),
    "beslissing_op_bezwaar": ("ingebrekestelling_bezwaar", "awb", "4:17", 3),
}


def mogelijk_vanaf(d: date, termijnen: list[Termijn]) -> list[Vanaf]:
    """From which day the resident may act when the gemeente is late: the day after its last day."""
    uit = []
    for t in termijnen:
        if t.code in NA_TERMIJN:
            code, wet, nummer, lid = NA_TERMIJN[t.code]
            uit.append(Vanaf(code, t.code, t.afloop.einddatum + timedelta(days=1),
                             artikel(wet, nummer, lid=lid, op=d)))
    return uit


def _persoonlijk_plan(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    return [Termijn("persoonlijk_plan", termijn(d, "persoonlijk_plan_dagen", op=d),
                    artikel("wmo", "2.3.2", lid=2, op=d), eigen=True)]


def _onderzoek(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    return [Termijn("onderzoek", termijn(d, "wmo_onderzoek_weken", op=d),
                    artikel("wmo", "2.3.2", lid=1, op=d))]


def _beschikking(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    return [Termijn("beschikking", termijn(d, "wmo_beschikking_weken", op=d),
                    artikel("wmo", "2.3.5", lid=2, op=d))]


def _bezwaar(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    return [Termijn("bezwaar", termijn(d, "bezwaar_beroep_weken", op=d),
                    artikel("awb", "6:7", op=d), eigen=True)]


def beslistermijn_bezwaar(adviescommissie: bool | None) -> str:
    """Awb 7:10 lid 1: 12 weeks with an adviescommissie (7:13). Unknown: the longer term, so
    that nobody sends an ingebrekestelling before the term has really passed."""
    return ("beslistermijn_bezwaar_weken" if adviescommissie is False
            else "beslistermijn_bezwaar_adviescommissie_weken")


def _beslissing_op_bezwaar(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    # Awb 7:10 lid 1 counts from the day after the bezwaar term has passed. We take its end after
    # the Atw: the later of the two readings, so an ingebrekestelling is never too early.
    einde_bezwaar = termijn(d, "bezwaar_beroep_weken", op=d).einddatum
    beslissing = termijn(einde_bezwaar, beslistermijn_bezwaar(inp.adviescommissie), op=d)
    verdaagd = termijn(beslissing.einddatum, "verdaging_bezwaar_weken", op=d)
    if inp.adviescommissie is None:
        zonder = termijn(einde_bezwaar, "beslistermijn_bezwaar_weken", op=d)
        extra["beslissing_op_bezwaar_zonder_commissie"] = zonder.einddatum.isoformat()
    return [Termijn("beslissing_op_bezwaar", beslissing, artikel("awb", "7:10", lid=1, op=d)),
            Termijn("beslissing_op_bezwaar_verdaagd", verdaagd,
                    artikel("awb", "7:10", lid=3, op=d))]


def _beroep(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    return [Termijn("beroep", termijn(d, "bezwaar_beroep_weken", op=d),
                    artikel("awb", "6:7", op=d), eigen=True)]


def _hoger_beroep(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    # Awb 6:24 applies afdeling 6.2 (the 6 weeks of 6:7) to hoger beroep at the CRvB.
    return [Termijn("hoger_beroep", termijn(d, "bezwaar_beroep_weken", op=d),
                    artikel("awb", "6:24", op=d), eigen=True)]


def _dwangsom(d: date, inp: Invoer, extra: dict) -> list[Termijn]:
    # Awb 4:17 lid 3: the first day is when two weeks have passed after the day of receipt.
    # Lid 1 excludes the Atw for the 42 days; we do not move the start either (see the page).
    wachten = termijn(d, "ingebrekestelling_weken", op=d, atw=False)
    vanaf = wachten.einddatum + timedelta(days=1)
    einde = termijn(wachten.einddatum, "dwangsom_max_dagen", op=d, atw=False)
    extra.update(dwangsom_max_eurocent=dwangsom_max(d),
                 wachttijd_eindigt_op_vrije_dag=_vrij_of_onbekend(wachten.einddatum))
    return [Termijn("dwangsom_vanaf", Afloop(vanaf, vanaf, vanaf, None, (), False),
                    artikel("awb", "4:17", lid=3, op=d)),
            Termijn("dwangsom_einde", einde, artikel("awb", "4:17", lid=1, op=d))]


def _vrij_of_onbekend(dag: date) -> bool:
    """Whether the two weeks of Awb 4:17 lid 3 end on a day that is no working day (the page then
    says that the start may be later); False where the calendar does not reach."""
    try:
        return _feestdagen.vrij(dag) is not None
    except GeenRegelVoorDatum:
        return False


DWANGSOM_BEDRAGEN = ("dwangsom_bedrag_eerste_stap", "dwangsom_bedrag_tweede_stap",
                     "dwangsom_bedrag_overige_dagen")
# Every parameter of the dwangsom (Awb 4:17 lid 1 and 2), for the site's table of it.
DWANGSOM = ("dwangsom_max_dagen", "dwangsom_stap_dagen", *DWANGSOM_BEDRAGEN)


def dwangsom_per_dag(dag: int, op: date) -> int:
    """Awb 4:17 lid 2: the amount for day ``dag`` (1 = the first day) of the dwangsom: one step
    per ``dwangsom_stap_dagen``, the last amount for all other days."""
    stap = waarde("dwangsom_stap_dagen", op).waarde
    naam = DWANGSOM_BEDRAGEN[min((dag - 1) // stap, len(DWANGSOM_BEDRAGEN) - 1)]
    return waarde(naam, op).waarde


def dwangsom_max(op: date) -> int:
    """Awb 4:17 lid 2: the most a dwangsom can add up to, day by day over the maximum days."""
    dagen = waarde("dwangsom_max_dagen", op).waarde
    return sum(dwangsom_per_dag(n, op) for n in range(1, dagen + 1))


# Per event: groups of deadlines that are computed (or fail) together, in the order of the law.
STAPPEN = {
    "melding": ((("persoonlijk_plan",), _persoonlijk_plan), (("onderzoek",), _onderzoek)),
    "aanvraag": ((("beschikking",), _beschikking),),
    "besluit": ((("bezwaar",), _bezwaar),
                (("beslissing_op_bezwaar", "beslissing_op_bezwaar_verdaagd"),
                 _beslissing_op_bezwaar)),
    "beslissing_op_bezwaar": ((("beroep",), _beroep),),
    "uitspraak_rechtbank": ((("hoger_beroep",), _hoger_beroep),),
    "ingebrekestelling": ((("dwangsom_vanaf", "dwangsom_einde"), _dwangsom),),
}

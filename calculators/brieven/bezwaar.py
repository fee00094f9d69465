"""Letters against a besluit: the bezwaarschrift and the verzoek om een voorlopige voorziening.

Legal basis: Awb art. 6:5 lid 1 (what a bezwaarschrift holds, signed), 6:6 (herstel: grounds may
follow; "pro forma" is practice, not law), 6:7 and 6:8 lid 1 (six weeks from the day after the
besluit, computed by the termijnen calculator), 6:9 lid 2 (post), 6:11 (late without fault),
7:2 lid 1 (hoorzitting), 7:10 lid 1 (decision term), 7:15 lid 2 and 3 (costs, asked in time);
8:81 lid 1 and 4 (voorlopige voorziening: bezwaar pending, spoed, 6:5 applies, copy of the
bezwaarschrift), 8:82 lid 2-5 and 8:41 lid 2 onder a (griffierecht, dated in the parameters).
"""
from __future__ import annotations

from datetime import date

from ..kern.dates import kort
from ..kern.legal import artikel, uitleg as regel
from ..kern.money import euro
from ..kern.params import GeenRegelVoorDatum, waarde
from . import controle as c, datums, gronden as _gronden
from .brief import Opzet, aangehaald, college, duur

GRIFFIERECHT = "griffierecht_rechtbank_verlaagd"


def _awb(nummer: str, op: date, lid=None, onder=None):
    return artikel("awb", nummer, lid=lid, onder=onder, op=op)


def _besluit(inp, wat: str) -> tuple[str, list[c.Punt]]:
    """The words naming the besluit (Awb 6:5 lid 1 onder c), starting with ``wat``, and what they lack."""
    besluit, kenmerk, zaak = inp.get("besluit_datum"), inp.get("besluit_kenmerk"), inp.get("zaak")
    zin = f"{wat} van {kort(besluit) if besluit else '[datum van het besluit]'}"
    if kenmerk or not zaak:
        zin += f", met kenmerk {c.leeg(kenmerk, 'kenmerk van het besluit')}"
    ontbreekt = [] if besluit and (kenmerk or zaak) else [c.Punt(
        "omschrijving_besluit", "Noem het besluit: de datum, en het kenmerk of waar het over gaat.",
        c.ONTBREEKT, "besluit_kenmerk" if besluit else "besluit_datum",
        _awb("6:5", inp.datum, 1, "c"))]
    return zin + (f". Het besluit gaat over {zaak}" if zaak else ""), ontbreekt


def _redenen(inp) -> list[str]:
    """The ready sentences for the chosen grounds, then the resident's own words."""
    delen = [_gronden.zin(code).alinea for code in inp.get("afwijzingsgronden", [])]
    return delen + ([inp.get("gronden")] if inp.get("gronden") else [])


def _uitleg_gronden(inp) -> list[dict]:
    return [regel(f"Uw brief gaat in op deze reden die de gemeente kan geven: "
                  f"“{_gronden.naam(code)}”", _gronden.bron(code, inp.datum))
            for code in inp.get("afwijzingsgronden", [])]


def bezwaar(inp) -> Opzet:
    d, eisen = inp.datum, _awb("6:5", inp.datum, 1)
    besluit = inp.get("besluit_datum")
    o = Opzet(f"Bezwaar tegen uw besluit van {kort(besluit)}" if besluit else "Bezwaar tegen uw besluit",
              college(inp), kenmerk=inp.get("besluit_kenmerk"))
    zin, o.controle = _besluit(inp, "uw besluit")
    o.alineas = [f"Ik maak bezwaar tegen {zin}."]
    na_besluit = datums.na("besluit", besluit) if besluit else datums.Datums()
    laatste = na_besluit.termijn("bezwaar")
    te_laat = bool(laatste) and d > na_besluit.einde("bezwaar")
    if te_laat:
        o.alineas.append(
            f"Ik weet dat de termijn voor bezwaar op {laatste['einddatum_tekst']} is afgelopen. Ik ben te "
            "laat. Dat komt hierdoor:\n" + c.leeg(inp.get("reden_te_laat"), "schrijf hier waarom u te laat bent")
            + f"\nIk kon daar niets aan doen. Ik vraag u mijn bezwaar daarom toch te behandelen "
            f"({aangehaald(_awb('6:11', d))}).")
    redenen = _redenen(inp)
    if inp.get("gronden_later") and not redenen:
        o.alineas.append("De redenen van mijn bezwaar stuur ik later. Ik vraag u mij daarvoor de tijd te "
                         f"geven ({aangehaald(_awb('6:6', d))}).")
    else:
        o.alineas += ["Ik ben het niet eens met het besluit. Dit zijn mijn redenen.",
                      *(redenen or ["[schrijf hier waarom u het niet eens bent met het besluit]"])]
        if inp.get("gronden_later"):
            o.alineas.append("Ik vul mijn redenen later nog aan.")
    o.alineas.append(f"Ik vraag u het volgende:\n{inp.get('gevraagd')}" if inp.get("gevraagd") else
                     "Ik vraag u het besluit in te trekken en een nieuw besluit te nemen.")
    if inp.get("hoorzitting"):
        o.alineas.append("Ik wil mijn bezwaar graag komen uitleggen op een hoorzitting "
                         f"({aangehaald(_awb('7:2', d, 1))}).")
    if inp.get("kosten_vergoeding"):
        o.alineas.append("Ik vraag u de kosten te vergoeden die ik voor dit bezwaar maak, als u het "
                         f"besluit verandert omdat het niet klopte ({aangehaald(_awb('7:15', d, 2))}).")
    o.alineas.append("Een kopie van het besluit stuur ik mee.")
    o.bijlagen = [f"kopie van het besluit van {kort(besluit)}" if besluit else "kopie van het besluit"]

    o.controle[:0] = [*c.afzender(inp, _awb("6:5", d, 1, "a")), *c.gemeente(inp)]
    if not redenen:
        o.controle.append(
            c.Punt("gronden_later", "Uw bezwaar heeft nog geen redenen. Dat mag eerst, maar stuur ze op "
                   "tijd na. De gemeente geeft u daarvoor een termijn. Stuurt u ze niet, dan kan zij uw "
                   "bezwaar afwijzen zonder het te bekijken.", c.LET_OP, "gronden", _awb("6:6", d))
            if inp.get("gronden_later") else
            c.Punt("gronden", "Schrijf waarom u het niet eens bent met het besluit. Of kies een reden "
                   "van de gemeente.", c.ONTBREEKT, "gronden", _awb("6:5", d, 1, "d")))
    if te_laat:
        o.controle.append(c.Punt(
            "te_laat", f"Uw bezwaar is te laat. De laatste dag was {laatste['einddatum_tekst']}. Schrijf "
            "in de brief waarom u te laat bent. Kon u er niets aan doen? Dan kan de gemeente uw bezwaar "
            "toch behandelen.", c.LET_OP, "reden_te_laat", _awb("6:11", d)))
    elif laatste and d == na_besluit.einde("bezwaar"):
        o.controle.append(c.Punt(
            "laatste_dag", f"De datum van uw brief is de laatste dag voor bezwaar. Geef de brief die dag "
            "af, of doe hem die dag op de post. Per post moet de gemeente hem binnen "
            f"{duur('postregel_weken', d)} daarna krijgen.", c.LET_OP, "datum", _awb("6:9", d, 2)))
    if besluit and not laatste:
        o.controle.append(c.Punt("termijn_onbekend", f"Uw laatste dag voor bezwaar kunnen wij niet "
                                 f"uitrekenen. {na_besluit.reden}", c.LET_OP, "besluit_datum"))
    o.controle.append(c.handtekening(eisen))

    o.uitleg = [regel("In een bezwaar staan uw naam en adres, de datum, het besluit waar het om gaat en "
                      "uw redenen. U zet uw handtekening eronder.", eisen)]
    if laatste:
        o.uitleg += [
            regel(f"U heeft {duur('bezwaar_beroep_weken', d)} voor uw bezwaar. Uw laatste dag is "
                  f"{laatste['einddatum_tekst']}.", _awb("6:7", d)),
            regel("De termijn begint op de dag na de datum van het besluit.", _awb("6:8", d, 1))]
    o.uitleg.append(regel("Per post is uw bezwaar op tijd als u het uiterlijk op de laatste dag op de "
                          f"post doet. De gemeente moet het dan binnen {duur('postregel_weken', d)} "
                          "daarna krijgen.", _awb("6:9", d, 2)))
    if te_laat:
        o.uitleg.append(regel("Bent u te laat, maar kon u daar niets aan doen? Dan mag de gemeente uw "
                              "bezwaar daarom niet weigeren. Leg dus goed uit waarom u te laat bent.",
                              _awb("6:11", d)))
    if inp.get("gronden_later"):
        o.uitleg.append(regel("Stuurt u de redenen later? De gemeente moet u eerst de kans geven om ze "
                              "na te sturen. Pas daarna mag zij uw bezwaar daarom afwijzen.", _awb("6:6", d)))
    o.uitleg += [*_uitleg_gronden(inp),
                 regel("Voordat de gemeente beslist, mag u uw bezwaar komen uitleggen.", _awb("7:2", d, 1))]
    if inp.get("kosten_vergoeding"):
        o.uitleg += [regel("U krijgt de kosten van hulp bij uw bezwaar alleen terug als de gemeente het "
                           "besluit verandert omdat het niet klopte.", _awb("7:15", d, 2)),
                     regel("Vraag die kosten terug voordat de gemeente beslist. Dat doet uw brief nu al.",
                           _awb("7:15", d, 3))]
    o.uitleg += [
        regel(f"De gemeente beslist binnen {duur('beslistermijn_bezwaar_weken', d)} na het einde van uw "
              f"termijn. Met een bezwaarcommissie is dat "
              f"{duur('beslistermijn_bezwaar_adviescommissie_weken', d)}.", _awb("7:10", d, 1)),
        regel("Het besluit blijft gelden zolang uw bezwaar loopt. Kan het niet wachten? Dan kunt u de "
              "rechter om een voorlopige voorziening vragen.", _awb("8:81", d, 1))]
    o.termijnen = list(na_besluit.termijnen)
    o.niet_berekend += [na_besluit.reden] if na_besluit.reden else []
    o.versturen += ["Stuur de brief aangetekend. Of geef hem af bij de gemeente en vraag een "
                    "ontvangstbewijs.", "Bewaar een kopie van uw brief en van de bijlagen."]
    o.extra = {"te_laat": te_laat,
               "laatste_dag_bezwaar": laatste["einddatum"] if laatste else None}
    return o


def griffierecht(op: date) -> int | None:
    """Awb 8:82 lid 2 with 8:41 lid 2 onder a: the fee for a natural person in a Wmo case, or None
    for a year whose amount we do not know (no guess)."""
    try:
        return waarde(GRIFFIERECHT, op).waarde
    except GeenRegelVoorDatum:
        return None


def voorlopige_voorziening(inp) -> Opzet:
    d, eisen, vv = inp.datum, _awb("6:5", inp.datum, 1), _awb("8:81", inp.datum, 1)
    bijlage, bezwaar_op = _awb("8:81", d, 4), inp.get("bezwaar_datum")
    besluit = inp.get("besluit_datum")
    o = Opzet("Verzoek om een voorlopige voorziening",
              ["Aan de voorzieningenrechter",
               f"van de rechtbank {c.leeg(inp.get('rechtbank'), 'naam van de rechtbank')}"],
              kenmerk=None)
    gemeente = c.leeg(inp.get("gemeente"), "naam van de gemeente")
    zin, o.controle = _besluit(inp, "het besluit van het college van burgemeester en wethouders van "
                                    f"de gemeente {gemeente}")
    o.alineas = [
        f"Ik vraag u om een voorlopige voorziening ({aangehaald(vv)}).",
        f"Het gaat om {zin}.",
        f"Op {kort(bezwaar_op) if bezwaar_op else '[datum van uw bezwaar]'} heb ik bezwaar gemaakt tegen "
        "dit besluit. Een kopie van mijn bezwaarschrift stuur ik mee.",
        "Ik kan niet wachten tot de gemeente op mijn bezwaar beslist. Dit is de reden:\n"
        + c.leeg(inp.get("spoed_reden"), "schrijf hier waarom het niet kan wachten"),
        "Ik vraag u het volgende voorlopig te regelen:\n"
        + c.leeg(inp.get("voorlopig"), "schrijf hier wat de rechter voorlopig moet regelen")]
    redenen = _redenen(inp)
    o.alineas += (["Ik ben het niet eens met het besluit. Dit zijn mijn redenen.", *redenen] if redenen
                  else ["Waarom ik het niet eens ben met het besluit, staat in mijn bezwaarschrift."])
    o.alineas.append("Ik weet dat ik griffierecht moet betalen. Ik wacht op de brief van de griffie.")
    o.bijlagen = [f"kopie van het besluit van {kort(besluit)}" if besluit else "kopie van het besluit",
                  f"kopie van mijn bezwaarschrift van {kort(bezwaar_op)}" if bezwaar_op
                  else "kopie van mijn bezwaarschrift"]
    o.controle[:0] = [*c.nodig(inp, "rechtbank", "rechtbank", "Vul in naar welke rechtbank het verzoek gaat."),
                      *c.afzender(inp, _awb("6:5", d, 1, "a")), *c.gemeente(inp)]
    o.controle += [
        *c.nodig(inp, "bezwaar_datum", "bezwaar_gemaakt", "Vul in wanneer u bezwaar maakte. Zonder bezwaar "
                 "of beroep kan de rechter geen voorlopige voorziening geven.", vv),
        *c.nodig(inp, "spoed_reden", "spoed", "Schrijf waarom het niet kan wachten.", vv),
        *c.nodig(inp, "voorlopig", "voorlopig", "Schrijf wat de rechter voorlopig moet regelen.", vv)]
    if not redenen:
        o.controle.append(c.Punt("gronden_in_bezwaarschrift", "U noemt geen redenen. De brief verwijst "
                                 "daarom naar uw bezwaarschrift. Stuur dat zeker mee.", c.LET_OP,
                                 "gronden", _awb("6:5", d, 1, "d")))
    o.controle += [c.Punt("bijlage_bezwaarschrift", "Stuur een kopie van uw bezwaarschrift mee.",
                          c.DOE_ZELF, None, bijlage), c.handtekening(eisen)]

    bedrag = griffierecht(d)
    o.uitleg = [
        regel("De voorzieningenrechter kan snel een tijdelijke oplossing geven als het niet kan wachten. "
              "U moet dan wel al bezwaar hebben gemaakt of in beroep zijn gegaan.", vv),
        regel("Voor het verzoek gelden dezelfde eisen als voor een bezwaar: naam en adres, datum, het "
              "besluit, uw redenen en uw handtekening. Stuur een kopie van uw bezwaarschrift mee.", bijlage),
        *_uitleg_gronden(inp),
        regel("U betaalt griffierecht: een bedrag voor de rechtbank. Het is even hoog als bij beroep.",
              _awb("8:82", d, 2)),
        regel(f"In {d.year} is dat {euro(bedrag)} als u het verzoek zelf doet, als persoon." if bedrag
              else f"Het bedrag voor {d.year} kennen wij nog niet. De griffie laat u weten hoeveel het is.",
              _awb("8:41", d, 2, "a")),
        regel(f"U betaalt binnen {duur('griffierecht_betaaltermijn_voorlopige_voorziening_weken', d)} na "
              "de brief van de griffie. De rechter kan een kortere termijn geven.", _awb("8:82", d, 3)),
        regel("Trekt u het verzoek in omdat de gemeente het besluit zelf stillegt? Dan krijgt u het "
              "griffierecht terug.", _awb("8:82", d, 4)),
        regel("Krijgt u gelijk? Dan kan de rechter bepalen dat de gemeente u het griffierecht terugbetaalt.",
              _awb("8:82", d, 5))]
    o.versturen += ["Stuur het verzoek naar de rechtbank, niet naar de gemeente.",
                    "Bewaar een kopie van uw brief en van de bijlagen."]
    o.extra = {"griffierecht_eurocent": bedrag}
    return o

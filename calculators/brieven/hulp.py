"""Letters on the way to help: melding, aanvraag, reactie op het verslag, wijziging.

Legal basis: Wmo 2015 art. 2.3.2 lid 1 (melding, ontvangstbevestiging, onderzoek within the term),
lid 2 (persoonlijk plan), lid 3 (gratis cliëntondersteuning), lid 8 (verslag), lid 9 (aanvraag when
the onderzoek is late), art. 2.3.3 (spoed), 2.3.5 lid 2 (beschikking), 2.3.6 (pgb), 2.3.8
(inlichtingenplicht); Awb art. 4:1 and 4:2 lid 1 (a written, signed aanvraag), 4:15 (opschorting).
"""
from __future__ import annotations

from ..kern.dates import kort
from ..kern.legal import artikel, uitleg as regel
from . import controle as c, datums
from .brief import Opzet, aangehaald, college, duur


def _wmo(nummer: str, inp, lid=None, onder=None):
    return artikel("wmo", nummer, lid=lid, onder=onder, op=inp.datum)


def _vanaf_de_brief(inp) -> dict:
    return regel("De datums tellen vanaf de datum van uw brief. Krijgt de gemeente de brief later? Dan "
                 "schuiven ze op.", _wmo("2.3.2", inp, 1))


def melding(inp) -> Opzet:
    d, onderzoek, plan = inp.datum, _wmo("2.3.2", inp, 1), _wmo("2.3.2", inp, 2)
    o = Opzet("Melding: ik vraag hulp uit de Wmo 2015", college(inp), kenmerk=inp.get("kenmerk"))
    o.alineas = [
        "Met deze brief meld ik mij bij u. Ik heb hulp nodig uit de Wet maatschappelijke "
        "ondersteuning 2015 (Wmo 2015).",
        "Ik heb hulp nodig bij het volgende:\n"
        + c.leeg(inp.get("hulpvraag"), "schrijf hier waarbij u hulp nodig heeft")]
    if inp.get("spoed"):
        o.alineas.append("Het is dringend. Ik vraag u om meteen te kijken of ik tijdelijk hulp kan "
                         f"krijgen ({aangehaald(_wmo('2.3.3', inp))}).")
    o.alineas += [
        "Ik vraag u mijn situatie samen met mij te onderzoeken. Volgens de wet is dat onderzoek "
        f"binnen {duur('wmo_onderzoek_weken', d)} klaar ({aangehaald(onderzoek)}). Wilt u mij laten "
        "weten dat u deze melding heeft ontvangen?",
        f"Ik weet dat ik binnen {duur('persoonlijk_plan_dagen', d)} na deze melding een persoonlijk "
        f"plan mag geven ({aangehaald(plan)}). Als ik dat doe, stuur ik het apart."]
    if inp.get("clientondersteuning"):
        o.alineas.append("Ik wil graag hulp van een gratis cliëntondersteuner. Wilt u mij laten weten "
                         "hoe ik die krijg?")
    o.controle = [*c.afzender(inp), *c.gemeente(inp),
                  *c.nodig(inp, "hulpvraag", "hulpvraag", "Schrijf kort waarbij u hulp nodig heeft.")]
    o.uitleg = [
        regel("De gemeente moet laten weten dat zij uw melding heeft gekregen. Bewaar die bevestiging.",
              onderzoek),
        regel(f"Na uw melding heeft de gemeente {duur('wmo_onderzoek_weken', d)} voor het onderzoek.",
              onderzoek),
        regel(f"U mag binnen {duur('persoonlijk_plan_dagen', d)} na de melding een persoonlijk plan "
              "geven. Daarin schrijft u zelf wat u nodig heeft.", plan),
        regel("De gemeente moet u wijzen op gratis hulp van een cliëntondersteuner.",
              _wmo("2.3.2", inp, 3))]
    if inp.get("spoed"):
        o.uitleg.append(regel("Is het dringend? Dan moet de gemeente meteen tijdelijke hulp geven als "
                              "dat nodig is.", _wmo("2.3.3", inp)))
    _datums(o, datums.na("melding", d))
    o.uitleg.append(_vanaf_de_brief(inp))
    return o


def aanvraag(inp) -> Opzet:
    d, lid9 = inp.datum, _wmo("2.3.2", inp, 9)
    eisen = artikel("awb", "4:2", lid=1, op=d)
    beschikking = _wmo("2.3.5", inp, 2)
    o = Opzet("Aanvraag voor hulp uit de Wmo 2015", college(inp), kenmerk=inp.get("kenmerk"))
    if inp.get("onderzoek") == "te_laat":
        melding = inp.get("melding_datum")
        na_melding = datums.na("melding", melding) if melding else datums.Datums()
        einde = na_melding.termijn("onderzoek")
        wanneer = (f"uiterlijk {einde['einddatum_tekst']}" if einde
                   else f"binnen {duur('wmo_onderzoek_weken', d)}")
        o.alineas.append(
            f"Op {kort(melding) if melding else '[datum van uw melding]'} heb ik mij bij u gemeld voor "
            f"hulp. Het onderzoek moest {wanneer} klaar zijn ({aangehaald(_wmo('2.3.2', inp, 1))}). Dat "
            f"is niet gebeurd. Daarom doe ik nu een aanvraag. Dat mag volgens {aangehaald(lid9)}.")
        o.controle += c.nodig(inp, "melding_datum", "melding_datum", "Vul de datum van uw melding in.", lid9)
        if einde and na_melding.einde("onderzoek") >= d:
            o.controle.append(c.Punt(
                "te_vroeg", f"Het onderzoek mag nog duren tot en met {einde['einddatum_tekst']}. Pas "
                "daarna mag u een aanvraag doen zonder onderzoek. Verstuur de brief dus later.",
                c.LET_OP, "datum", lid9))
        if melding:
            _datums(o, na_melding, alleen=("onderzoek",))
        o.uitleg.append(regel(f"Is het onderzoek na {duur('wmo_onderzoek_weken', d)} niet klaar? Dan "
                              "mag u een aanvraag doen zonder daarop te wachten.", lid9))
    elif inp.get("onderzoek") == "klaar":
        o.alineas.append("U heeft samen met mij onderzocht welke hulp ik nodig heb. Met deze brief "
                         "vraag ik die hulp nu aan.")
    else:
        o.alineas.append("Met deze brief vraag ik hulp aan uit de Wet maatschappelijke ondersteuning "
                         "2015 (Wmo 2015).")
    o.alineas.append("Ik vraag de volgende hulp aan:\n"
                     + c.leeg(inp.get("gevraagde_hulp"), "schrijf hier welke hulp u vraagt"))
    if inp.get("vorm") == "pgb":
        o.alineas.append("Ik wil deze hulp graag krijgen als persoonsgebonden budget (pgb).")
        o.uitleg.append(regel("Wilt u een pgb? Dan moet u, alleen of met hulp, de hulp zelf goed kunnen "
                              "regelen. Ook moet u uitleggen waarom u een pgb wilt.",
                              _wmo("2.3.6", inp, 2)))
    elif inp.get("vorm") == "natura":
        o.alineas.append("Ik wil deze hulp graag krijgen als zorg in natura. Dan regelt u de hulp.")
    o.alineas.append(f"U beslist binnen {duur('wmo_beschikking_weken', d)} na ontvangst van deze "
                     f"aanvraag ({aangehaald(beschikking)}). Ik wacht op uw besluit.")
    o.controle = [*c.afzender(inp, artikel("awb", "4:2", lid=1, onder="a", op=d)), *c.gemeente(inp),
                  *c.nodig(inp, "gevraagde_hulp", "gevraagde_hulp", "Schrijf welke hulp u aanvraagt.",
                           artikel("awb", "4:2", lid=1, onder="c", op=d)),
                  *o.controle, c.handtekening(eisen)]
    o.uitleg[:0] = [
        regel("Een aanvraag doet u schriftelijk: met een brief of een formulier.",
              artikel("awb", "4:1", op=d)),
        regel("In de aanvraag staan uw naam en adres, de datum en de hulp die u vraagt. U zet uw "
              "handtekening eronder.", eisen),
        regel(f"De gemeente beslist binnen {duur('wmo_beschikking_weken', d)} na ontvangst.",
              beschikking),
        regel("Vraagt de gemeente u om meer gegevens? Dan staat de termijn stil tot u die geeft.",
              artikel("awb", "4:15", op=d))]
    _datums(o, datums.na("aanvraag", d))
    o.uitleg.append(_vanaf_de_brief(inp))
    return o


def reactie_verslag(inp) -> Opzet:
    d, verslag = inp.datum, _wmo("2.3.2", inp, 8)
    gesprek, van = inp.get("gesprek_datum"), inp.get("verslag_datum")
    o = Opzet("Reactie op het verslag van het gesprek" + (f" van {kort(gesprek)}" if gesprek else ""),
              college(inp), kenmerk=inp.get("kenmerk"))
    inleiding = (f"Op {kort(gesprek)} had ik een gesprek met de gemeente over mijn hulpvraag. "
                 if gesprek else "Ik had een gesprek met de gemeente over mijn hulpvraag. ")
    inleiding += (f"Daarna kreeg ik het verslag van {kort(van)}." if van
                  else "Daarna kreeg ik het verslag.")
    o.alineas = [
        inleiding,
        "Ik heb het verslag gelezen. Niet alles klopt, of er mist iets. Dit wil ik verbeteren of "
        "aanvullen:\n" + c.leeg(inp.get("aanvullingen"), "schrijf hier wat er anders moet"),
        "Ik vraag u deze reactie bij het verslag in mijn dossier te bewaren. Ik vraag u ook om deze "
        "punten mee te nemen als u over mijn hulp beslist. Wilt u mij laten weten wat u met mijn "
        "reactie doet?"]
    o.controle = [*c.afzender(inp), *c.gemeente(inp),
                  *c.nodig(inp, "aanvullingen", "aanvullingen",
                           "Schrijf wat er niet klopt of wat er mist in het verslag.")]
    o.uitleg = [
        regel("De gemeente moet u de uitkomst van het onderzoek op papier geven: het verslag.", verslag),
        regel("De wet zegt niet hoe u op het verslag reageert. Stuur uw reactie dus zelf, met het "
              "kenmerk erbij. Dan staat uw kant ook in het dossier.", verslag)]
    o.versturen.append("Vraagt de gemeente u het verslag te tekenen? Teken pas als het klopt. Of zet "
                       "uw opmerkingen erbij.")
    return o


def wijziging(inp) -> Opzet:
    d, plicht = inp.datum, _wmo("2.3.8", inp, 1)
    sinds, gevolg = inp.get("wijziging_datum"), inp.get("gevolg")
    o = Opzet("Wijziging in mijn situatie", college(inp), kenmerk=inp.get("kenmerk"))
    wanneer = "" if not sinds else (f" sinds {kort(sinds)}" if sinds <= d else f" vanaf {kort(sinds)}")
    o.alineas = [
        "Met deze brief geef ik een wijziging in mijn situatie door. Dat moet ik doen volgens "
        f"{aangehaald(plicht)}.",
        f"Dit is er{wanneer} veranderd:\n" + c.leeg(inp.get("wijziging"), "schrijf hier wat er veranderd is")]
    o.alineas.append({
        "meer": "Daardoor heb ik meer hulp nodig. Ik vraag u mijn situatie opnieuw te onderzoeken.",
        "minder": "Daardoor heb ik minder hulp nodig. Ik vraag u mijn hulp aan te passen.",
        "stoppen": "Daardoor heb ik de hulp niet meer nodig. Ik vraag u de hulp te stoppen.",
    }.get(gevolg, "Ik weet nog niet wat dit betekent voor mijn hulp. Wilt u dat met mij bespreken?"))
    o.alineas.append("Wilt u mij laten weten wat u met deze wijziging doet?")
    o.controle = [*c.afzender(inp), *c.gemeente(inp),
                  *c.nodig(inp, "wijziging", "wijziging", "Schrijf wat er veranderd is.", plicht)]
    o.uitleg = [
        regel("Verandert er iets waardoor uw hulp misschien anders moet? Dan meldt u dat meteen zelf "
              "aan de gemeente.", plicht),
        regel("Gegevens die de gemeente zelf uit officiële registers kan halen, hoeft u niet door te "
              "geven. Twijfelt u? Geef het dan toch door.", _wmo("2.3.8", inp, 2))]
    if gevolg == "meer":
        o.uitleg.append(regel("Vraagt u om meer hulp? Dan onderzoekt de gemeente opnieuw wat u nodig "
                              "heeft, net als na een melding.", _wmo("2.3.2", inp, 1)))
        _datums(o, datums.na("melding", d), alleen=("onderzoek",))
        o.uitleg.append(_vanaf_de_brief(inp))
    return o


def _datums(o: Opzet, uitkomst: datums.Datums, alleen: tuple[str, ...] = ()) -> None:
    o.termijnen += [t for t in uitkomst.termijnen if not alleen or t["code"] in alleen]
    o.niet_berekend += [uitkomst.reden] if uitkomst.reden else []

"""Toegang grounds about the thing asked for: algemene voorziening, algemeen gebruikelijk, meerkosten,
voorliggende voorziening, kosten al gemaakt, afschrijvingstermijn, and information that is not a ground.

Legal basis: Wmo 2015 art. 2.3.5 lid 3 and 4 (algemene voorziening; algemeen gebruikelijke
voorziening; passende bijdrage), lid 6 (Wlz), Zvw art. 11, Wmo art. 2.3.2 lid 1 and lid 4 onder e
and f (onderzoek first; algemene voorzieningen; other fields such as werk en inkomen), art. 2.1.3
lid 2 onder a (municipal criteria).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..kern.legal import artikel
from ..kern.params import waarde
from .basis import (AFWIJZING, ANDERE_WETTEN, GESPREK, KOSTEN, STAPPEN, WINKELVRAGEN, ZONDER_WOONPLAATS,
                    Reden)

if TYPE_CHECKING:
    from .invoer import Invoer


def algemene_voorziening(inp: Invoer, op: date) -> list[Reden]:
    """Wmo 2.3.5 lid 3 (lid 4 for beschermd wonen): no maatwerk for what the client can solve "met
    gebruikmaking van algemene voorzieningen"; the onderzoek looks at them (2.3.2 lid 4 onder e).
    Such a voorziening must be within reach and affordable for this client (CRvB 18 May 2016,
    ECLI:NL:CRVB:2016:1404, as cited in municipal practice; docs/rekenhulp/toegang.md)."""
    antwoord = inp.algemene_voorziening
    onderzoek = artikel("wmo", "2.3.2", lid=4, onder="e", op=op)
    if antwoord == "ja":
        lid = 4 if inp.hulpvraag in ZONDER_WOONPLAATS else 3
        return [Reden("algemene_voorziening", "niet_kansrijk",
                      "Er is een algemene voorziening die uw probleem oplost. Dan gaat die voor. Die "
                      "voorziening moet wel bij u passen. U moet er kunnen komen, en u moet haar "
                      "kunnen betalen.", artikel("wmo", "2.3.5", lid=lid, op=op), AFWIJZING)]
    if antwoord == "ja_past_niet":
        return [Reden(None, "info",
                      "Een algemene voorziening telt alleen als u er kunt komen en haar kunt betalen. "
                      "Vertel in het gesprek waarom deze niet bij u past. De gemeente moet dat "
                      "onderzoeken.", onderzoek, GESPREK)]
    if antwoord == "weet_niet":
        return [Reden("algemene_voorziening", "onzeker",
                      "Vraag de gemeente of er een algemene voorziening is die dit oplost. Denk aan "
                      "een boodschappendienst of een maaltijdservice. Die gaat voor, als u er kunt "
                      "komen en haar kunt betalen.", onderzoek, GESPREK)]
    return []


def algemeen_gebruikelijk(inp: Invoer, op: date) -> list[Reden]:
    """Wmo 2.3.5 lid 3: not for what an algemeen gebruikelijke voorziening solves (named in the
    text from 2020; before, as part of "eigen kracht"). The requirements come from CRvB rulings,
    four since 20 November 2019 (``params/algemeen_gebruikelijk.toml``): one answer that misses a
    requirement settles it; all met means algemeen gebruikelijk; an unknown one leaves it open."""
    if inp.hulpvraag not in WINKELVRAGEN:
        return []
    bron = artikel("wmo", "2.3.5", lid=3, op=op)
    eisen = waarde("algemeen_gebruikelijk", op).waarde
    antwoorden = [(eis, getattr(inp, eis["vraag"])) for eis in eisen]
    if any(a not in (eis["voldaan"], "weet_niet") for eis, a in antwoorden):
        return []
    open_vragen = [eis["open"] for eis, a in antwoorden if a == "weet_niet"]
    if not open_vragen:
        return [Reden("algemeen_gebruikelijk", "niet_kansrijk",
                      "Dit koopt u in een gewone winkel. Het is niet speciaal voor mensen met een "
                      "beperking, en niet veel duurder dan een gewoon product. Ook iemand met een laag "
                      "inkomen kan het betalen. Dan heet het 'algemeen gebruikelijk'. Zoiets betaalt u "
                      "meestal zelf, zoals een elektrische fiets of een mengkraan.", bron, AFWIJZING)]
    return [Reden("algemeen_gebruikelijk", "onzeker",
                  "Misschien is dit 'algemeen gebruikelijk'. Dat betaalt u dan zelf. Zoek dit uit. "
                  + " ".join(open_vragen), bron, AFWIJZING)]


def meerkosten(inp: Invoer, op: date) -> list[Reden]:
    """Only the extra costs caused by the disability (verordening, art. 2.1.3 lid 2 onder a)."""
    if inp.hulpvraag not in WINKELVRAGEN:
        return []
    bron = artikel("wmo", "2.1.3", lid=2, onder="a", op=op)
    if inp.meerkosten == "nee":
        return [Reden("geen_meerkosten", "niet_kansrijk",
                      "U heeft door uw beperking geen extra kosten. Dan betaalt de gemeente meestal "
                      "niets. Wat iedereen betaalt, zoals een rijbewijs, betaalt u zelf.",
                      bron, AFWIJZING)]
    if inp.meerkosten == "weet_niet":
        return [Reden("geen_meerkosten", "onzeker",
                      "Zoek uit welke kosten u alleen door uw beperking heeft. Vergelijk met "
                      "iemand zonder beperking. Alleen die extra kosten tellen.", bron, AFWIJZING)]
    return []


def voorliggende_voorziening(inp: Invoer, op: date) -> list[Reden]:
    """Another law pays first: Zvw (art. 11), Wlz (Wmo 2.3.5 lid 6). For UWV (work) no Wmo article
    says so (research memo 2026-12-01, §7; 2.3.5 lid 5 e only asks to attune to paid work): we cite
    the onderzoek's look at werk en inkomen (2.3.2 lid 4 onder f) and name the verordening."""
    code = "voorliggende_voorziening"
    keuze = inp.andere_regeling
    if keuze == "zorgverzekering":
        return [Reden(code, "ander_loket",
                      "Uw zorgverzekering betaalt dit misschien. Dan gaat die voor. Ergotherapie "
                      "zit bijvoorbeeld in het basispakket. Vraag het uw zorgverzekeraar.",
                      artikel("zvw", "11", op=op), ANDERE_WETTEN)]
    if keuze == "wlz":
        return [Reden(code, "ander_loket",
                      "U heeft misschien recht op zorg uit de Wet langdurige zorg (Wlz). Mag u met "
                      "de Wlz in een instelling wonen? Dan mag de gemeente nee zeggen. Vraag het "
                      "zorgkantoor wat u krijgt.",
                      artikel("wmo", "2.3.5", lid=6, op=op), ANDERE_WETTEN)]
    if keuze == "uwv":
        return [Reden(code, "ander_loket",
                      "Hulp voor uw werk regelt vaak het UWV. Denk aan vervoer naar uw werk of een "
                      "aangepaste werkplek. Vraag het UWV. De Wmo zegt zelf niet dat het UWV voorgaat. "
                      "De gemeente moet wel kijken naar hulp bij werk. Vaak staat de regel in haar "
                      "verordening.", artikel("wmo", "2.3.2", lid=4, onder="f", op=op), ANDERE_WETTEN)]
    if keuze == "weet_niet":
        return [Reden(code, "onzeker",
                      "Misschien betaalt een andere regeling dit. Denk aan uw zorgverzekering, de "
                      "Wlz of het UWV. Zoek dat eerst uit. Dat gaat voor de Wmo.",
                      artikel("wmo", "2.3.2", lid=4, onder="f", op=op), ANDERE_WETTEN)]
    return []


def kosten_al_gemaakt(inp: Invoer, op: date) -> list[Reden]:
    """Wmo 2.3.2 lid 1: the gemeente investigates first; bought before the decision = not repaid.
    Art. 2.3.3: in urgent cases a temporary voorziening at once."""
    if inp.hulpvraag not in WINKELVRAGEN or inp.al_gekocht != "ja":
        return []
    return [Reden("kosten_al_gemaakt", "niet_kansrijk",
                  "U heeft het al gekocht of laten maken. De gemeente moet eerst zelf onderzoeken "
                  "wat u nodig heeft. Iets wat al gekocht is, betaalt zij daarom meestal niet "
                  "terug. Dat geldt ook als iemand anders het voor u regelde.",
                  artikel("wmo", "2.3.2", lid=1, op=op), STAPPEN)]


def afschrijvingstermijn(inp: Invoer, op: date) -> list[Reden]:
    """Replacement after the normal period of use; sooner only without own fault. The periods are
    municipal (verordening, contracts), not national: art. 2.1.3 lid 2 onder a."""
    if inp.hulpvraag not in WINKELVRAGEN:
        return []
    bron = artikel("wmo", "2.1.3", lid=2, onder="a", op=op)
    duur_lokaal = "Hoe lang die duur is, bepaalt elke gemeente zelf."
    if inp.eerder_gekregen == "ja_kapot_eigen_schuld":
        return [Reden("afschrijvingstermijn_niet_verstreken", "niet_kansrijk",
                      "Wat u eerder kreeg, ging te vroeg kapot door slordig gebruik. Dan krijgt u "
                      "meestal pas iets nieuws als de normale gebruiksduur voorbij is. "
                      + duur_lokaal, bron, AFWIJZING)]
    if inp.eerder_gekregen == "ja_kapot_overmacht":
        return [Reden(None, "info",
                      "Het ging kapot buiten uw schuld, bijvoorbeeld door een storm. Dan kunt u "
                      "meestal meteen iets nieuws krijgen. Meld het snel en bewaar bewijs, zoals "
                      "foto's.", bron, AFWIJZING)]
    if inp.eerder_gekregen == "ja_afgeschreven":
        return [Reden(None, "info",
                      "Is de normale gebruiksduur voorbij? Dan kan de gemeente het vervangen. "
                      + duur_lokaal, bron, AFWIJZING)]
    return []


def informatie(inp: Invoer, op: date) -> list[Reden]:
    """Not grounds to refuse, but good to know: passende (often the cheapest adequate) solution
    (2.3.5 lid 3), primarily for the applicant, and income rules that are municipal."""
    verordening = artikel("wmo", "2.1.3", lid=2, onder="a", op=op)
    uit = []
    if inp.hulpvraag != "opvang":
        uit.append(Reden(None, "info",
                         "Krijgt u hulp? Dan mag de gemeente kiezen voor de goedkoopste oplossing "
                         "die goed werkt voor u. Dat is niet altijd wat u zelf zou kiezen.",
                         artikel("wmo", "2.3.5", lid=3, op=op), AFWIJZING))
    if inp.hulpvraag in WINKELVRAGEN:
        uit.append(Reden(None, "info",
                         "Het moet vooral voor u zijn, niet in de eerste plaats voor uw huisgenoten.",
                         verordening, AFWIJZING))
    uit.append(Reden(None, "info",
                     "Uw spaargeld telt niet mee voor de vraag of u hulp krijgt. Sommige gemeenten "
                     "kijken bij bepaalde hulp wel naar uw inkomen. Dat staat in hun eigen regels. "
                     "Vaak betaalt u wel een eigen bijdrage.", verordening, KOSTEN))
    return uit

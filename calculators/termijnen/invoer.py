"""Termijnen: the questions and the checked input (contract v1, calculator ``termijnen``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kern.questions import BERICHT, Fout, Invoerfouten, JA_NEE, Vraag, keuzes, lees
from . import feestdagen as _feestdagen, tekst

KNOP = "Bereken mijn termijnen"
GEBEURTENISSEN = keuzes(
    ("melding", "Ik heb een melding gedaan: ik heb de gemeente laten weten dat ik hulp nodig heb"),
    ("aanvraag", "Ik heb een aanvraag gedaan, na het onderzoek of het gesprek"),
    ("besluit", "Ik heb een besluit van de gemeente gekregen"),
    ("beslissing_op_bezwaar", "Ik heb de beslissing op mijn bezwaar gekregen"),
    ("uitspraak_rechtbank", "Ik heb de uitspraak van de rechtbank gekregen"),
    ("ingebrekestelling", "De gemeente heeft mijn brief gekregen dat zij te laat is "
                          "(ingebrekestelling)"),
)


@dataclass(frozen=True)
class Invoer:
    gebeurtenis: str
    datum: date
    adviescommissie: bool | None


def questions(invoer: dict) -> list[Vraag]:
    return [
        Vraag("gebeurtenis", "Wat is er gebeurd?", "choice",
              "Kies de laatste stap. U ziet dan de termijnen die daarna komen.", GEBEURTENISSEN),
        Vraag("datum", "Op welke datum was dat?", "date",
              "Bij een besluit of uitspraak: de datum in de brief. Bij een melding, aanvraag of "
              "ingebrekestelling: de dag waarop de gemeente die kreeg."),
        Vraag("adviescommissie", "Heeft uw gemeente een bezwaarcommissie?", "bool",
              "Dat is een onafhankelijke commissie die de gemeente advies geeft over bezwaren. "
              "Weet u het niet? Laat dit dan leeg. Dan rekenen wij met de langste termijn.",
              JA_NEE, when={"gebeurtenis": ("besluit",)}, required=False),
    ]


def parse(invoer: dict) -> Invoer:
    if isinstance(invoer, dict) and isinstance(invoer.get("gebeurtenis"), (list, dict)):
        # _invoer.Vraag.applies raises TypeError on a list of lists; refuse it here first.
        raise Invoerfouten([Fout("gebeurtenis", "ongeldige_waarde", BERICHT["choice"])])
    antwoorden = lees(questions({}), invoer, extra=("gemeente",))
    datum = antwoorden["datum"]
    van, tot = _feestdagen.gedekt()
    if not van <= datum <= tot:   # after tot no term can be counted (9999 cannot even be added to)
        raise Invoerfouten([Fout("datum", "geen_regel_voor_datum", tekst.buiten_jaren(datum, van, tot))])
    return Invoer(antwoorden["gebeurtenis"], datum, antwoorden.get("adviescommissie"))

"""Questions and input: one definition per question serves the form, the checks and the tests.

A :class:`Vraag` is what the browser renders (``action: "questions"``) and what :func:`lees`
checks the input against. Errors are collected per field, in Dutch, never raised past the API.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import dates as _datum, money as _money, tekst as _tekst

# "text" is one line, "textarea" several; both are cleaned by :func:`tekst.schoon` and limited
# to ``max_length`` characters.
TYPES = ("date", "month", "choice", "multi", "money", "bool", "text", "textarea")


@dataclass(frozen=True)
class Keuze:
    value: str
    label: str


@dataclass(frozen=True)
class Vraag:
    """One question. ``id`` is the input key; ``when`` = {other id: values that make it apply}."""

    id: str
    label: str
    type: str
    help: str = ""
    options: tuple[Keuze, ...] = ()
    when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    required: bool = True
    default: str | None = None
    max_length: int | None = None   # text and textarea: the most characters an answer may have
    autocomplete: str | None = None  # HTML autocomplete token for an answer about the user (WCAG 1.3.5)
    # Not required, yet needed for a complete answer: the calculator answers without it and says what
    # is missing (a letter with a placeholder). The form does not call it "niet verplicht".
    recommended: bool = False

    def as_dict(self) -> dict:
        return {
            "id": self.id, "label": self.label, "type": self.type, "help": self.help,
            "options": [{"value": k.value, "label": k.label} for k in self.options],
            "when": {k: list(v) for k, v in self.when.items()}, "required": self.required,
            "default": self.default, "max_length": self.max_length, "autocomplete": self.autocomplete,
            "recommended": self.recommended,
        }

    def applies(self, invoer: dict) -> bool:
        """Whether the question is asked, given the other answers (all conditions must hold)."""
        for sleutel, waarden in self.when.items():
            antwoord = invoer.get(sleutel)
            if isinstance(antwoord, list):
                soorten = [a.get("soort") if isinstance(a, dict) else a for a in antwoord]
                if not {s for s in soorten if isinstance(s, str)} & set(waarden):
                    return False
            elif isinstance(antwoord, bool):
                if {True: "ja", False: "nee"}[antwoord] not in waarden:
                    return False
            elif not isinstance(antwoord, str) or antwoord not in waarden:   # never hash hostile input
                return False
        return True


@dataclass(frozen=True)
class Fout:
    field: str | None
    code: str
    message: str

    def as_dict(self) -> dict:
        return {"field": self.field, "code": self.code, "message": self.message}


class TeLang(ValueError):
    """A text answer longer than its question allows."""

    def __init__(self, lengte: int, maximum: int):
        super().__init__(lengte, maximum)
        self.lengte, self.maximum = lengte, maximum


class Invoerfouten(Exception):
    """Raised with every problem found in one input; the API turns it into ``ok: false``."""

    def __init__(self, fouten: list[Fout]):
        super().__init__(fouten)
        self.fouten = fouten


def keuzes(*paren: tuple[str, str]) -> tuple[Keuze, ...]:
    return tuple(Keuze(v, l) for v, l in paren)


JA_NEE = keuzes(("ja", "Ja"), ("nee", "Nee"))
JA_NEE_WEET_NIET = JA_NEE + keuzes(("weet_niet", "Weet ik niet"))


def _lees_een(vraag: Vraag, waarde: object) -> object:
    """Convert one answer; ValueError carries nothing, the caller words the message."""
    if vraag.type == "date":
        return _datum.parse_datum(waarde)
    if vraag.type == "month":
        return _datum.parse_maand(waarde)
    if vraag.type == "money":
        return _money.parse_euro(waarde)
    if vraag.type in ("text", "textarea"):
        if not isinstance(waarde, str):
            raise ValueError
        tekst = _tekst.schoon(waarde, regels=vraag.type == "textarea")
        if vraag.max_length is not None and len(tekst) > vraag.max_length:
            raise TeLang(len(tekst), vraag.max_length)
        return tekst
    if vraag.type == "bool":
        if isinstance(waarde, bool):
            return waarde
        if waarde in ("ja", "nee", "true", "false"):
            return waarde in ("ja", "true")
        raise ValueError
    toegestaan = {k.value for k in vraag.options}
    if vraag.type == "choice":
        if isinstance(waarde, str) and waarde in toegestaan:
            return waarde
        raise ValueError
    if vraag.type == "multi":
        if isinstance(waarde, list) and all(isinstance(w, str) and w in toegestaan for w in waarde):
            return waarde
        raise ValueError
    raise AssertionError(vraag.type)


BERICHT = {
    "date": "Vul een datum in, bijvoorbeeld 2026-03-01.",
    "month": "Kies een maand, bijvoorbeeld 2026-03.",
    "money": "Vul een bedrag in euro in, zoals 570 of 570,50.",
    "bool": "Kies ja of nee.",
    "choice": "Kies een van de antwoorden.",
    "multi": "Kies een of meer van de antwoorden.",
    "text": "Vul hier tekst in.",
    "textarea": "Vul hier tekst in.",
}


def te_lang(fout: TeLang) -> str:
    def getal(n: int) -> str:
        return f"{n:,}".replace(",", ".")
    return (f"Dit antwoord is te lang: {getal(fout.lengte)} tekens. Er passen er hoogstens "
            f"{getal(fout.maximum)} in. Maak het korter.")


def _kort(sleutel: str, lengte: int = 60) -> str:
    """An unknown key as the answer names it: a key of megabytes must not make an answer of them."""
    return sleutel if len(sleutel) <= lengte else sleutel[:lengte - 1] + "…"


def lees(vragen: list[Vraag], invoer: object, *, extra: tuple[str, ...] = (),
         overslaan: tuple[str, ...] = ()) -> dict:
    """Check ``invoer`` against ``vragen``; return the converted answers that apply.

    ``extra`` names keys that are allowed but read by the calculator itself; ``overslaan`` names
    questions whose value the calculator converts itself (complex shapes).
    Raises :class:`Invoerfouten` with one Dutch message per field.
    """
    if not isinstance(invoer, dict):
        raise Invoerfouten([Fout(None, "ongeldige_invoer", "De invoer ontbreekt of is onleesbaar.")])
    bekend = {v.id for v in vragen} | set(extra)
    # The key as it came (a lone surrogate leaves run_json as U+FFFD), but never megabytes of it.
    fouten = [Fout(_kort(k), "onbekend_veld", f"Deze rekenhulp kent de vraag '{_kort(k)}' niet.")
              for k in invoer if k not in bekend]
    uit: dict = {}
    for vraag in vragen:
        if not vraag.applies(invoer):
            continue
        waarde = invoer.get(vraag.id)
        if waarde is None or waarde == "" or waarde == []:
            if vraag.required:
                fouten.append(Fout(vraag.id, "verplicht", "Vul deze vraag in."))
            continue
        if vraag.id in overslaan:
            uit[vraag.id] = waarde
            continue
        try:
            gelezen = _lees_een(vraag, waarde)
        except TeLang as e:
            fouten.append(Fout(vraag.id, "te_lang", te_lang(e)))
            continue
        except ValueError:
            fouten.append(Fout(vraag.id, "ongeldige_waarde", BERICHT[vraag.type]))
            continue
        if gelezen == "":   # text of only spaces or characters that cannot be text
            if vraag.required:
                fouten.append(Fout(vraag.id, "verplicht", "Vul deze vraag in."))
            continue
        uit[vraag.id] = gelezen
    if fouten:
        raise Invoerfouten(fouten)
    return uit

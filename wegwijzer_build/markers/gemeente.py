"""Markdown for the local slots: national text ("uw gemeente") or a gemeente's own details.

Also ``[[bestand:deploy/nginx.conf]]``: a shipped file as a code block (page "Voor gemeenten"), so
the page and the file a municipality copies never differ.

Slots: ``[[gemeente:naam]]``, ``[[gemeente:loket]]``, ``[[gemeente:clientondersteuning]]``,
``[[gemeente:algemene_voorzieningen]]``. A local slot is a block (a list); where a page puts
the marker at the end of a sentence, the block starts as a new paragraph with the same indent.

Text from the configuration is inert where it is inserted (:func:`inert`): the Markdown here
goes through Python-Markdown, which passes HTML on and reads links, emphasis, attribute lists
(``{: onclick=…}``) and our own markers, so every character either could use is written as a
character reference. Links are the configuration's rebuilt URLs, checked once more (:func:`_link`).
"""

from __future__ import annotations

import re

from pathlib import Path

from calculators.wet import datum_kort as kort

from ..errors import BuildError
from ..gemeente.config import Gemeente, Telefoon

MARKER = re.compile(r"\[\[gemeente:([a-z_]+)\]\]")

LANDELIJK = {
    "naam": "uw gemeente",
    "loket": ("Het Wmo-loket van uw gemeente vindt u op de website van uw gemeente. U kunt ook "
              "bellen met 14 en dan het netnummer van uw gemeente, bijvoorbeeld 14 020 voor "
              "Amsterdam."),
    "clientondersteuning": ("Vraag uw gemeente welke organisatie in uw buurt gratis "
                            "cliëntondersteuning geeft. De gemeente moet u dat vertellen."),
    "algemene_voorzieningen": ("Welke algemene voorzieningen er zijn, verschilt per gemeente. "
                               "Denk aan een maaltijdservice, een klussendienst of een buurthuis. "
                               "Vraag het uw gemeente of kijk op haar website."),
}


# Characters Python-Markdown (with the extensions in mkdocs.yml) or HTML give a meaning: HTML and
# entities, escapes, code, emphasis, links and images, markers, attribute lists, tables, headings,
# definition lists. Letters, digits, spaces and , . ; ? / % ' - + stay as they are.
MARKUP = frozenset('\\`*_{}[]()<>&"#!|~^=:')
VEILIGE_URL = re.compile(r"https://[a-z0-9.-]+(?::[0-9]+)?/[\w/.~!$&*+,=:@%?#-]*|tel:\+?[0-9]+", re.A)


def inert(tekst: str) -> str:
    """Text that Markdown and HTML show as it is: markup characters as numeric references."""
    return "".join(f"&#{ord(c)};" if c in MARKUP else c for c in tekst)


def _link(tekst: str, url: str) -> str:
    """A Markdown link to a URL the configuration rebuilt; anything else stops the build."""
    if not VEILIGE_URL.fullmatch(url) or "&#" in url:
        raise BuildError(f"Gemeente-editie: link {url!r} is niet herbouwd (extra.gemeente).")
    return f"[{inert(tekst)}]({url})"


def _bel(t: Telefoon) -> str:
    return _link(t.tekst, t.href)


def loket(g: Gemeente) -> list[str]:
    lk = g.loket
    return [f"**{inert(lk.naam)}**", "",
            f"- Bellen: {_bel(lk.telefoon)}",
            f"- Langskomen: {inert(lk.adres)}",
            f"- Open: {inert(lk.openingstijden)}",
            f"- Online melden: {_link(f'meldformulier van gemeente {g.naam}', lk.melding_url)}"]


def clientondersteuning(g: Gemeente) -> list[str]:
    regels = [f"In {inert(g.naam)} krijgt u gratis cliëntondersteuning van:", ""]
    for org in g.clientondersteuning:
        manieren = ([f"bel {_bel(org.telefoon)}"] if org.telefoon else []) + (
            [f"kijk op {_link(f'de website van {org.naam}', org.url)}"] if org.url else [])
        regels.append(f"- **{inert(org.naam)}**: {' of '.join(manieren)}.")
    return regels


def algemene_voorzieningen(g: Gemeente) -> list[str]:
    regels = [f"Algemene voorzieningen in {inert(g.naam)}:", ""]
    regels += [f"- **{inert(v.naam)}**: {inert(v.omschrijving)}" for v in g.algemene_voorzieningen]
    regels += ["", "Staat wat u zoekt er niet bij? Vraag het Wmo-loket. Welke hulp de gemeente "
               "geeft en wat die kost, staat in de "
               f"{_link(f'Wmo-verordening van {g.naam}', g.verordening_url)}. Deze gegevens zijn "
               f"nagekeken op {kort(g.laatst_gecontroleerd)}."]
    return regels


LOKAAL = {"loket": loket, "clientondersteuning": clientondersteuning,
          "algemene_voorzieningen": algemene_voorzieningen}


def slot(naam: str, g: Gemeente | None) -> list[str]:
    """The Markdown lines for one slot; KeyError for a slot that does not exist."""
    if naam not in LANDELIJK:
        raise KeyError(naam)
    if g is None:
        return [LANDELIJK[naam]]
    return [f"gemeente {inert(g.naam)}"] if naam == "naam" else LOKAAL[naam](g)


def vervang(markdown: str, g: Gemeente | None) -> str:
    """Every marker filled in; blocks keep the indent of the line that holds the marker."""
    uit = []
    for regel in markdown.split("\n"):
        inspringing = regel[:len(regel) - len(regel.lstrip())]
        for m in reversed(list(MARKER.finditer(regel))):
            tekst = slot(m.group(1), g)
            if len(tekst) == 1:
                regel = regel[:m.start()] + tekst[0] + regel[m.end():]
                continue
            voor, na = regel[:m.start()].rstrip(), regel[m.end():].strip()
            blok = [inspringing + t if t else "" for t in tekst]
            regel = "\n".join(([voor, ""] if voor.strip() else []) + blok + (["", inspringing + na] if na else []))
        uit.append(regel)
    return "\n".join(uit)


BESTAND = re.compile(r"^\[\[bestand:([\w./-]+)\]\]$", re.M)
GEDEELD = ("deploy/", "gemeenten/")


def bestanden(markdown: str, root: Path) -> str:
    def een(m: re.Match) -> str:
        bron = (root / m.group(1)).resolve()
        if not m.group(1).startswith(GEDEELD) or root not in bron.parents or not bron.is_file():
            raise BuildError(f"[[bestand:{m.group(1)}]]: alleen bestaande bestanden onder "
                             f"{' of '.join(GEDEELD)} kunnen op een pagina.")
        # Plain text: Material's highlighted comments are too light on its code background (axe).
        return f"```text\n{bron.read_text(encoding='utf-8').rstrip()}\n```"
    return BESTAND.sub(een, markdown)

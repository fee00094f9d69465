"""The markers a page may carry, filled in from the build context (:class:`~wegwijzer_build.Bouw`).

One module per kind: :mod:`.waarden` (figures from the law's TOML), :mod:`.lijsten` (rule lists the
calculators decide by), :mod:`.hulplijnen` (help lines, from ``gegevens/hulplijnen.toml``),
:mod:`.personen` (the example persons, from ``gegevens/voorbeeldpersonen.toml``), :mod:`.begrippen`
(the glossary), :mod:`.gemeente` (the gemeente's slots and shipped files), :mod:`.rekenhulp`
(calculator forms), :mod:`.dossier` (the case page's root). A marker
left in a page after all of them ran stops the build (:func:`overgebleven`).
"""
from __future__ import annotations

import re

from ..errors import BuildError
from . import begrippen, dossier, gemeente, hulplijnen, lijsten, personen, rekenhulp, waarden

OVERGEBLEVEN = re.compile(r"\[\[(tabel|waarde|jaar|bedrag|dwangsomtabel|rekenhulp|gemeente|begrippenlijst|"
                          r"bestand|lijst|dossier|hulplijnen|persoon)\b[^\]]*\]\]")


def vul(markdown: str, bouw) -> str:
    """Every marker of one page's Markdown filled in."""
    from ..context import ROOT
    markdown = gemeente.bestanden(markdown, ROOT)
    markdown = waarden.vervang(markdown, bouw.vandaag)
    markdown = lijsten.vervang(markdown, bouw.vandaag)
    markdown = hulplijnen.vervang(markdown)
    markdown = personen.vervang(markdown)
    markdown = begrippen.vervang(markdown, bouw.docs_dir)
    markdown = rekenhulp.vervang(markdown, bouw.rekenhulp_gemeente, bouw.runtime, bouw.vandaag)
    markdown = dossier.vervang(markdown, bouw.runtime)
    try:
        return gemeente.vervang(markdown, bouw.gemeente)
    except KeyError as onbekend:
        raise BuildError(f"[[gemeente:{onbekend.args[0]}]] bestaat niet. "
                         f"Kies uit: {', '.join(gemeente.LANDELIJK)}.") from None


def afwerken(html: str) -> str:
    """The page's HTML after Markdown: each glossary term explained where it first appears."""
    return begrippen.eerste_keer(html)


def overgebleven(html: str) -> str | None:
    """The first marker left in ``html``, or None."""
    m = OVERGEBLEVEN.search(html)
    return m.group(0) if m else None

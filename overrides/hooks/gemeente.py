"""Local slots: where the wegwijzer names the gemeente, its loket or its partners.

Markers: ``[[gemeente:naam]]``, ``[[gemeente:loket]]``, ``[[gemeente:clientondersteuning]]``,
``[[gemeente:algemene_voorzieningen]]``. The national edition (no ``extra.gemeente`` in mkdocs.yml)
renders neutral text ("uw gemeente"); a municipal edition fills in its own details.
"""
from __future__ import annotations

import re

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


def vervang(markdown: str, gemeente: dict | None) -> str:
    def een(m: re.Match) -> str:
        slot = m.group(1)
        if slot not in LANDELIJK:
            raise ValueError(f"unknown gemeente slot {m.group(0)}")
        return LANDELIJK[slot]
    return MARKER.sub(een, markdown)


def on_page_markdown(markdown, page, config, files):
    return vervang(markdown, (config.get("extra") or {}).get("gemeente"))

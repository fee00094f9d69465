"""Gemeente-editie: one checked ``extra.gemeente`` block turns the site into a municipality's own.

- National edition (no ``extra.gemeente``): the local slots read "uw gemeente" (see
  ``_gemeente_weergave.LANDELIJK``).
- Municipal edition (``gemeenten/<naam>/mkdocs.yml`` with ``INHERIT``): the block is checked
  (``_gemeente_config``; a wrong field stops the build with one message naming it), the slots
  show the local loket, cliëntondersteuning and voorzieningen, the calculators get the local
  bijdrage choices (``extra.rekenhulp_gemeente``, read by ``rekenhulp.py`` when pages render),
  and the logo and colours (contrast checked) go into the header.
- ``[[bestand:deploy/nginx.conf]]`` shows a shipped file as a code block (page "Voor gemeenten"),
  so the page and the file a municipality copies never differ.
"""
from __future__ import annotations

import json
import logging
import re
from datetime import date
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from _site import ROOT
from calculators._money import euro
from calculators.api import run_json

from _gemeente_config import Gemeente, GemeenteFout, lees, verouderd
from _gemeente_kleur import css
from _gemeente_weergave import LANDELIJK, vervang

log = logging.getLogger("mkdocs.hooks.gemeente")
CSS = "assets/css/gemeente.css"
LOGO = "assets/gemeente/logo"
_actief: dict[str, Gemeente | None] = {"gemeente": None}
BESTAND = re.compile(r"^\[\[bestand:([\w./-]+)\]\]$", re.M)
GEDEELD = ("deploy/", "gemeenten/")


def _rekenhulp_accepteert(keuzes: dict) -> None:
    """The calculator itself checks the choices, so the site never ships ones it refuses."""
    verzoek = {"v": 1, "calculator": "eigen_bijdrage", "input": {
        "peildatum": "2026-01", "geboortedatum": "1950-01-01", "huishouden": "alleenstaand",
        "voorzieningen": ["maatwerk"], "gemeente": keuzes}}
    fouten = json.loads(run_json(json.dumps(verzoek))).get("errors", [])
    fouten = [f for f in fouten if f.get("field") == "gemeente"]
    if fouten:
        raise PluginError(f"Gemeente-editie: de rekenhulp weigert extra.gemeente.bijdrage: "
                          f"{fouten[0]['message']}")


def _samenvatting(g: Gemeente) -> str:
    b = g.bijdrage
    tarief = euro(b.tarief_eurocent) if b.tarief_eurocent is not None else "het wettelijke maximum"
    minima = ", ".join(f"{k} {euro(v)}" for k, v in (b.minima or {}).items()) or "geen"
    return (f"Gemeente-editie {g.naam} ({g.cbs_code}): tarief {tarief} per maand; minimagrenzen per "
            f"jaar: {minima}; collectief vervoer onder het tarief: "
            f"{'ja' if b.collectief_vervoer_onder_abonnement else 'nee'}; bijdrage vanaf de "
            f"{b.startmoment}; nagekeken op {g.laatst_gecontroleerd.isoformat()}.")


def on_config(config):
    _actief["gemeente"] = None
    extra = config["extra"]
    if extra.get("gemeente") is None:
        return config
    if "rekenhulp_gemeente" in extra:
        raise PluginError("Gemeente-editie: zet de keuzes voor de rekenhulp alleen in "
                          "extra.gemeente.bijdrage en haal extra.rekenhulp_gemeente weg.")
    try:
        g = lees(extra["gemeente"], Path(config.config_file_path).parent, date.today())
    except GemeenteFout as fout:
        raise PluginError(f"Gemeente-editie: {fout}") from None
    keuzes = g.rekenhulp()
    _rekenhulp_accepteert(keuzes)
    if melding := verouderd(g, date.today()):
        log.warning(melding)
    extra["rekenhulp_gemeente"] = keuzes
    if g.kleuren:
        config["extra_css"].append(CSS)
    if g.logo:
        config["theme"]["logo"] = LOGO + g.logo.suffix.lower()
    log.info(_samenvatting(g))
    _actief["gemeente"] = g
    return config


def on_files(files, config):
    g = _actief["gemeente"]
    if g and g.kleuren:
        files.append(File.generated(config, CSS, content=css(g.kleuren.primair, g.kleuren.accent, g.naam)))
    if g and g.logo:
        files.append(File.generated(config, LOGO + g.logo.suffix.lower(), abs_src_path=str(g.logo)))
    return files


def _bestand(m: re.Match) -> str:
    bron = (ROOT / m.group(1)).resolve()
    if not m.group(1).startswith(GEDEELD) or ROOT not in bron.parents or not bron.is_file():
        raise PluginError(f"[[bestand:{m.group(1)}]]: alleen bestaande bestanden onder "
                          f"{' of '.join(GEDEELD)} kunnen op een pagina.")
    # Plain text: Material's highlighted comments are too light on its code background (axe).
    return f"```text\n{bron.read_text(encoding='utf-8').rstrip()}\n```"


def on_page_markdown(markdown, page, config, files):
    markdown = BESTAND.sub(_bestand, markdown)
    try:
        return vervang(markdown, _actief["gemeente"])
    except KeyError as onbekend:
        raise PluginError(f"{page.file.src_uri}: [[gemeente:{onbekend.args[0]}]] bestaat niet. "
                          f"Kies uit: {', '.join(LANDELIJK)}.") from None

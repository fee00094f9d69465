"""The one boundary: JSON text in, JSON text out (contract v1, see README).

``run_json`` never raises: broken JSON, unknown calculators and wrong input become
``{"v": 1, "ok": false, "errors": [...]}`` with Dutch messages. Whatever came in, the answer is
small (at most :data:`MAX_FOUTEN` errors and a summary) and valid Unicode: a lone surrogate
(``"\\ud800"`` in the JSON, or in a string from JavaScript) leaves as U+FFFD, so a UTF-8 writer
never fails on it.
"""
from __future__ import annotations

import importlib
import json
import re

from .kern.questions import Fout, Invoerfouten, Vraag
from .kern.params import GeenRegelVoorDatum

VERSION = 1
CALCULATORS = ("eigen_bijdrage", "toegang", "termijnen", "brieven")
ACTIONS = ("calculate", "questions", "download")
MAX_FOUTEN = 20      # field errors per answer; the rest is counted in one summary error
SURROGAAT = re.compile("[\ud800-\udfff]")   # only lone ones: json.loads joins a valid pair


def _fout(*fouten: Fout) -> dict:
    if len(fouten) > MAX_FOUTEN:
        rest = len(fouten) - MAX_FOUTEN
        fouten = (*fouten[:MAX_FOUTEN], Fout(
            None, "te_veel_fouten", f"Er zijn nog {rest} fouten in dit verzoek. Hierboven staan "
            f"de eerste {MAX_FOUTEN}. Verbeter die en probeer het opnieuw."))
    return {"v": VERSION, "ok": False, "errors": [f.as_dict() for f in fouten]}


def handle(request: object) -> dict:
    """Answer one decoded request (a dict) with a response dict."""
    if not isinstance(request, dict):
        return _fout(Fout(None, "ongeldig_verzoek", "Het verzoek is geen JSON-object."))
    if request.get("v", VERSION) != VERSION:
        return _fout(Fout(None, "onbekende_versie", "Deze versie van het verzoek kennen wij niet."))
    naam, actie = request.get("calculator"), request.get("action", "calculate")
    if naam not in CALCULATORS:
        return _fout(Fout(None, "onbekende_rekenhulp", "Deze rekenhulp bestaat niet."))
    if actie not in ACTIONS:
        return _fout(Fout(None, "onbekende_actie", "Deze opdracht kent de rekenhulp niet."))
    module = importlib.import_module(f"{__package__}.{naam}")
    invoer = request.get("input", {})
    try:
        if actie == "questions":
            vragen = module.questions(invoer if isinstance(invoer, dict) else {})
            return {"v": VERSION, "ok": True,
                    "result": {"questions": [v.as_dict() for v in vragen],
                               "submit": getattr(module, "KNOP", "Bereken")}}
        if actie == "download":
            # A file made from the same input (contract: {bestandsnaam, mime, base64}); only
            # calculators that make files have it.
            if not hasattr(module, "download"):
                return _fout(Fout(None, "onbekende_actie", "Deze rekenhulp maakt geen bestanden."))
            return {"v": VERSION, "ok": True, "result": module.download(invoer)}
        return {"v": VERSION, "ok": True, "result": module.calculate(module.parse(invoer))}
    except Invoerfouten as e:
        return _fout(*e.fouten)
    except GeenRegelVoorDatum as e:
        return _fout(Fout(getattr(e, "field", None), "geen_regel_voor_datum", e.message))


def van_toepassing(vraag: dict, antwoorden: dict) -> bool:
    """Whether a question from an ``action: questions`` answer is asked, given the other answers:
    the calculators' own rule, for a form written outside Python (the site's build)."""
    return Vraag(**vraag).applies(antwoorden)


def run_json(request: str) -> str:
    """The only function JavaScript calls. Never raises."""
    try:
        try:
            decoded = json.loads(request)
        except (TypeError, ValueError, RecursionError):
            response = _fout(Fout(None, "ongeldige_json", "Het verzoek is geen geldige JSON."))
        else:
            response = handle(decoded)
    except Exception as e:  # noqa: BLE001 - the boundary must answer, whatever went wrong
        response = _fout(Fout(None, "interne_fout",
                              "Er ging iets mis in de rekenhulp. Probeer het opnieuw of "
                              f"gebruik de tabel op deze pagina. ({type(e).__name__})"))
    return SURROGAAT.sub("\ufffd", json.dumps(response, ensure_ascii=False))

"""``[[rekenhulp:eigen_bijdrage]]``: a calculator's root element with its form (contract: ``data-calculator``,
``data-status``, ``[data-role=result]``). Pages without it load no Pyodide.

The element holds the form, written now from the calculator's questions (:mod:`.formulier`), and those
questions as JSON for ``rekenhulp.js``: the form shows before the runtime is ready. The questions come
from the same :func:`calculators.api.run_json` the browser runs later, asked as on the build date; the
browser takes over what depends on the day (the month's default and the notice above the form) from
its own clock (README, "Fast and offline").
"""
from __future__ import annotations

import html
import json
import re

from datetime import date

from calculators.api import run_json

from ..errors import BuildError
from .formulier import formulier

MARKER = re.compile(r"\[\[rekenhulp:([a-z_]+)\]\]")


def questions(naam: str, gemeente: dict, vandaag: date) -> dict:
    """The ``action: questions`` answer on the build date, by the same Python the browser runs later."""
    answer = json.loads(run_json(json.dumps({"v": 1, "calculator": naam, "action": "questions",
                                             "vandaag": vandaag.isoformat(),
                                             "input": {"gemeente": gemeente}})))
    if not answer["ok"]:
        raise BuildError(f"[[rekenhulp:{naam}]]: the calculator refused its questions: {answer}")
    return answer


def mount(naam: str, gemeente: dict, runtime: dict[str, str], vandaag: date) -> str:
    """The root element with its form; the questions as JSON are safe inside <script> (no "</").
    ``runtime``: the calculators' files (``Bouw.runtime``: wheel, stdlib, snapshot), as data-* attributes;
    ``data-vandaag`` is the day the form was written for (the build date)."""
    answer = questions(naam, gemeente, vandaag)
    embedded = json.dumps(answer, ensure_ascii=False).replace("</", "<\\/")
    files = "".join(f'data-{key}="{html.escape(name)}" ' for key, name in runtime.items())
    return (
        f'<div class="rekenhulp" data-calculator="{naam}" data-status="idle" {files}'
        f'data-vandaag="{vandaag.isoformat()}" '
        f'data-gemeente="{html.escape(json.dumps(gemeente), quote=True)}">\n'
        '<p class="rekenhulp__status" data-role="status" role="status">'
        'De rekenhulp wordt geladen. Dat duurt een paar seconden.</p>\n'
        f'<script type="application/json" data-role="questions">{embedded}</script>\n'
        '<noscript><p class="rekenhulp__melding">Deze rekenhulp werkt alleen met JavaScript. '
        'De uitleg en de tabellen op deze pagina kunt u wel gewoon lezen.</p></noscript>\n'
        f'{formulier(naam, answer["result"])}\n'
        '<div data-role="result" class="rekenhulp__uitkomst" tabindex="-1" hidden></div>\n'
        '</div>\n')


def heeft_rekenhulp(markdown: str) -> bool:
    return bool(MARKER.search(markdown))


def vervang(markdown: str, gemeente: dict, runtime: dict[str, str], vandaag: date) -> str:
    return MARKER.sub(lambda m: mount(m.group(1), gemeente, runtime, vandaag), markdown)

"""A calculator's form as HTML, written at build time from its ``action: questions`` answer.

The page then shows the form from its first paint: nothing moves when the script starts, and a
visitor can answer while the runtime loads. ``rekenhulp.js`` only adds behaviour (which fields
apply, errors, results); it keeps the questions from the JSON next to the form. The submit button
is disabled until that script runs, so without JavaScript nothing can be sent anywhere.
"""
from __future__ import annotations

from html import escape

from calculators.api import van_toepassing

KEUZE = {"choice": "radio", "bool": "radio", "multi": "checkbox"}
WIS = "Wis dit antwoord"
NIET_VERPLICHT = " (niet verplicht)"
TEKSTVAK_REGELS = 6   # the visible height of a textarea; it grows by hand (CSS resize)


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def veld(calc: str, vraag: dict, zichtbaar: bool) -> str:
    id_ = f"{calc}-{vraag['id']}"
    naam = escape(vraag["id"])
    uit = "" if zichtbaar else " disabled"
    maximum = vraag.get("max_length")
    uitleg = vraag["help"]
    if vraag["type"] == "textarea" and maximum:   # the browser stops typing there: say so beforehand
        uitleg = f"{uitleg} Hoogstens {_getal(maximum)} tekens.".strip()
    hulp = f'<p class="veld__hulp" id="{id_}-hulp">{escape(uitleg)}</p>' if uitleg else ""
    beschreven = f"{id_}-hulp {id_}-fout" if hulp else f"{id_}-fout"
    fout = f'<p class="veld__fout" id="{id_}-fout" hidden></p>'
    label = escape(vraag["label"] + ("" if vraag["required"] or vraag.get("recommended") else NIET_VERPLICHT))
    soort = KEUZE.get(vraag["type"])
    if soort:
        keuzes = "".join(
            f'<div class="veld__keuze"><input type="{soort}" id="{id_}-{i}" name="{naam}" '
            f'value="{escape(o["value"])}"{" checked" if o["value"] == vraag["default"] else ""}{uit}>'
            f'<label for="{id_}-{i}">{escape(o["label"])}</label></div>'
            for i, o in enumerate(vraag["options"]))
        # An optional choice can be taken back ("weet ik niet" is leaving it empty).
        wis = f'<button type="button" class="veld__wis">{WIS}</button>' if soort == "radio" and not vraag["required"] else ""
        binnen = (f'<fieldset aria-describedby="{beschreven}"><legend>{label}</legend>'
                  f'{hulp}{keuzes}{wis}{fout}</fieldset>')
    else:
        # Money is typed as text ("12,50"); the calculator reads it, not the browser.
        soort = 'type="text" inputmode="decimal"' if vraag["type"] == "money" else f'type="{vraag["type"]}"'
        lengte = f' maxlength="{maximum}"' if maximum else ""
        aanvullen = escape(vraag.get("autocomplete") or "off")
        if vraag["type"] == "textarea":
            inhoud = escape(vraag["default"] or "").replace("\n", "&#10;")   # stays one line of HTML
            control = (f'<textarea id="{id_}" name="{naam}" aria-describedby="{beschreven}" '
                       f'rows="{TEKSTVAK_REGELS}"{lengte} autocomplete="{aanvullen}"{uit}>{inhoud}</textarea>')
        else:
            waarde = f' value="{escape(vraag["default"])}"' if vraag["default"] is not None else ""
            control = (f'<input id="{id_}" name="{naam}" aria-describedby="{beschreven}" {soort}{lengte} '
                       f'autocomplete="{aanvullen}"{waarde}{uit}>')
        binnen = f'<label for="{id_}">{label}</label>{hulp}{control}{fout}'
    return f'<div class="veld" data-veld="{naam}"{"" if zichtbaar else " hidden"}>{binnen}</div>'


def formulier(calc: str, result: dict) -> str:
    """One line of HTML (no blank line can end Markdown's raw HTML block)."""
    vragen = result["questions"]
    begin = {v["id"]: v["default"] for v in vragen if v["default"] is not None and v["type"] != "multi"}
    # the calculators' own rule says which questions apply yet
    velden = "".join(veld(calc, v, van_toepassing(v, begin)) for v in vragen)
    return ('<form data-role="form" novalidate>'
            '<div class="rekenhulp__fouten" data-role="errors" tabindex="-1" hidden></div>'
            f'{velden}<button type="submit" class="md-button md-button--primary" disabled>'
            f'{escape(result["submit"])}</button></form>')

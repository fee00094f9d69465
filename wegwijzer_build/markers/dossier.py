"""``[[dossier]]``: the root of the case page Mijn aanvraag (contract: ``data-dossier``).

The form and the empty state are written now, so they are there at first paint and nothing moves
when ``overrides/assets/js/dossier.js`` brings them to life (it shows this empty state again
whenever no date is filled in). The root carries the files (wheel, cut library, snapshot) the
worker starts from (like a calculator's root, :mod:`.rekenhulp`), but nothing starts until the
resident enters a date or opens a file: the page has no ``data-calculator`` and no early start.

Contract: date inputs named ``melding``, ``gesprek``, ``verslag``, ``aanvraag``, ``besluit``; the
opt-in checkbox ``bewaren``; a button whose name holds "bestand" (save), an ``input[type=file]``
(open) and a button whose name holds "agenda" (.ics). Added here: ``ingebrekestelling`` (for the
dwangsom dates), ``uitkomst`` and ``kenmerk`` of the besluit (for the next step and the letter).
"""
from __future__ import annotations

import re
from html import escape

MARKER = re.compile(r"\[\[dossier\]\]")
KENMERK_MAX = 60   # also in dossier.js: the letter's reference, not a place for notes

# name, question, help. Every field is optional and may be filled in any order.
DATUMS = (
    ("melding", "Op welke dag kreeg de gemeente uw melding?",
     "Met een melding laat u de gemeente weten dat u hulp nodig heeft. Staat de datum in de "
     "bevestiging van de gemeente? Neem dan die datum."),
    ("gesprek", "Op welke dag was het gesprek?",
     "Het gesprek met de gemeente over uw situatie. Vaak is het bij u thuis: het keukentafelgesprek."),
    ("verslag", "Op welke dag kreeg u het verslag?",
     "Na het gesprek krijgt u op papier wat de gemeente heeft onderzocht."),
    ("aanvraag", "Op welke dag kreeg de gemeente uw aanvraag?",
     "Met de aanvraag vraagt u de hulp officieel aan. Vaak is dat een formulier dat u tekent."),
    ("besluit", "Welke datum staat op het besluit?",
     "Het besluit is de brief waarin de gemeente zegt of u de hulp krijgt. Het heet ook beschikking."),
)
UITKOMSTEN = (("toegekend", "Ik krijg de hulp die ik vroeg"),
              ("deels", "Ik krijg een deel van de hulp"),
              ("afgewezen", "Ik krijg de hulp niet"))
INGEBREKESTELLING = (
    "ingebrekestelling", "Op welke dag kreeg de gemeente uw ingebrekestelling?",
    "Alleen als de gemeente te laat was met een besluit, en u haar daarover een brief stuurde.")


def _hulp(naam: str, tekst: str) -> str:
    return f'<p class="veld__hulp" id="dossier-{naam}-hulp">{escape(tekst)}</p>'


def _fout(naam: str) -> str:
    return f'<p class="veld__fout" id="dossier-{naam}-fout" hidden></p>'


def datumveld(naam: str, vraag: str, hulp: str) -> str:
    return (f'<div class="veld" data-veld="{naam}"><label for="dossier-{naam}">{escape(vraag)}</label>'
            f'{_hulp(naam, hulp)}<input type="date" id="dossier-{naam}" name="{naam}" min="2000-01-01" '
            f'max="2099-12-31" autocomplete="off" aria-describedby="dossier-{naam}-hulp dossier-{naam}-fout">'
            f'{_fout(naam)}</div>')


def besluitvelden() -> str:
    """What the besluit said and its reference: shown once the besluit has a date (dossier.js)."""
    keuzes = "".join(
        f'<div class="veld__keuze"><input type="radio" id="dossier-uitkomst-{i}" name="uitkomst" '
        f'value="{waarde}"><label for="dossier-uitkomst-{i}">{escape(tekst)}</label></div>'
        for i, (waarde, tekst) in enumerate(UITKOMSTEN))
    uitkomst = (f'<div class="veld" data-veld="uitkomst"><fieldset aria-describedby="dossier-uitkomst-fout">'
                f'<legend>Wat besliste de gemeente?</legend>{keuzes}'
                f'<button type="button" class="veld__wis" data-dossier-actie="wis-uitkomst">Wis dit antwoord</button>'
                f'{_fout("uitkomst")}</fieldset></div>')
    kenmerk = (f'<div class="veld" data-veld="kenmerk"><label for="dossier-kenmerk">Kenmerk van het besluit</label>'
               f'{_hulp("kenmerk", "Het nummer bovenaan de brief. Wij zetten het in uw bezwaarbrief.")}'
               f'<input type="text" id="dossier-kenmerk" name="kenmerk" maxlength="{KENMERK_MAX}" '
               f'autocomplete="off" aria-describedby="dossier-kenmerk-hulp dossier-kenmerk-fout">{_fout("kenmerk")}</div>')
    return f'<div class="dossier__besluit" data-role="besluit" hidden>{uitkomst}{kenmerk}</div>'


def mount(runtime: dict[str, str]) -> str:
    velden = "".join(datumveld(*d) for d in DATUMS) + besluitvelden() + datumveld(*INGEBREKESTELLING)
    files = " ".join(f'data-{key}="{escape(name)}"' for key, name in runtime.items())
    return (
        f'<div class="dossier" data-dossier data-status="idle" {files}>\n'
        '<noscript><p class="dossier__melding">Deze pagina werkt alleen met JavaScript. Schrijf uw '
        'datums anders op papier. De stappen en termijnen staan hieronder.</p></noscript>\n'
        '<div class="dossier__werk">\n'
        '<form data-role="form" novalidate><fieldset class="dossier__datums">'
        '<legend>Uw datums</legend>'
        '<p class="veld__hulp">Vul in wat u weet, in elke volgorde. Niets is verplicht.</p>'
        f'{velden}</fieldset></form>\n'
        '<p class="dossier__status" data-role="status" role="status"></p>\n'
        '<section class="dossier__nu" data-role="nu" aria-labelledby="dossier-nu-kop">'
        '<h2 id="dossier-nu-kop">Wat kunt u nu doen?</h2><div data-role="nu-inhoud">'
        '<p class="dossier__kop"><strong>Begin met de datum van uw melding</strong></p>'
        '<p>Vul hierboven de dag in waarop de gemeente uw melding kreeg. Dan ziet u hier de volgende stap.</p>'
        '<p>Heeft u nog geen melding gedaan? Dat kan op elke manier: bellen, mailen of langsgaan.</p>'
        '</div></section>\n'
        '<section class="dossier__tijdlijn" aria-labelledby="dossier-tijdlijn-kop">'
        '<h2 id="dossier-tijdlijn-kop">Uw tijdlijn</h2>'
        '<div data-role="tijdlijn"><p>Nog leeg. Vul een datum in. Dan ziet u hier wat er gebeurd is '
        'en welke datums nog komen.</p></div>'
        '<p class="dossier__knoppen"><button type="button" class="md-button" data-dossier-actie="agenda">'
        'Zet in mijn agenda</button></p></section>\n'
        '<section class="dossier__bewaren" aria-labelledby="dossier-bewaren-kop">'
        '<h2 id="dossier-bewaren-kop">Bewaren en meenemen</h2>'
        '<div class="dossier__schakelaar"><input type="checkbox" id="dossier-bewaren" name="bewaren" '
        'aria-describedby="dossier-bewaren-hulp"><label for="dossier-bewaren">Bewaar mijn datums in deze browser'
        '</label></div>'
        '<p class="veld__hulp" id="dossier-bewaren-hulp">Staat dit uit? Dan is alles weg als u de pagina '
        'sluit. Staat dit aan? Dan bewaart uw browser uw datums op dit apparaat. Er gaat niets naar '
        'internet. Gebruikt u een computer van iemand anders? Zet het dan niet aan.</p>'
        '<p class="dossier__knoppen">'
        '<button type="button" class="md-button" data-dossier-actie="bestand">Bewaar als bestand</button>'
        '<button type="button" class="md-button" data-dossier-actie="wis">Wis alles</button></p>'
        '<div class="veld"><label for="dossier-open">Open een bewaard bestand</label>'
        '<p class="veld__hulp" id="dossier-open-hulp">Een bestand dat u eerder op deze pagina bewaarde. '
        'Zo neemt u uw datums mee naar een andere computer of naar uw cliëntondersteuner.</p>'
        '<input type="file" id="dossier-open" accept=".json,application/json" '
        'aria-describedby="dossier-open-hulp"></div>'
        '<p class="dossier__melding" data-role="melding" role="status"></p>'
        '</section>\n'
        '</div>\n'
        '</div>\n')


def heeft_dossier(markdown: str) -> bool:
    return bool(MARKER.search(markdown))


def vervang(markdown: str, runtime: dict[str, str]) -> str:
    return MARKER.sub(lambda m: mount(runtime), markdown)

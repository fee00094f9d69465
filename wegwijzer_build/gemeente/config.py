"""The ``extra.gemeente`` block of a municipal edition: read, check, and explain what is wrong.

One wrong or missing field gives one ``GemeenteFout`` whose message names the field
(``extra.gemeente.loket.telefoon``) and says how to fix it. The package
(``wegwijzer_build.gemeente``) turns the error into a build error and the checked data into pages.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from calculators.wet import MINIMA_CATEGORIEEN, STARTMOMENTEN, euro, parameter, plus_maanden

from .fout import GemeenteFout
from .kleur import contrast, verhouding
from .logo import LOGO_MAX_BYTES, LOGO_TYPES, controleer_logo

PAD = "extra.gemeente"
MAANDEN_GELDIG = 13          # older than this: a build warning (strict build stops)
MINIMAAL_CONTRAST = 4.5      # WCAG 2.2 AA, normal text
MAX_TEKST = 500              # characters in one text field: a name, an address, one or two sentences
# A host name: letters, digits and hyphens in labels, at least one dot, a top-level domain that
# starts with a letter (so no bare IP address and no "localhost"). ASCII only: write an
# international domain name as xn--.
HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?", re.A)
# What may stay as it is in a rebuilt URL; everything else is percent-encoded. Not ( ) < > " ' ` \
# or a space (they end a Markdown link or an HTML attribute), not ; or # (so no "&name;" or "&#60"
# can read as a character reference).
URL_VEILIG = "/-._~!$&*+,=:@%"


@dataclass(frozen=True)
class Telefoon:
    tekst: str   # as the gemeente writes it: "14 020"
    href: str    # "tel:14020"


@dataclass(frozen=True)
class Loket:
    telefoon: Telefoon
    adres: str
    openingstijden: str
    melding_url: str
    naam: str


@dataclass(frozen=True)
class Organisatie:
    naam: str
    telefoon: Telefoon | None
    url: str | None


@dataclass(frozen=True)
class Voorziening:
    naam: str
    omschrijving: str


@dataclass(frozen=True)
class Kleuren:
    primair: str
    accent: str


@dataclass(frozen=True)
class Bijdrage:
    tarief_eurocent: int | None
    minima: dict | None
    collectief_vervoer_onder_abonnement: bool
    startmoment: str


@dataclass(frozen=True)
class Gemeente:
    naam: str
    cbs_code: str
    loket: Loket
    clientondersteuning: tuple[Organisatie, ...]
    algemene_voorzieningen: tuple[Voorziening, ...]
    bijdrage: Bijdrage
    verordening_url: str
    laatst_gecontroleerd: date
    logo: Path | None
    kleuren: Kleuren | None

    def rekenhulp(self) -> dict:
        """The choices the eigen-bijdrage calculator reads (``input.gemeente``, see contract)."""
        b = self.bijdrage
        keuzes = {"naam": self.naam, "tarief_eurocent": b.tarief_eurocent, "minima": b.minima,
                  "collectief_vervoer_onder_abonnement": b.collectief_vervoer_onder_abonnement,
                  "startmoment": b.startmoment}
        return {k: v for k, v in keuzes.items() if v is not None}


# ---- small readers: each returns the checked value or raises GemeenteFout naming the field ----

def _veld(blok: dict, pad: str, sleutel: str, hoe: str, verplicht: bool = True):
    waarde = blok.get(sleutel)
    if waarde is None or waarde == "":
        if verplicht:
            raise GemeenteFout(f"{pad}.{sleutel} ontbreekt. {hoe}")
        return None
    return waarde


def _blok(ouder: dict, pad: str, sleutel: str, velden: tuple[str, ...], hoe: str) -> dict:
    blok = _veld(ouder, pad, sleutel, hoe)
    return _alleen(blok, f"{pad}.{sleutel}", velden)


def _lijst(g: dict, sleutel: str, velden: tuple[str, ...], wat: str, hoe: str, vorm: str):
    """(path, block) for each entry of a required, non-empty list of blocks with known keys."""
    pad = f"{PAD}.{sleutel}"
    lijst = _veld(g, PAD, sleutel, hoe)
    if not isinstance(lijst, list) or not lijst:
        raise GemeenteFout(f"{pad} moet een lijst met minstens één {wat} zijn {vorm}.")
    for i, ruw in enumerate(lijst):
        yield f"{pad}[{i}]", _alleen(ruw, f"{pad}[{i}]", velden)


def _alleen(blok: object, pad: str, velden: tuple[str, ...]) -> dict:
    """A mapping with only known keys, so a typo ('telefon') is named instead of ignored."""
    if not isinstance(blok, dict):
        raise GemeenteFout(f"{pad} moet een blok met velden zijn ({', '.join(velden)}).")
    onbekend = sorted(set(map(str, blok)) - set(velden))
    if onbekend:
        naam = onbekend[0] if onbekend[0].isprintable() else repr(onbekend[0])   # no line break in a log
        raise GemeenteFout(f"{pad}.{naam} is geen bekend veld. Kies uit: {', '.join(velden)}.")
    return blok


def _zichtbaar(waarde: str, veld: str, spatie: bool = True) -> str:
    """``waarde`` when every character shows as itself: no line break, no control, bidi or
    zero-width character (they reorder or hide text), no other space than the plain one."""
    for teken in waarde:
        soort = unicodedata.category(teken)
        if soort in ("Zl", "Zp") or teken in "\n\r\v\f\x85":
            raise GemeenteFout(f"{veld} staat op meer dan één regel. Schrijf het op één regel.")
        code = f"U+{ord(teken):04X}"
        if soort[0] == "C":
            raise GemeenteFout(f"{veld} bevat een onzichtbaar teken of stuurteken ({code}) dat hier "
                               "niet mag. Typ de tekst opnieuw in plaats van hem te kopiëren en te plakken.")
        if soort[0] == "Z" and not spatie:
            raise GemeenteFout(f"{veld} bevat een spatie ({code}). Een link heeft geen spaties: "
                               "schrijf %20 of laat de spatie weg.")
        if soort[0] == "Z" and teken != " ":
            raise GemeenteFout(f"{veld} bevat een bijzondere spatie ({code}) die hier niet mag. "
                               "Gebruik een gewone spatie.")
    return waarde


def _ruw(blok: dict, pad: str, sleutel: str, hoe: str, verplicht: bool) -> str | None:
    waarde = _veld(blok, pad, sleutel, hoe, verplicht)
    if waarde is not None and not isinstance(waarde, str):
        raise GemeenteFout(f"{pad}.{sleutel} moet tekst zijn. {hoe}")
    return waarde.strip() if waarde else None


def tekst(waarde: str, veld: str) -> str:
    """One line of text as it will show: Unicode NFKC (a no-break space becomes a space, wide
    letters plain ones), only visible characters, not too long."""
    waarde = _zichtbaar(unicodedata.normalize("NFKC", waarde).strip(), veld)
    if len(waarde) > MAX_TEKST:
        raise GemeenteFout(f"{veld} is {len(waarde)} tekens lang; maximaal {MAX_TEKST}. Maak het korter.")
    return waarde


def _tekst(blok: dict, pad: str, sleutel: str, hoe: str, verplicht: bool = True) -> str | None:
    waarde = _ruw(blok, pad, sleutel, hoe, verplicht)
    return tekst(waarde, f"{pad}.{sleutel}") if waarde else None


def url(waarde: str, veld: str, hoe: str) -> str:
    """A https link, parsed and written anew: scheme https, a real host name, no user name or
    password; path, query and fragment percent-encoded (see :data:`URL_VEILIG`). The page only
    ever gets this rebuilt link, never the text as written."""
    _zichtbaar(waarde, veld, spatie=False)
    fout = f"{veld} is geen volledige https-link: {waarde!r}. {hoe}"
    if "\\" in waarde or re.search(r"%(?![0-9A-Fa-f]{2})", waarde):
        raise GemeenteFout(fout)
    try:
        deel = urlsplit(waarde)
        poort = deel.port
    except ValueError:
        raise GemeenteFout(fout) from None
    if deel.scheme.lower() != "https":
        raise GemeenteFout(f"{veld} is geen volledige https-link: {waarde!r}. Een link begint met "
                           f"https://. {hoe}")
    if "@" in deel.netloc:
        raise GemeenteFout(f"{veld} bevat een gebruikersnaam of wachtwoord (iets met @ voor de "
                           f"domeinnaam). Laat dat weg. {hoe}")
    host = (deel.hostname or "").rstrip(".")
    if not HOST.fullmatch(host) or len(host) > 253:
        raise GemeenteFout(f"{veld} heeft geen geldige domeinnaam: {waarde!r}. Schrijf de domeinnaam "
                           f"met letters, cijfers, streepjes en punten (een internationale naam als "
                           f"xn--...). {hoe}")
    netloc = host if poort in (None, 443) else f"{host}:{poort}"
    nieuw = urlunsplit(("https", netloc, quote(deel.path or "/", safe=URL_VEILIG),
                        quote(deel.query, safe=URL_VEILIG + "?"),
                        quote(deel.fragment, safe=URL_VEILIG + "?")))
    # A query that ends in "&" before the fragment would read "&#…" in HTML: a character reference.
    return nieuw.replace("&#", "%26#")


def _url(blok: dict, pad: str, sleutel: str, hoe: str, verplicht: bool = True) -> str | None:
    waarde = _ruw(blok, pad, sleutel, hoe, verplicht)
    return url(waarde, f"{pad}.{sleutel}", hoe) if waarde else None


def telefoon(waarde: object, veld: str) -> Telefoon:
    """A Dutch phone number: 14 + netnummer, 0xx xxxxxxx, 0800/0900, or +31."""
    hoe = 'Schrijf het als "14 020", "020 123 4567", "0800 1234" of "+31 20 123 4567".'
    if not isinstance(waarde, str) or not waarde.strip():
        raise GemeenteFout(f"{veld} ontbreekt of is geen tekst. {hoe} Zet het tussen aanhalingstekens.")
    waarde = tekst(waarde, veld)
    cijfers = re.sub(r"[ -]", "", waarde)
    # [0-9], not \d: \d also matches Arabic-Indic and other digits, which no phone dials.
    if not re.fullmatch(r"140[0-9]{2,3}|0[1-9][0-9]{8}|0800[0-9]{4,7}|090[069][0-9]{4,7}|\+31[1-9][0-9]{8}",
                        cijfers):
        raise GemeenteFout(f"{veld} {waarde!r} is geen Nederlands telefoonnummer. {hoe}")
    return Telefoon(waarde, f"tel:{cijfers}")


def _kleur(blok: dict, pad: str, sleutel: str) -> str:
    hoe = (f'Schrijf een kleur als "#1a5798", tussen aanhalingstekens: in YAML begint # anders '
           f"een opmerking.")
    waarde = _tekst(blok, pad, sleutel, hoe)
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", waarde):
        raise GemeenteFout(f"{pad}.{sleutel} {waarde!r} is geen kleur. {hoe}")
    waarde = waarde.lower()
    ratio = contrast(waarde, "#ffffff")
    if ratio < MINIMAAL_CONTRAST:
        raise GemeenteFout(
            f"{pad}.{sleutel} {waarde} heeft contrast {verhouding(ratio)} met wit; minimaal "
            f"{verhouding(MINIMAAL_CONTRAST)} nodig (WCAG AA). Deze kleur staat achter witte tekst "
            "en wordt gebruikt voor links op wit. Kies een donkerdere tint.")
    return waarde


def _datum(blok: dict, pad: str, sleutel: str, hoe: str) -> date:
    waarde = _veld(blok, pad, sleutel, hoe)
    if isinstance(waarde, date):
        return waarde
    try:
        return date.fromisoformat(str(waarde))
    except ValueError:
        raise GemeenteFout(f"{pad}.{sleutel} {waarde!r} is geen datum. {hoe}") from None


def _eurocent(waarde: object, veld: str, hoe: str) -> int:
    if type(waarde) is not int or waarde < 0:
        raise GemeenteFout(f"{veld} moet een heel aantal eurocent zijn (0 of meer), "
                           f"niet {waarde!r}. {hoe}")
    return waarde


# ---- the parts of the block ----

def _loket(g: dict, naam: str) -> Loket:
    pad = f"{PAD}.loket"
    b = _blok(g, PAD, "loket", ("naam", "telefoon", "adres", "openingstijden", "melding_url"),
              "Voeg het Wmo-loket toe met telefoon, adres, openingstijden en melding_url.")
    return Loket(
        telefoon=telefoon(b.get("telefoon"), f"{pad}.telefoon"),
        adres=_tekst(b, pad, "adres", 'Bijvoorbeeld "Marktplein 1, 1234 AB Plaats".'),
        openingstijden=_tekst(b, pad, "openingstijden",
                              'Bijvoorbeeld "maandag tot en met vrijdag van 9.00 tot 17.00 uur".'),
        melding_url=_url(b, pad, "melding_url", "De pagina waar inwoners een melding doen."),
        naam=_tekst(b, pad, "naam", "", verplicht=False) or f"Wmo-loket van gemeente {naam}")


def _clientondersteuning(g: dict) -> tuple[Organisatie, ...]:
    uit = []
    for p, b in _lijst(g, "clientondersteuning", ("naam", "telefoon", "url"), "organisatie",
                       "Noem minstens één organisatie voor gratis cliëntondersteuning (naam en "
                       "telefoon of url).", "(- naam: ..., telefoon: ... of url: ...)"):
        org = Organisatie(
            naam=_tekst(b, p, "naam", "De naam van de organisatie."),
            telefoon=telefoon(b["telefoon"], f"{p}.telefoon") if b.get("telefoon") else None,
            url=_url(b, p, "url", "De website van de organisatie.", verplicht=False))
        if not (org.telefoon or org.url):
            raise GemeenteFout(f"{p} heeft geen telefoon en geen url. Vul er minstens één in.")
        uit.append(org)
    return tuple(uit)


def _voorzieningen(g: dict) -> tuple[Voorziening, ...]:
    uit = []
    for p, b in _lijst(g, "algemene_voorzieningen", ("naam", "omschrijving"), "voorziening",
                       "Noem de algemene voorzieningen in uw gemeente (naam en omschrijving).",
                       "(- naam: ..., omschrijving: ...)"):
        uit.append(Voorziening(_tekst(b, p, "naam", "De naam van de voorziening."),
                               _tekst(b, p, "omschrijving", "Eén of twee zinnen: wat is het, voor wie?")))
    return tuple(uit)


def _bijdrage(g: dict) -> Bijdrage:
    pad = f"{PAD}.bijdrage"
    b = _blok(g, PAD, "bijdrage", ("tarief_eurocent", "minima",
                                   "collectief_vervoer_onder_abonnement", "startmoment"),
              "Voeg de keuzes van uw verordening over de eigen bijdrage toe.")
    maximum = parameter("abonnementstarief").waarden[-1].waarde
    tarief = b.get("tarief_eurocent")
    if tarief is not None:
        tarief = _eurocent(tarief, f"{pad}.tarief_eurocent", f"Bijvoorbeeld 1500 voor {euro(1500)}.")
        if tarief > maximum:
            raise GemeenteFout(
                f"{pad}.tarief_eurocent {tarief} ({euro(tarief)}) is hoger dan het wettelijke "
                f"maximum van {euro(maximum)}. Laat het veld weg als uw gemeente het maximum rekent.")
    minima = b.get("minima")
    if minima is not None:
        minima = _alleen(minima, f"{pad}.minima", MINIMA_CATEGORIEEN)
        if not minima:
            raise GemeenteFout(f"{pad}.minima is leeg. Laat het weg of noem een inkomensgrens per "
                               f"categorie: {', '.join(MINIMA_CATEGORIEEN)}.")
        minima = {k: _eurocent(v, f"{pad}.minima.{k}", "Een inkomen per jaar in eurocent, "
                               f"bijvoorbeeld 2400000 voor {euro(2400000)}.")
                  for k, v in minima.items()}
    cv = b.get("collectief_vervoer_onder_abonnement")
    if not isinstance(cv, bool):
        raise GemeenteFout(f"{pad}.collectief_vervoer_onder_abonnement moet true of false zijn: "
                           "true als collectief vervoer onder het abonnementstarief valt.")
    start = b.get("startmoment")
    if start not in STARTMOMENTEN:
        raise GemeenteFout(f"{pad}.startmoment moet \"beschikking\" of \"levering\" zijn, niet "
                           f"{start!r}: vanaf wanneer de bijdrage telt.")
    return Bijdrage(tarief, minima, cv, start)


def _logo(g: dict, map_: Path) -> Path | None:
    naam = _ruw(g, PAD, "logo", "", verplicht=False)
    if naam is None:
        return None
    pad = (map_ / naam).resolve()
    hoe = f"Zet het bestand in {map_} en noem het hier, bijvoorbeeld logo: logo.svg."
    if map_.resolve() not in pad.parents:
        raise GemeenteFout(f"{PAD}.logo {naam!r} ligt buiten de map van de gemeente. {hoe}")
    if not pad.is_file():
        raise GemeenteFout(f"{PAD}.logo {naam!r} bestaat niet. {hoe}")
    if pad.suffix.lower() not in LOGO_TYPES:
        raise GemeenteFout(f"{PAD}.logo moet een {', '.join(LOGO_TYPES)}-bestand zijn.")
    data = pad.read_bytes()
    if len(data) > LOGO_MAX_BYTES:
        raise GemeenteFout(f"{PAD}.logo is {len(data) // 1000} kB; maximaal "
                           f"{LOGO_MAX_BYTES // 1000} kB. Maak het bestand kleiner.")
    controleer_logo(data, pad.suffix.lower(), f"{PAD}.logo")
    return pad


def _kleuren(g: dict) -> Kleuren | None:
    if g.get("kleuren") is None:
        return None
    pad = f"{PAD}.kleuren"
    b = _alleen(g["kleuren"], pad, ("primair", "accent"))
    return Kleuren(_kleur(b, pad, "primair"), _kleur(b, pad, "accent"))


VELDEN = ("naam", "cbs_code", "loket", "clientondersteuning", "logo", "kleuren",
          "algemene_voorzieningen", "bijdrage", "verordening_url", "laatst_gecontroleerd")


def lees(ruw: object, map_: Path, vandaag: date) -> Gemeente:
    """Check the whole block; ``map_`` is the gemeente's folder (for the logo)."""
    g = _alleen(ruw, PAD, VELDEN)
    naam = _tekst(g, PAD, "naam", 'De naam zonder "gemeente", bijvoorbeeld "Voorbeeldstad".')
    if naam.casefold().startswith("gemeente "):   # after NFKC: also with a no-break space
        raise GemeenteFout(f'{PAD}.naam {naam!r}: laat "gemeente" weg; de site zet het ervoor waar '
                           "dat nodig is.")
    code = _tekst(g, PAD, "cbs_code", 'De CBS-gemeentecode, "GM" en vier cijfers, bijvoorbeeld "GM0363".')
    if not re.fullmatch(r"GM[0-9]{4}", code):                 # not \d: that is any script's digit
        raise GemeenteFout(f'{PAD}.cbs_code {code!r} is geen CBS-gemeentecode: "GM" en vier cijfers, '
                           'bijvoorbeeld "GM0363".')
    gecontroleerd = _datum(g, PAD, "laatst_gecontroleerd",
                           "De dag waarop iemand alle gegevens heeft nagekeken, als 2026-11-23.")
    if gecontroleerd > vandaag:
        raise GemeenteFout(f"{PAD}.laatst_gecontroleerd {gecontroleerd.isoformat()} ligt in de "
                           "toekomst. Vul de dag in waarop de gegevens zijn nagekeken.")
    return Gemeente(
        naam=naam, cbs_code=code, loket=_loket(g, naam),
        clientondersteuning=_clientondersteuning(g), algemene_voorzieningen=_voorzieningen(g),
        bijdrage=_bijdrage(g),
        verordening_url=_url(g, PAD, "verordening_url",
                             "De link naar uw Wmo-verordening, bijvoorbeeld op lokaleregelgeving.overheid.nl."),
        laatst_gecontroleerd=gecontroleerd, logo=_logo(g, map_), kleuren=_kleuren(g))


def maanden_oud(gecontroleerd: date, vandaag: date) -> int:
    """Whole months between the check and today (a month counts once its day is reached)."""
    maanden = (vandaag.year - gecontroleerd.year) * 12 + vandaag.month - gecontroleerd.month
    return maanden - (vandaag.day < gecontroleerd.day)


def verouderd(g: Gemeente, vandaag: date) -> str | None:
    """A warning text when the check lies more than ``MAANDEN_GELDIG`` months back."""
    if plus_maanden(g.laatst_gecontroleerd, MAANDEN_GELDIG) >= vandaag:
        return None
    return (f"{PAD}.laatst_gecontroleerd is {g.laatst_gecontroleerd.isoformat()}: meer dan "
            f"{MAANDEN_GELDIG} maanden geleden ({maanden_oud(g.laatst_gecontroleerd, vandaag)} hele "
            "maanden). Controleer tarief, minimaregeling, loket en verordening en zet dan de nieuwe "
            "datum. Een strikte build (strict: true) stopt hierop.")

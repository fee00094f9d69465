"""A calendar file (iCalendar, RFC 5545) with all-day events. Plumbing, no law.

Deterministic: the same input gives the same bytes (fixed DTSTAMP and UIDs), so it can be tested.
Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character (RFC 5545 3.1).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

PRODID = "-//Wmo-wegwijzer//Termijnen-rekenhulp//NL"
MAX_OCTETS = 75


@dataclass(frozen=True)
class Afspraak:
    """One all-day event."""

    uid: str
    dag: date
    titel: str
    beschrijving: str
    herinnering_dagen: int | None = None   # a reminder at 09:00 this many days before, or none


def tekst(waarde: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def vouw(regel: str) -> str:
    """Fold one content line into physical lines of at most 75 octets (RFC 5545 3.1)."""
    delen, huidig, ruimte = [], b"", MAX_OCTETS
    for teken in regel:
        bytes_ = teken.encode("utf-8")
        if len(huidig) + len(bytes_) > ruimte:
            delen.append(huidig.decode("utf-8"))
            huidig, ruimte = b"", MAX_OCTETS - 1   # the leading space of a continuation counts
        huidig += bytes_
    delen.append(huidig.decode("utf-8"))
    return "\r\n ".join(delen)


def _dag(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"   # strftime drops the zeros of years before 1000


def agenda(afspraken: list[Afspraak], *, stempel: date, naam: str) -> str:
    """The VCALENDAR text with one VEVENT per afspraak; ``stempel`` becomes every DTSTAMP."""
    regels = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
              "METHOD:PUBLISH", f"X-WR-CALNAME:{tekst(naam)}"]
    for a in afspraken:
        regels += [
            "BEGIN:VEVENT",
            f"UID:{a.uid}",
            f"DTSTAMP:{_dag(stempel)}T000000Z",
            f"DTSTART;VALUE=DATE:{_dag(a.dag)}",
            f"DTEND;VALUE=DATE:{_dag(a.dag + timedelta(days=1))}",
            f"SUMMARY:{tekst(a.titel)}",
            f"DESCRIPTION:{tekst(a.beschrijving)}",
            "TRANSP:TRANSPARENT",
        ]
        if a.herinnering_dagen:
            # Relative to the start of the all-day event (midnight): 09:00, n days before.
            regels += ["BEGIN:VALARM", "ACTION:DISPLAY",
                       f"TRIGGER:-P{a.herinnering_dagen - 1}DT15H",
                       f"DESCRIPTION:{tekst(a.titel)}", "END:VALARM"]
        regels.append("END:VEVENT")
    regels.append("END:VCALENDAR")
    return "".join(vouw(r) + "\r\n" for r in regels)

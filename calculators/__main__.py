"""Command line: ``python -m calculators`` reads one JSON request from stdin, prints the response.

``--batch`` reads JSON lines (one request per line) and writes one response per line.
Exit 0 for every answer (also ``ok: false``); exit 2 only when stdin is empty.

Bytes in, UTF-8 out, whatever the locale or ``PYTHONIOENCODING`` says: stdin is read as bytes and
decoded per request with U+FFFD for what is no UTF-8, so a broken line gets its own ``ok: false``
and the next line is still answered; every answer is written as UTF-8 (``run_json`` never returns
a lone surrogate).
"""
import sys

from .api import run_json


def _antwoord(verzoek: bytes) -> bytes:
    return run_json(verzoek.decode("utf-8", "replace")).encode("utf-8") + b"\n"


def main(argv: list[str]) -> int:
    invoer, uitvoer = sys.stdin.buffer, sys.stdout.buffer
    if "--batch" in argv:
        gelezen = False
        for regel in invoer:
            if regel.strip():
                gelezen = True
                uitvoer.write(_antwoord(regel))
        uitvoer.flush()
        return 0 if gelezen else 2
    verzoek = invoer.read()
    if not verzoek.strip():
        print("Geef een verzoek in JSON op standaardinvoer.", file=sys.stderr)
        return 2
    uitvoer.write(_antwoord(verzoek))
    uitvoer.flush()
    return 0


def entry() -> None:
    sys.exit(main(sys.argv[1:]))


if __name__ == "__main__":
    entry()

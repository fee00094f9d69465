"""Command line: ``python -m calculators`` reads one JSON request from stdin, prints the response.

``--batch`` reads JSON lines (one request per line) and writes one response per line.
Exit 0 for every answer (also ``ok: false``); exit 2 only when stdin is empty.

``--actualiteit`` prints, for maintainers, one line per parameter file: its name, the last day it
knows (``gedekt_tot``), the days from today up to that day (negative: ran out), and ``verified_on``
and ``bron`` of its newest value. Soonest to run out first (README, "Jaarlijkse update").
"""
import sys

from .api import run_json
from .kern.actualiteit import KOP, stand
from .kern.dates import vandaag


def main(argv: list[str]) -> int:
    if "--actualiteit" in argv:
        print(KOP)
        for s in stand(vandaag()):
            print(s.regel())
        return 0
    if "--batch" in argv:
        gelezen = False
        for regel in sys.stdin:
            if regel.strip():
                gelezen = True
                sys.stdout.write(run_json(regel) + "\n")
        return 0 if gelezen else 2
    tekst = sys.stdin.read()
    if not tekst.strip():
        print("Geef een verzoek in JSON op standaardinvoer.", file=sys.stderr)
        return 2
    print(run_json(tekst))
    return 0


def entry() -> None:
    sys.exit(main(sys.argv[1:]))


if __name__ == "__main__":
    entry()

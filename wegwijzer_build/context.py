"""The build context: what every page of one build needs to know, read once by :func:`prebuild`.

It can be written to JSON and read back (``python -m wegwijzer_build prebuild --state``), so a
generator that runs the Markdown extension in another process gets the same context.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from .errors import BuildError  # noqa: F401  (re-exported)
from .gemeente import Gemeente

ROOT = Path(__file__).resolve().parents[1]
# The build's own messages (e.g. parameters that run out soon). Not MkDocs' logger: a strict MkDocs
# build stops on its warnings, and these must inform, not stop. Written like MkDocs' lines.
log = logging.getLogger("wegwijzer_build")
if not log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  wegwijzer_build: %(message)s"))
    log.addHandler(_handler)


@dataclass
class Bouw:
    """One build: where the sources are, which gemeente (if any), and the calculators' files."""

    docs_dir: Path
    vandaag: date = field(default_factory=date.today)       # the build date: pages follow it
    gemeente: Gemeente | None = None
    gemeente_ruw: dict | None = None                        # extra.gemeente as written
    gemeente_map: Path | None = None                        # the folder of the gemeente's config
    wheel: Path | None = None
    stdlib: Path | None = None                              # the cut standard library (steps/stdlib.py)
    snapshot: Path | None = None
    serve: bool = False
    warn: Callable[[str], None] = log.warning

    @property
    def rekenhulp_gemeente(self) -> dict:
        """The gemeente's choices as the eigen-bijdrage calculator reads them (``input.gemeente``)."""
        return self.gemeente.rekenhulp() if self.gemeente else {}

    @property
    def runtime(self) -> dict[str, str]:
        """The calculators' files in the site's ``assets/wheels/``: ``wheel``, and in a build (not under
        ``mkdocs serve``) ``stdlib`` and ``snapshot``. Each name carries a hash of what the file is made
        of, not a query: a new build is never served from an old cache, and the service worker asks for
        the very URL the calculator's worker loaded and finds it in the HTTP cache. (The snapshot is
        named by what it is made of: hashing 31 MB for every page would slow the build.)"""
        from .steps.wheel import digest
        names = {"wheel": f"calculators-{digest(self.wheel)}.whl" if self.wheel else ""}
        if self.stdlib:
            names["stdlib"] = f"calculators-{digest(self.stdlib)}.zip"   # by content: often unchanged
        if self.snapshot:
            names["snapshot"] = f"calculators-{self.snapshot.stem[:12]}.snapshot"
        return names

    def to_json(self) -> str:
        return json.dumps({
            "docs_dir": str(self.docs_dir), "vandaag": self.vandaag.isoformat(),
            "gemeente": self.gemeente_ruw, "gemeente_map": str(self.gemeente_map or ""),
            "wheel": str(self.wheel or ""), "stdlib": str(self.stdlib or ""), "snapshot": str(self.snapshot or ""),
            "serve": self.serve,
        }, default=str, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> "Bouw":
        from .gemeente import lees_gemeente
        data = json.loads(text)
        bouw = cls(docs_dir=Path(data["docs_dir"]), vandaag=date.fromisoformat(data["vandaag"]),
                   wheel=Path(data["wheel"]) if data["wheel"] else None,
                   stdlib=Path(data["stdlib"]) if data.get("stdlib") else None,
                   snapshot=Path(data["snapshot"]) if data["snapshot"] else None,
                   serve=data["serve"])
        if data["gemeente"] is not None:
            bouw.gemeente_ruw, bouw.gemeente_map = data["gemeente"], Path(data["gemeente_map"])
            bouw.gemeente = lees_gemeente(bouw.gemeente_ruw, bouw.gemeente_map, bouw.vandaag)
        return bouw

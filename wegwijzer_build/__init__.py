"""The Wmo-wegwijzer's build: everything between ``docs/`` and a site any static host can serve.

Generator-independent: nothing here imports MkDocs. A site generator drives three phases, each a
plain function with a command line (``python -m wegwijzer_build``):

1. :func:`prebuild` reads the configuration once: checks a gemeente's ``extra.gemeente``, builds the
   calculators' wheel and their start snapshot, and returns a :class:`Bouw`, the build context.
2. :class:`~wegwijzer_build.markdown.WegwijzerExtension`, a Python-Markdown extension, fills the
   markers of every page from that context: figures (``[[waarde:…]]``), the glossary, the
   gemeente's slots, shipped files and calculator forms.
3. :func:`postbuild` finishes the written site: the Pyodide runtime and the wheel, the service
   worker, pre-compressed copies and a check that no marker was left.

``mkdocs_plugin`` is the one adapter for MkDocs (entry point ``wegwijzer``); ``make zensical`` runs the
same phases around Zensical. The calculators are reached only through their public surface:
:func:`calculators.api.run_json` and :mod:`calculators.wet`.
"""
from __future__ import annotations

from .context import Bouw, BuildError
from .phases import postbuild, prebuild

__all__ = ["Bouw", "BuildError", "prebuild", "postbuild"]

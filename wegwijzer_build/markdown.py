"""The markers as a Python-Markdown extension, so any generator that runs Python-Markdown fills them.

``WegwijzerExtension(bouw=...)`` takes the build context in-process (the MkDocs plugin does this);
``WegwijzerExtension(state="path/to/state.json")`` reads it from the file that
``python -m wegwijzer_build prebuild --state`` wrote (for a generator in another process).
"""
from __future__ import annotations

from pathlib import Path

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from . import markers
from .tabellen import Tabellen
from .context import Bouw
from .errors import BuildError

# After includes and snippets (32, so the glossary and included files are in), before fenced code
# (25, so a [[bestand:…]] becomes a code block) and raw HTML blocks (20, so a calculator's form
# stays HTML).
PRIORITEIT = 31.5


class _Markers(Preprocessor):
    def __init__(self, md, ext: "WegwijzerExtension"):
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        try:
            return markers.vul("\n".join(lines), self.ext.bouw()).split("\n")
        except BuildError as e:
            raise self.ext.getConfig("error")(str(e)) from None


class _Afwerken(Postprocessor):
    def __init__(self, md, ext: "WegwijzerExtension"):
        super().__init__(md)
        self.ext = ext

    def run(self, text: str) -> str:
        text = markers.afwerken(text)
        if left := markers.overgebleven(text):
            raise self.ext.getConfig("error")(f"marker {left} was not replaced")
        return text


class WegwijzerExtension(Extension):
    def __init__(self, **kwargs):
        # Defaults are not None: Python-Markdown would read a None-default option as a yes/no flag.
        self.config = {"bouw": ["", "the build context (in-process)"],
                       "state": ["", "a state file written by `python -m wegwijzer_build prebuild`"],
                       "error": [BuildError, "the exception a wrong marker raises (a generator's own)"]}
        super().__init__(**kwargs)

    def bouw(self) -> Bouw:
        bouw = self.getConfig("bouw")
        if not bouw:
            state = self.getConfig("state")
            if not state:
                raise BuildError("WegwijzerExtension needs `bouw` or `state`.")
            bouw = Bouw.from_json(Path(state).read_text(encoding="utf-8"))
            self.setConfig("bouw", bouw)
        return bouw

    def extendMarkdown(self, md):
        md.preprocessors.register(_Markers(md, self), "wegwijzer_markers", PRIORITEIT)
        # Low priority: after the raw HTML is put back, so the check sees the whole page.
        md.postprocessors.register(_Afwerken(md, self), "wegwijzer_afwerken", 1)
        # After "unescape" (0): table headers as the reader sees them label the cells (tabellen.py).
        md.treeprocessors.register(Tabellen(md), "wegwijzer_tabellen", -1)


def makeExtension(**kwargs):  # noqa: N802 - Python-Markdown's name for the entry point
    return WegwijzerExtension(**kwargs)

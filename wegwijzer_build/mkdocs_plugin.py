"""The MkDocs plugin ``wegwijzer``: a thin adapter over :mod:`wegwijzer_build`, the only module here
that imports MkDocs. Registered as an entry point (``mkdocs.plugins``) in ``pyproject.toml``;
``mkdocs.yml`` lists it under ``plugins:``, and a gemeente edition inherits it.

MkDocs events -> build phases: ``on_config`` runs :func:`~wegwijzer_build.prebuild` and adds the
Markdown extension; ``on_files`` adds the gemeente's CSS and logo; ``on_page_markdown`` tells the
theme (``overrides/main.html``) which pages start a calculator and which one is the case page, and
search which pages are for professionals (:mod:`~wegwijzer_build.zoeken`); ``on_post_page`` applies
the two Material fixes; ``on_post_build`` runs :func:`~wegwijzer_build.postbuild`.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File

from . import gemeente as gemeente_editie
from . import zoeken
from .errors import BuildError
from .markdown import WegwijzerExtension
from .markers import dossier, rekenhulp
from .phases import postbuild, prebuild
from .steps import material

log = logging.getLogger("mkdocs.plugins.wegwijzer")


class WegwijzerPlugin(BasePlugin):
    def __init__(self):
        super().__init__()
        self.serve = False
        self.bouw = None
        self.pagina = None   # the page being rendered, so a wrong marker's error names it

    def on_startup(self, *, command, dirty):
        self.serve = command == "serve"

    def on_config(self, config):
        try:
            self.bouw = prebuild(docs_dir=Path(config["docs_dir"]), extra=config["extra"],
                                 config_dir=Path(config.config_file_path).parent,
                                 serve=self.serve, warn=log.warning)
        except BuildError as e:
            raise PluginError(str(e)) from None
        g = self.bouw.gemeente
        if g:
            log.info(gemeente_editie.samenvatting(g))
            if g.kleuren:
                config["extra_css"].append(gemeente_editie.CSS)
            if g.logo:
                config["theme"]["logo"] = gemeente_editie.logo_pad(g)
        config["markdown_extensions"].append(WegwijzerExtension(bouw=self.bouw, error=self._fout))
        return config

    def on_files(self, files, *, config):
        g = self.bouw.gemeente
        if g and g.kleuren:
            files.append(File.generated(config, gemeente_editie.CSS, content=gemeente_editie.css_voor(g)))
        if g and g.logo:
            files.append(File.generated(config, gemeente_editie.logo_pad(g), abs_src_path=str(g.logo)))
        return files

    def _fout(self, bericht: str) -> PluginError:
        return PluginError(f"{self.pagina}: {bericht}" if self.pagina else bericht)

    def on_page_markdown(self, markdown, *, page, config, files):
        self.pagina = page.file.src_uri
        # Read by the search plugin later, in on_page_context (zoeken.py).
        page.meta = zoeken.meta(page.file.src_uri, page.meta)
        if rekenhulp.heeft_rekenhulp(markdown):
            # main.html starts the runtime from <head> with these (README, "Fast and offline")
            page.meta["rekenhulp"] = self.bouw.runtime
        if dossier.heeft_dossier(markdown):
            page.meta["dossier"] = True   # main.html loads the case page's script and style there only
        return markdown

    def on_post_page(self, output, *, page, config):
        return self._material(output, page.file.src_uri)

    def on_post_template(self, output_content, *, template_name, config):
        return self._material(output_content, template_name) if template_name == "404.html" else output_content

    def on_post_build(self, *, config):
        try:
            postbuild(Path(config["site_dir"]), self.bouw)
        except BuildError as e:
            raise PluginError(str(e)) from None

    @staticmethod
    def _material(output: str, name: str) -> str:
        try:
            return material.fix(output, name)
        except BuildError as e:
            raise PluginError(str(e)) from None

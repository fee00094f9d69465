"""Two small corrections to the HTML Material writes, instead of copying its templates.

- Its script bundle is a parser-blocking ``<script>`` at the end of ``<body>``; with ``defer``
  the page paints first (Lighthouse: render-blocking). Our own scripts are modules, so they
  still run after it, in document order, and find ``document$`` (rekenhulp.js, also loaded
  ``async`` from ``<head>``, waits for DOMContentLoaded before it looks).
- Its search overlay has ``role="dialog"`` but no name (axe: aria-dialog-name); it gets one.

Each replacement must match exactly once per page, so a Material upgrade that changes this
markup fails the build instead of silently dropping the fix.
"""
from __future__ import annotations

import re

from ..errors import BuildError

FIXES = (
    (re.compile(r'(<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js")></script>'),
     r"\1 defer></script>"),
    (re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>'),
     r'\1 aria-label="Zoeken">'),
)


def fix(output: str, name: str) -> str:
    for pattern, replacement in FIXES:
        output, count = pattern.subn(replacement, output)
        if count != 1:
            raise BuildError(f"{name}: expected Material markup not found once "
                              f"({pattern.pattern!r}, {count}x); check wegwijzer_build/steps/material.py")
    return output

"""Command line: the build's phases without a site generator.

    python -m wegwijzer_build prebuild [-f mkdocs.yml] --state build/state.json
    python -m wegwijzer_build postbuild SITE [--state build/state.json | -f mkdocs.yml]
    python -m wegwijzer_build check SITE

``prebuild`` checks the configuration, builds the wheel and the snapshot and writes the context
for :class:`~wegwijzer_build.markdown.WegwijzerExtension` (``state``); ``postbuild`` finishes a
site a generator wrote; ``check`` only looks for markers left in its pages. Exit 1 with the
message on a :class:`BuildError`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import config as site_config
from .context import Bouw
from .errors import BuildError
from .phases import check_markers, postbuild, prebuild


def _bouw(args) -> Bouw:
    if args.state and Path(args.state).exists() and args.command != "prebuild":
        return Bouw.from_json(Path(args.state).read_text(encoding="utf-8"))
    cfg = site_config.lees(Path(args.config))
    return prebuild(docs_dir=Path(cfg["docs_dir"]), extra=cfg.get("extra") or {},
                    config_dir=Path(cfg["_config_dir"]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m wegwijzer_build", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    pre = sub.add_parser("prebuild", help="check the configuration, build wheel and snapshot")
    post = sub.add_parser("postbuild", help="finish a written site")
    check = sub.add_parser("check", help="look for markers left in a written site")
    for p in (pre, post):
        p.add_argument("-f", "--config", default="mkdocs.yml")
        p.add_argument("--state", help="the context as JSON (written by prebuild)")
    for p in (post, check):
        p.add_argument("site", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            check_markers(args.site)
        elif args.command == "prebuild":
            bouw = _bouw(args)
            if args.state:
                Path(args.state).parent.mkdir(parents=True, exist_ok=True)
                Path(args.state).write_text(bouw.to_json(), encoding="utf-8")
        else:
            postbuild(args.site, _bouw(args))
    except BuildError as e:
        print(f"wegwijzer_build: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

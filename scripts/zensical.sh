#!/usr/bin/env bash
# The same docs/ built with Zensical (Material's successor) into site-zensical/, with the build's
# own phases before and after it (wegwijzer_build/zensical.py says why). Not part of `make test` yet;
# `pytest -m zensical` runs it. Usage: scripts/zensical.sh [mkdocs.yml [site-zensical]]
# Needs .venv and node_modules (scripts/setup.sh); Zensical gets its own venv, .venv-zensical.
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-mkdocs.yml}
site=${2:-site-zensical}
state=build/state.json
PY=.venv/bin/python

venv=.venv-zensical
stamp=$venv/.installed-$(sha256sum scripts/requirements-zensical.txt | cut -c1-12)
if [ ! -f "$stamp" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet -r scripts/requirements-zensical.txt
  touch "$stamp"
fi

rm -rf "$site"
$PY -m wegwijzer_build prebuild -f "$config" --state "$state"
$PY -m wegwijzer_build.zensical config -f "$config" --state "$state" --site "$site" -o zensical.yml
# --clean: pages follow the build date and the calculators' files, which Zensical's cache cannot see.
PYTHONPATH="$PWD" "$venv/bin/zensical" build --clean --strict -f zensical.yml
$PY -m wegwijzer_build.zensical gemeente "$site" --state "$state"
$PY -m wegwijzer_build postbuild "$site" --state "$state"

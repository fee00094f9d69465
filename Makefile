# Two commands on a fresh machine (see README):
#   make serve   build the site and serve it on http://127.0.0.1:8000
#   make test    install what is missing, build the site, run every test (unit, browser, site)
.PHONY: serve test build setup

PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1

setup:
	bash scripts/setup.sh

build: setup
	$(PY) -m mkdocs build --strict --site-dir site

serve: setup
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

test:
	bash scripts/setup.sh --browser
	$(PY) -m mkdocs build --strict --site-dir site
	$(PY) -m pytest $(PYTEST_ARGS)

# Two commands on a fresh machine (see README):
#   make serve   build the site and serve it on http://127.0.0.1:8000
#   make test    install what is missing, build the site, run every test (unit, browser, site)
#   make bench   build the site, print load times, bytes, Lighthouse scores and batch speed (README, Performance)
#   make zensical  the same docs/ built with Zensical into site-zensical/ (README, "Foundation and the plan for May 2027")
.PHONY: serve test build setup bench zensical

PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1

setup:
	bash scripts/setup.sh

build: setup
	$(PY) -m mkdocs build --strict --site-dir site

serve: setup
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Both editions: the national site and the example gemeente edition (gemeenten/voorbeeld, built to
# site-voorbeeld/). The full suite runs once; every page of the gemeente edition then gets axe and
# the privacy check again (test_browser_site.py with WMO_SITE_DIR).
test:
	bash scripts/setup.sh --browser
	$(PY) -m mkdocs build --strict --site-dir site
	$(PY) -m mkdocs build --strict -f gemeenten/voorbeeld/mkdocs.yml
	$(PY) -m pytest $(PYTEST_ARGS)
	WMO_SITE_DIR=site-voorbeeld $(PY) -m pytest tests/browser/test_browser_site.py $(PYTEST_ARGS)

bench:
	bash scripts/setup.sh --browser
	$(PY) -m mkdocs build --strict --site-dir site
	$(PY) scripts/benchmark.py --site site --parts browser,lighthouse,python --json benchmark-results/latest.json $(BENCH_ARGS)

# Not part of `make test` yet: `pytest -m zensical` builds and checks it (tests/browser/test_browser_zensical.py).
zensical: setup
	bash scripts/zensical.sh

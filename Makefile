# Two commands on a fresh machine (see README):
#   make serve   build the site and serve it on http://127.0.0.1:8000
#   make test    install what is missing, build the site, run every test (unit, browser, site), then the
#                unit tests and a strict build with the clock moved to later days (make test-fake-date)
#   make bench   build the site, print load times, bytes, Lighthouse scores and batch speed (README, Performance)
#   make zensical  the same docs/ built with Zensical into site-zensical/ (README, "Foundation and the plan for May 2027")
.PHONY: serve test test-fake-date test-fake-date-browser build setup bench zensical

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
	$(MAKE) test-fake-date

# No calendar time bombs (README, "Jaarlijkse update"): the unit tests on later days, and a strict build of
# the gemeente edition on the last of them, with the whole clock moved by Debian's faketime (setup --browser).
FAKE_DATES := 2027-01-05 2028-06-01
UNIT_TESTS := tests/calculators tests/test_architecture.py tests/site/test_gemeente_config.py tests/site/test_jaarwisseling.py

test-fake-date:
	set -e; for d in $(FAKE_DATES); do \
	  echo "Unit tests with the clock at $$d"; \
	  faketime "$$d 10:00:00" $(PY) -m pytest $(UNIT_TESTS) -m "not browser and not zensical" $(PYTEST_ARGS); \
	done
	faketime "$(lastword $(FAKE_DATES)) 10:00:00" $(PY) -m mkdocs build --strict \
	  -f gemeenten/voorbeeld/mkdocs.yml --site-dir $(CURDIR)/build/site-fake-date

# Not part of `make test` (~21 minutes more): every browser test against today's build with the clock, of pytest,
# Node and Chromium alike, moved to the first working days of the next year, as a resident visits it in January.
test-fake-date-browser:
	faketime "$(firstword $(FAKE_DATES)) 10:00:00" $(PY) -m pytest tests/browser -m "browser and not zensical" $(PYTEST_ARGS)

bench:
	bash scripts/setup.sh --browser
	$(PY) -m mkdocs build --strict --site-dir site
	$(PY) scripts/benchmark.py --site site --parts browser,lighthouse,python --json benchmark-results/latest.json $(BENCH_ARGS)

# Not part of `make test` yet: `pytest -m zensical` builds and checks it (tests/browser/test_browser_zensical.py).
zensical: setup
	bash scripts/zensical.sh

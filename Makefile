# Two commands for a newcomer on a fresh machine:
#   make demo   set up, crawl the offline mirror, serve Datasette + calendar at http://127.0.0.1:8001
#   make test   set up and run every test
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DB ?= data/dkbm.db

.PHONY: install demo crawl serve test bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

crawl: install
	$(BIN)/dkbm crawl --offline --db $(DB)

serve: install
	$(BIN)/dkbm serve --db $(DB)

demo: crawl serve

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DB).httpcache

# The README's two commands: `make demo` and `make test`. Both create the venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench eval lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Scan the bundled examples: a findings table on the terminal and a self-contained report.html.
# (examples/README.md describes the examples, so it is left out of the scan.)
demo: $(STAMP)
	$(BIN)/redline scan examples/ --exclude README.md --format table
	$(BIN)/redline scan examples/ --exclude README.md --format html -o report.html --no-progress
	@echo "wrote report.html"

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

# Detection quality on the labelled development corpus (../shared/eval).
eval: $(STAMP)
	$(BIN)/redline scan --format json --no-progress ../shared/eval/dev/docs > /tmp/redline-dev.json || true
	$(PYTHON) ../shared/eval/score.py ../shared/eval/dev/labels.jsonl /tmp/redline-dev.json -v

bench: $(STAMP)
	$(BIN)/python benchmarks/scan_tree.py

lint: $(STAMP)
	$(BIN)/python -m ruff check src tests || true

clean:
	rm -rf $(VENV) report.html .pytest_cache

# launchwatch: `make run` extracts records from corpus/ into out/corpus.jsonl and prints a table
# of the LAUNCH events found, `make test` runs the checks, `make package` builds the wheels.
# Both create the virtual environment .venv on first use (Python 3.10+ and make are enough).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-browser chromium lint model package evaluate bench fuzz clean

$(STAMP): pyproject.toml setup.py constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]" -c constraints.txt
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p out
	$(BIN)/launchwatch extract corpus/ -o out/corpus.jsonl
	@$(BIN)/python -m pipeline.launch_table out/corpus.jsonl

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# The review pages' browser test needs Debian's chromium; `make test` runs it too when
# chromium is installed and skips it in one line when not.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser test"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium; }

test-browser: chromium $(STAMP)
	$(BIN)/python -m pytest -m browser tests/test_review_browser.py

lint: $(STAMP)
	$(BIN)/ruff check .

model: $(STAMP)
	$(BIN)/python -m pipeline.build

# dist/launchwatch-<version>-py3-none-any.whl (the library and CLI, carrying the built pipeline)
# and dist/en_launchwatch-<version>-py3-none-any.whl (the spaCy pipeline package:
# `pip install` both, then `spacy.load("en_launchwatch")`).
package: $(STAMP)
	$(BIN)/python -m pip wheel --quiet --no-deps -w dist .
	$(BIN)/python -m pipeline.build --package dist

# Development sets under ../shared/benchmarks (or LAUNCHWATCH_BENCHMARKS) are skipped when absent.
evaluate: $(STAMP)
	$(BIN)/python bench/accuracy.py $(ACCURACY_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests/test_fuzz.py tests/test_properties.py tests/test_tokenizer.py -p no:cacheprovider

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis out dist build

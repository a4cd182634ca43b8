# Two commands on a fresh machine: `make chat` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: chat test install bench serve load

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install -q .

chat: install
	$(BIN)/allbot

# A real (non-editable) install, so the CLI tests exercise the package as users get it.
test: $(BIN)/python
	$(BIN)/python -m pip install -q ".[test]"
	$(BIN)/python -m ruff check bot tests benchmarks
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/speed.py

# The example organisation (made-up support line, UK numbers): copy config/organisation.example.yaml for a real one.
serve: $(BIN)/python
	$(BIN)/python -m pip install -q ".[server]"
	$(BIN)/allbot serve --config config/organisation.example.yaml

load: $(BIN)/python
	$(BIN)/python -m pip install -q ".[server]" httpx
	$(BIN)/python benchmarks/load.py

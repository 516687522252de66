# plpbk-qgis — every command a developer or CI needs. Run `make help`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
APT_PACKAGES := python3-qgis qgis-providers qgis xvfb xauth poppler-utils fonts-dejavu-core \
                python3-venv qttools5-dev-tools
PLUGIN := plpbk_qgis
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
STAMP := $(VENV)/.installed

.PHONY: help setup system-packages demo test lint unit bandit package deploy translations bench clean

help:
	@echo "make demo     run every algorithm on the embedded sample kelurahan (out/demo/)"
	@echo "make test     ruff + the whole test suite, headless (what CI runs)"
	@echo "make package  build dist/$(PLUGIN).zip;  make deploy  install into your QGIS profile"
	@echo "make bench    speed benchmarks;  make bandit  security scan;  make setup  environment"

setup: $(STAMP)

system-packages:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): requirements.txt requirements-dev.txt | system-packages
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $(STAMP)

translations: setup
	$(PY) scripts/update_translations.py --compile

demo: setup translations
	$(PY) scripts/demo.py --out out/demo

# The plugin repository scans uploads with bandit: nothing of medium severity or worse.
lint: setup
	$(PY) -m ruff check .
	$(PY) -m bandit -q -r $(PLUGIN) -ll

# Core tests run without QGIS (pytest-qgis switched off), plugin tests inside QGIS.
unit: setup translations
	$(PY) -m pytest -q -p no:pytest_qgis tests/core
	$(PY) -m pytest -q tests/plugin

test: lint unit

bandit: setup
	$(PY) -m bandit -q -r $(PLUGIN) -ll

package: setup translations
	$(PY) scripts/package.py --out dist/$(PLUGIN).zip

deploy: package
	$(PY) scripts/package.py --install "$(QGIS_PROFILE)/python/plugins" --zip dist/$(PLUGIN).zip

bench: setup
	$(PY) bench/run_all.py

clean:
	rm -rf out dist .pytest_cache

#!/usr/bin/env bash
# Create .venv (if missing) and install the project with pinned dependencies. Safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "> creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
echo "> installing ssd-kit and its pinned dependencies (dbt-core 1.11, dbt-duckdb, dbt-postgres, ...)"
.venv/bin/python -m pip install --quiet -e ".[dev]"
echo "> ready: dbt-core $(.venv/bin/python -c "import dbt.version as v; print(v.__version__)")"
echo "> dbt deps: link the supplier packages (suppliers/<name>/, packages.yml) into dbt_packages/"
.venv/bin/dbt deps --project-dir . --profiles-dir profiles --quiet

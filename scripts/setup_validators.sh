#!/usr/bin/env bash
# A separate virtual environment for the DfE's own validators (csc-validator-be-903 / -cin). They pin
# pandas 1.x and numpy 1.x, which the project (pandas 2.3) cannot share, so they live in .venv-validators
# and are run as a subprocess by ssd_kit.returns.dfe_validation. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv-validators/bin/python ]; then
  "$PY" -m venv .venv-validators
fi
if ! .venv-validators/bin/python -c "import lac_validator, cin_validator" 2>/dev/null; then
  .venv-validators/bin/pip install --quiet --disable-pip-version-check \
    "csc-validator-be-903==0.1.17" "csc-validator-be-cin==0.1.13" 2>&1 | grep -v "^WARNING: Location" || true
fi
.venv-validators/bin/python -c "import lac_validator, cin_validator" && echo "> DfE validators ready"

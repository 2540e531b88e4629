#!/usr/bin/env bash
# The whole test suite: lint (ruff, sqlfluff), generated files up to date, pytest (simulator,
# macros, the Liquidlogic -> SSD oracle on DuckDB, and on PostgreSQL when a server is reachable).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup_validators.sh
source .venv/bin/activate
export SSD_DUCKDB_PATH="${SSD_DUCKDB_PATH:-target/test_ssd.duckdb}"

echo "> [${SECONDS}s] ruff"
ruff check src tests
echo "> [${SECONDS}s] import contract (the product, ssd_kit, imports nothing from the simulator, ssd_sim)"
lint-imports
echo "> [${SECONDS}s] generated SSD models and sources are up to date"
ssd gen-ssd --check
ssd gen-sources --check
echo "> [${SECONDS}s] dbt parse (deprecations are errors)"
dbt deps --project-dir . --profiles-dir profiles --quiet
dbt parse --project-dir . --profiles-dir profiles --quiet \
  --warn-error-options '{"error": ["Deprecations"], "silence": ["PackageNodeDependsOnRootProjectNode"]}'
echo "> [${SECONDS}s] sqlfluff (dbt templater)"
# One pass over every hand-written model: the root project's and every supplier package's (suppliers/<name>/; all
# are parsed in one graph, selectors.yml only chooses what builds). Generated SQL is left out: models/ssd and
# models/intermediate/cutover and models/intermediate/gate (ssd gen-ssd, checked above) and the CareDirector template (the scaffolder's output,
# checked by tests/python/test_scaffold.py).
lint_paths=()
for dir in models/*/ models/intermediate/*/ suppliers/*/models/*/; do
  dir=${dir%/}
  case "$dir" in
    models/ssd | models/intermediate | models/intermediate/cutover | models/intermediate/gate | suppliers/caredirector/*) ;;
    *)
      # A model that is only a call of ssd_empty_int (a table the supplier cannot fill: the macro's SQL is what
      # runs, and it is tested by every build) has nothing of its own to lint.
      while IFS= read -r file; do
        grep -qv -e '^--' -e '^{{ ssd_empty_int(.*) }}$' -e '^$' "$file" && lint_paths+=("$file")
      done < <(find "$dir" -name '*.sql' | sort)
      ;;
  esac
done
# scripts/sqlfluff_lint.py is sqlfluff that also finds the supplier packages' files in the dbt manifest.
python scripts/sqlfluff_lint.py lint "${lint_paths[@]}" --processes 2 --disable-progress-bar
echo "> [${SECONDS}s] pytest"
set +e
# Two workers by default (SSD_TEST_WORKERS=0 runs in one process); tests of the shared small LA stay together.
workers="${SSD_TEST_WORKERS:-2}"
if [ "$workers" = 0 ]; then
  python -m pytest -q -rs --durations=15 "$@"
else
  python -m pytest -q -rs --durations=15 -n "$workers" --dist loadgroup "$@"
fi
code=$?
set -e
if [ "$code" -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi
exit "$code"

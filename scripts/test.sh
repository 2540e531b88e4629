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
dbt parse --project-dir . --profiles-dir profiles --warn-error-options '{"error": ["Deprecations"]}' --quiet
echo "> [${SECONDS}s] sqlfluff (dbt templater)"
# The default build's folders (Liquidlogic, the SSD, the marts); the other suppliers' are linted below.
default_paths=()
for dir in models/*/; do
  case "$dir" in
    models/staging/ | models/intermediate/) ;;
    *) default_paths+=("${dir%/}") ;;
  esac
done
default_paths+=(models/staging/liquidlogic models/intermediate/liquidlogic)
sqlfluff lint "${default_paths[@]}" --processes 2 --disable-progress-bar
# A supplier's folders are enabled only when ssd_supplier (or ssd_history_supplier, for an LA that changed systems)
# names it, so the other suppliers are linted two at a time with those vars; models/intermediate/cutover (enabled
# whenever a history supplier is set) is linted in the first pair.
others=()
for dir in models/intermediate/*/; do
  name=$(basename "$dir")
  [ "$name" = liquidlogic ] || [ "$name" = cutover ] || others+=("$name")
done
extra=models/intermediate/cutover
for ((i = 0; i < ${#others[@]}; i += 2)); do
  current=${others[i]}
  history=${others[i + 1]:-liquidlogic}
  paths=()
  for name in "$current" "$history"; do
    [ "$name" = liquidlogic ] && continue
    for layer in staging intermediate; do [ -d "models/$layer/$name" ] && paths+=("models/$layer/$name"); done
  done
  [ -n "$extra" ] && [ -d "$extra" ] && paths+=("$extra")
  extra=""
  echo "> [${SECONDS}s] sqlfluff (${paths[*]})"
  cfg=$(mktemp)
  printf '[sqlfluff:templater:dbt:context]\nssd_supplier = %s\nssd_history_supplier = %s\n' "$current" "$history" > "$cfg"
  sqlfluff lint --config "$cfg" "${paths[@]}" --processes 2 --disable-progress-bar
  rm -f "$cfg"
done
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

"""Build the macro test models with dbt and prove every generic test can pass AND fail.

One sandbox build per engine (tests/python/dbt_sandbox.py) runs:
  * the seeds, models/utilities and their dbt unit tests and data tests, which must all pass;
  * fixture models written below that deliberately break each generic test in
    macros/generic_tests, with tests tagged `expect_fail`: each must FAIL with exactly the number of
    failing rows in its meta.expected_failures (so a test that never fails cannot go unnoticed);
  * a unit test with a wrong expectation, which must fail (so unit tests really compare).
DuckDB always runs; PostgreSQL runs when a server answers (SSD_PG_* variables, defaults
localhost:5432 ssd/ssd), and is skipped with a message otherwise.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest

import dbt_sandbox

FIXTURE_MODELS = {
    # five rows: (a,x) twice and (null,null) twice -> 2 duplicate groups; 2 negative amounts; 2 empty
    # strings; 2 codes not matching ^[A-Z]{2}[0-9]{2}$; 2 ends before starts (1 on the date alone).
    "models/negative/neg_fixture.sql": """
select *
from (
    values
    ('1', 'a', 'x', '1', ' ', 'AB12', '2024-01-10 00:00:00', '2024-01-05 00:00:00'),
    ('2', 'a', 'x', '-1', '', 'ab12', '2024-01-05 00:00:00', '2024-01-05 00:00:00'),
    ('3', 'a', 'y', null, 'ok', 'AB123', null, '2024-01-05 00:00:00'),
    ('4', null, null, '5', null, null, '2024-01-01 00:00:00', '2024-01-02 00:00:00'),
    ('5', null, null, '-2', 'x', 'XY99', '2024-01-03 10:00:00', '2024-01-03 09:00:00')
) as fixture_rows (id, k1, k2, amount, txt, code, start_ts, end_ts)
""",
    "models/negative/neg_typed.sql": """
select
    id,
    k1,
    k2,
    cast(amount as integer) as amount,
    txt,
    code,
    cast(start_ts as timestamp) as start_ts,
    cast(end_ts as timestamp) as end_ts
from {{ ref('neg_fixture') }}
""",
    "models/negative/neg_quarantine.sql": "select 'q1' as id",
    # per child: 1 touching (fails only without allow_touching), 2 overlapping, 3 open range followed
    # by another, 4 upper before lower, 5 fine.
    "models/negative/neg_ranges.sql": """
select child_id, cast(lower_bound as date) as range_start, cast(upper_bound as date) as range_end
from (
    values
    ('1', '2024-01-01', '2024-01-10'),
    ('1', '2024-01-10', '2024-01-20'),
    ('2', '2024-01-01', '2024-01-10'),
    ('2', '2024-01-05', '2024-01-08'),
    ('3', '2024-01-01', null),
    ('3', '2024-02-01', '2024-02-05'),
    ('4', '2024-01-10', '2024-01-01'),
    ('5', '2024-01-01', '2024-01-02'),
    ('5', '2024-01-03', null)
) as fixture_rows (child_id, lower_bound, upper_bound)
""",
}


FIXTURE_YAML = """
version: 2
models:
  - name: neg_fixture
    config: {schema: utilities, tags: [expect_fail]}
  - name: neg_quarantine
    config: {schema: utilities, tags: [expect_fail]}
  - name: neg_typed
    config: {schema: utilities, tags: [expect_fail]}
    data_tests:
      - unique_combination_of_columns:
          arguments: {combination_of_columns: [k1, k2]}
          config: {tags: [expect_fail], meta: {expected_failures: 2}}
      - expression_is_true:
          arguments: {expression: "amount >= 0"}
          config: {tags: [expect_fail], meta: {expected_failures: 2}}
      - ssd_start_before_end:
          arguments: {start_column: start_ts, end_column: end_ts}
          config: {tags: [expect_fail], meta: {expected_failures: 2}}
      - ssd_start_before_end:
          arguments: {start_column: start_ts, end_column: end_ts, on_date: true}
          config: {tags: [expect_fail], meta: {expected_failures: 1}}
      - equal_rowcount:
          arguments: {compare_model: "ref('neg_quarantine')"}
          config: {tags: [expect_fail], meta: {expected_failures: 1}}
      - row_conservation:
          arguments:
            source_model: ref('neg_fixture')
            quarantine_model: ref('neg_quarantine')
          config: {tags: [expect_fail], meta: {expected_failures: 1}}
      - row_conservation:
          arguments:
            source_model: ref('neg_fixture')
            source_where: "id <> '5'"
            model_where: "id not in ('3', '4')"
          config: {tags: [expect_fail], meta: {expected_failures: 1}}
    columns:
      - name: txt
        data_tests:
          - not_empty_string:
              config: {tags: [expect_fail], meta: {expected_failures: 2}}
      - name: code
        data_tests:
          - ssd_matches_pattern:
              arguments: {pattern: "^[A-Z]{2}[0-9]{2}$"}
              config: {tags: [expect_fail], meta: {expected_failures: 2}}
      - name: amount
        data_tests:
          - expression_is_true:
              arguments: {expression: "<> -1"}
              config: {tags: [expect_fail], meta: {expected_failures: 1}}
  - name: neg_ranges
    config: {schema: utilities, tags: [expect_fail]}
    data_tests:
      - mutually_exclusive_ranges:
          arguments: {lower_bound_column: range_start, upper_bound_column: range_end, partition_by: child_id}
          config: {tags: [expect_fail], meta: {expected_failures: 3}}
      - mutually_exclusive_ranges:
          arguments:
            lower_bound_column: range_start
            upper_bound_column: range_end
            partition_by: [child_id]
            allow_touching: false
          config: {tags: [expect_fail], meta: {expected_failures: 4}}
      - mutually_exclusive_ranges:
          arguments: {lower_bound_column: range_start, upper_bound_column: range_end}
          config: {tags: [expect_fail], meta: {expected_failures: 6}}

unit_tests:
  - name: util_date_logic__wrong_expectation
    description: Must fail - proves unit tests compare values (the right answer is 4).
    model: util_date_logic
    config: {tags: [expect_fail]}
    given:
      - input: ref('util_date_cases')
        rows:
          - {case_id: christmas_2022_run, start_ts: "2022-12-23 00:00:00", end_ts: "2023-01-03 00:00:00"}
      - input: ref('ref__england_bank_holidays')
        rows:
          - {holiday_date: "2022-12-26", name: Boxing Day}
          - {holiday_date: "2022-12-27", name: Christmas Day (observed)}
          - {holiday_date: "2023-01-02", name: New Year's Day (observed)}
    expect:
      rows:
        - {case_id: christmas_2022_run, working_days: 5}
"""

FAILING_UNIT_TESTS = {"util_date_logic__wrong_expectation"}
DEPRECATIONS_AS_ERRORS = ["--warn-error-options", '{"error": ["Deprecations"]}']


def _postgres_reachable() -> str | None:
    """None when a PostgreSQL server answers with the profile's credentials, else why not."""
    try:
        import psycopg2
    except ImportError:  # pragma: no cover - psycopg2 is a project dependency
        return "psycopg2 is not installed"
    try:
        connection = psycopg2.connect(
            host=os.environ.get("SSD_PG_HOST", "localhost"),
            port=int(os.environ.get("SSD_PG_PORT", "5432")),
            user=os.environ.get("SSD_PG_USER", "ssd"),
            password=os.environ.get("SSD_PG_PASSWORD", "ssd"),
            dbname=os.environ.get("SSD_PG_DATABASE", "ssd"),
            connect_timeout=3,
        )
    except Exception as exc:  # noqa: BLE001 - any connection failure means "skip"
        return f"no PostgreSQL server reachable: {exc}".strip()
    connection.close()
    return None


def _drop_postgres_schemas(prefix: str) -> None:
    import psycopg2

    connection = psycopg2.connect(
        host=os.environ.get("SSD_PG_HOST", "localhost"),
        port=int(os.environ.get("SSD_PG_PORT", "5432")),
        user=os.environ.get("SSD_PG_USER", "ssd"),
        password=os.environ.get("SSD_PG_PASSWORD", "ssd"),
        dbname=os.environ.get("SSD_PG_DATABASE", "ssd"),
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("select nspname from pg_namespace where nspname like %s", (prefix.replace("_", r"\_") + "%",))
        for (schema,) in cursor.fetchall():
            cursor.execute(f'drop schema "{schema}" cascade')
    connection.close()


# 30,000 generated (start, end, n) cases over the seed's years, ends from 100 days before to 300
# after the start: the macros against numpy's business-day functions (an independent implementation).
PROPERTY_SQL = """
select
    s, e, n,
    {{ ssd_working_days_between('s', 'e') }} as wd,
    {{ ssd_working_days_between('s', 'e', include_start=true) }} as wd_incl,
    {{ ssd_add_working_days('s', 'n') }} as aw,
    case when {{ ssd_is_working_day('s') }} then 1 else 0 end as iw
from (
    select
        {{ ssd_add_days(ssd_date_literal('2010-01-01'), 'cast(i % 9000 as integer)') }} as s,
        {{ ssd_add_days(ssd_date_literal('2010-01-01'), 'cast(i % 9000 + (i * 7919) % 400 - 100 as integer)') }} as e,
        cast((i * 31) % 300 as integer) as n
    from generate_series(1, 30000) as t (i)
) as cases
"""


def _run_property_query(project: Path, engine: str, env: dict[str, str]) -> list[tuple[Any, ...]]:
    result = dbt_sandbox.run_dbt(project, ["compile", "--inline", PROPERTY_SQL, "--quiet"], **env)
    assert result.success, result.exception
    sql = result.result.results[0].node.compiled_code
    if engine == "duckdb":
        import duckdb

        with duckdb.connect(env["SSD_DUCKDB_PATH"]) as connection:
            return connection.execute(sql).fetchall()
    import psycopg2

    connection = psycopg2.connect(
        host=os.environ.get("SSD_PG_HOST", "localhost"),
        port=int(os.environ.get("SSD_PG_PORT", "5432")),
        user=os.environ.get("SSD_PG_USER", "ssd"),
        password=os.environ.get("SSD_PG_PASSWORD", "ssd"),
        dbname=os.environ.get("SSD_PG_DATABASE", "ssd"),
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()
    finally:
        connection.close()


@pytest.fixture(
    scope="module",
    params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Build the sandbox once per engine; returns {unique_id: (status, failures, node)} and the run."""
    engine = request.param
    env: dict[str, str] = {"SSD_TARGET": engine}
    prefix = ""
    if engine == "postgres":
        reason = _postgres_reachable()
        if reason:
            pytest.skip(reason)
        prefix = f"pytest_{uuid.uuid4().hex[:8]}_"
        env["SSD_SCHEMA_PREFIX"] = prefix
    root = tmp_path_factory.mktemp(f"sandbox_{engine}")
    env["SSD_DUCKDB_PATH"] = str(root / "sandbox.duckdb")
    files = dict(FIXTURE_MODELS)
    files["models/negative/_negative__models.yml"] = FIXTURE_YAML
    project = dbt_sandbox.make_sandbox(root, files)
    outcomes: dict[str, tuple[str, Any, Any]] = {}
    try:
        # Two runs, so a failing fixture (e.g. the wrong unit test on util_date_logic) cannot make
        # dbt build skip the real models downstream of it.
        # dbt build leaves out unit tests whose model is not selected, hence the last `dbt test`.
        for command in (
            ["build", "--exclude", "tag:expect_fail"],
            ["build", "--select", "tag:expect_fail"],
            ["test", "--select", "test_type:unit,tag:expect_fail"],
        ):
            result = dbt_sandbox.run_dbt(project, [*command, *DEPRECATIONS_AS_ERRORS], **env)
            assert result.exception is None, f"dbt {command} raised: {result.exception}"
            for item in result.result.results:
                outcomes[item.node.unique_id] = (str(item.status), item.failures, item.node)
        property_rows = _run_property_query(project, engine, env)
    finally:
        if prefix:
            _drop_postgres_schemas(prefix)
    return {"engine": engine, "outcomes": outcomes, "project": project, "property_rows": property_rows}


def _expected_to_fail(node: Any) -> bool:
    # A unit test's run-time node does not carry its tags, so those are known by name.
    if node.resource_type == "unit_test":
        return node.name in FAILING_UNIT_TESTS
    return "expect_fail" in (getattr(node, "tags", None) or [])


def test_everything_else_passes(build: dict[str, Any]) -> None:
    bad = {
        unique_id: status
        for unique_id, (status, _failures, node) in build["outcomes"].items()
        if not _expected_to_fail(node) and status not in ("pass", "success")
    }
    assert not bad, f"{build['engine']}: expected to pass: {bad}"


def test_unit_tests_ran(build: dict[str, Any]) -> None:
    unit_tests = [uid for uid in build["outcomes"] if uid.startswith("unit_test.")]
    assert len(unit_tests) >= 5, unit_tests  # 4 on the date macros + the deliberately wrong one


def test_every_generic_test_can_fail(build: dict[str, Any]) -> None:
    macro_dir = Path(dbt_sandbox.PROJECT_DIR) / "macros" / "generic_tests"
    generic_tests = {path.stem for path in macro_dir.glob("*.sql")}
    failing_kinds = {
        node.test_metadata.name
        for _status, _failures, node in build["outcomes"].values()
        if _expected_to_fail(node) and getattr(node, "test_metadata", None) is not None
    }
    assert generic_tests <= failing_kinds, f"no failing fixture for {sorted(generic_tests - failing_kinds)}"


def test_fixtures_fail_with_the_expected_counts(build: dict[str, Any]) -> None:
    wrong = {}
    for unique_id, (status, failures, node) in build["outcomes"].items():
        if not _expected_to_fail(node) or node.resource_type not in ("test", "unit_test"):
            continue
        expected = node.config.meta.get("expected_failures")
        if status != "fail" or (expected is not None and failures != expected):
            wrong[unique_id] = (status, failures, expected)
    assert not wrong, f"{build['engine']}: (status, failures, expected_failures): {wrong}"


def test_working_day_macros_agree_with_numpy(build: dict[str, Any]) -> None:
    import csv

    import numpy as np

    seed = dbt_sandbox.PROJECT_DIR / "seeds" / "ref" / "ref__england_bank_holidays.csv"
    with seed.open(encoding="utf-8", newline="") as handle:
        holidays = np.array([row["holiday_date"] for row in csv.DictReader(handle)], dtype="datetime64[D]")
    rows = build["property_rows"]
    assert len(rows) == 30000
    start, end = (np.array([row[i] for row in rows], dtype="datetime64[D]") for i in (0, 1))
    n = np.array([row[2] for row in rows])
    # working days in (start, end], negated when end < start
    expected_wd = np.where(
        end >= start,
        np.busday_count(start + 1, end + 1, holidays=holidays),
        -np.busday_count(end + 1, start + 1, holidays=holidays),
    )
    # ... in [start, end] with include_start
    expected_incl = np.where(
        end >= start - 1,
        np.busday_count(start, end + 1, holidays=holidays),
        -np.busday_count(end + 1, start, holidays=holidays),
    )
    # n-th working day after start: roll back to a working day, then step n working days
    expected_aw = np.where(n == 0, start, np.busday_offset(start, n, roll="backward", holidays=holidays))
    expected_iw = np.is_busday(start, holidays=holidays).astype(int)
    got_aw = np.array([row[5] for row in rows], dtype="datetime64[D]")
    assert (np.array([row[3] for row in rows]) == expected_wd).all()
    assert (np.array([row[4] for row in rows]) == expected_incl).all()
    assert (got_aw == expected_aw).all()
    assert (np.array([row[6] for row in rows]) == expected_iw).all()

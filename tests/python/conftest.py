"""Shared fixtures: a simulated Liquidlogic LA built into DuckDB (and PostgreSQL when there is one)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from ssd_kit.db import PROJECT_DIR, Target, connect

from _support import NO_RETURNS, build_la

# Parallel runs (pytest-xdist, `-n 2 --dist loadgroup` in scripts/test.sh): each worker gives dbt its own target
# and log folders, so two dbt processes never share manifest.json, run_results.json or partial parsing state.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
if _WORKER:
    os.environ["DBT_TARGET_PATH"] = str(PROJECT_DIR / "target" / f"pytest-{_WORKER}")
    os.environ["DBT_LOG_PATH"] = str(PROJECT_DIR / "logs" / f"pytest-{_WORKER}")

# Fixtures that build the shared small Liquidlogic LA (session scope): their tests must share one worker, or each
# worker would build the LA again.
_SHARED_LA_FIXTURES = frozenset({"duckdb_la", "returns_by_year", "truth_tables"})
# The tiny LA rendered into every simulated supplier (session scope, built once per supplier on first use): the
# supplier modules and the cross-supplier equivalence share it, so they share one worker too.
_TINY_SUPPLIER_FIXTURES = frozenset({"tiny_la"})


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which turns the marks into groups (nodeid@group)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Group tests for xdist's loadgroup: every test of the shared LA together, any other module on its own (its
    module-scoped LA is then built once). Without xdist the marks do nothing."""
    def module(item: pytest.Item) -> str:
        return item.module.__name__ if getattr(item, "module", None) else item.nodeid

    # A module with any test on the shared LA goes whole into its group (its own module fixtures stay on one worker).
    shared = {module(i) for i in items if _SHARED_LA_FIXTURES.intersection(getattr(i, "fixturenames", ()))}
    tiny = {module(i) for i in items if _TINY_SUPPLIER_FIXTURES.intersection(getattr(i, "fixturenames", ()))}
    for item in items:
        name = module(item)
        group = "shared_small_la" if name in shared else "tiny_suppliers" if name in tiny else name
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session")
def duckdb_la(tmp_path_factory: pytest.TempPathFactory) -> Target:
    """A small Liquidlogic LA, simulated and built on DuckDB once per test session."""
    path = tmp_path_factory.mktemp("duckdb") / "ssd.duckdb"
    target = replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")
    os.environ.pop("SSD_SCHEMA_PREFIX", None)
    build_la(target, "small")
    return target


@pytest.fixture(scope="session")
def tiny_la(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Target]:
    """tiny_la(supplier): the tiny LA (seed SEED) rendered into that supplier's raw schema and dbt built (with the
    returns, except for a supplier whose supplier.yml says it cannot make them), each in its own DuckDB file. Every
    supplier gets the same truth, so the builds can also be compared with each other."""
    built: dict[str, Target] = {}

    def get(supplier: str) -> Target:
        if supplier not in built:
            path = tmp_path_factory.mktemp(f"tiny_{supplier}") / "ssd.duckdb"
            target = replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")
            os.environ.pop("SSD_SCHEMA_PREFIX", None)
            build_la(target, "tiny", supplier=supplier, returns=supplier not in NO_RETURNS)
            built[supplier] = target
        return built[supplier]

    return get


def postgres_available(target: Target) -> str | None:
    """None when PostgreSQL answers, else the reason it does not."""
    try:
        with connect(target) as con:
            con.cursor().execute("select 1")
    except Exception as exc:  # psycopg2.OperationalError and friends
        return str(exc).strip().splitlines()[0]
    return None


@pytest.fixture(scope="session")
def postgres_target() -> Target:
    target = replace(Target.from_env("postgres"), schema_prefix="pytest_")
    why = postgres_available(target)
    if why:
        msg = f"PostgreSQL part SKIPPED: no server reachable ({target.describe()}: {why})"
        if os.environ.get("SSD_REQUIRE_POSTGRES") == "1":
            pytest.fail(msg + " but SSD_REQUIRE_POSTGRES=1")
        pytest.skip(msg)
    return target


@pytest.fixture(scope="session")
def project_dir() -> Path:
    return Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def returns_by_year(duckdb_la: Target) -> dict:
    """{reporting year: {rpt_ model: rows}} for the small LA, built for 2024/25 and 2025/26."""
    from _support import build_returns

    return build_returns(duckdb_la)


@pytest.fixture(scope="session")
def truth_tables(duckdb_la: Target) -> dict:
    from _support import read_truth

    return read_truth(duckdb_la)

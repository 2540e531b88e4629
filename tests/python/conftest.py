"""Shared fixtures: a simulated Liquidlogic LA built into DuckDB (and PostgreSQL when there is one)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from ssd_kit.db import Target, connect

from _support import build_la


@pytest.fixture(scope="session")
def duckdb_la(tmp_path_factory: pytest.TempPathFactory) -> Target:
    """A small Liquidlogic LA, simulated and built on DuckDB once per test session."""
    path = tmp_path_factory.mktemp("duckdb") / "ssd.duckdb"
    target = replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")
    os.environ.pop("SSD_SCHEMA_PREFIX", None)
    build_la(target, "small")
    return target


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

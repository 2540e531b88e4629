"""The same dbt build passes on PostgreSQL, and its SSD equals the truth there too."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from ssd_kit import spec
from ssd_kit.db import Target, connect
from ssd_sim.oracle import compare_all, format_report

from _support import build_la

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def postgres_la(postgres_target: Target) -> Target:
    # Its own schema prefix: other modules' PostgreSQL schemas (pytest_eclipse_, pytest_conf_...) may be in use by a
    # parallel test worker, and this fixture drops every schema under its prefix first.
    postgres_target = replace(postgres_target, schema_prefix="pytest_ll_")
    with connect(postgres_target) as con:
        cur = con.cursor()
        cur.execute("select nspname from pg_namespace where nspname like %s", (postgres_target.schema_prefix + "%",))
        for (schema,) in cur.fetchall():
            cur.execute(f'drop schema "{schema}" cascade')
    os.environ["SSD_SCHEMA_PREFIX"] = postgres_target.schema_prefix
    try:
        build_la(postgres_target, "tiny")
    finally:
        os.environ.pop("SSD_SCHEMA_PREFIX", None)
    return postgres_target


def test_postgres_ssd_equals_truth(postgres_la: Target) -> None:
    results = compare_all(postgres_la, list(spec.ALL_TABLES))
    assert all(r.ok for r in results), format_report(results)
    assert sum(r.truth_rows for r in results) > 0


def test_postgres_returns_equal_the_oracle(postgres_la: Target) -> None:
    """The return models build on PostgreSQL and equal the oracle computed from the truth there."""

    from ssd_sim.returns.oracle import compare_returns, compute_returns, format_diffs

    from _support import AS_AT, build_returns, read_truth

    os.environ["SSD_SCHEMA_PREFIX"] = postgres_la.schema_prefix
    try:
        built = build_returns(postgres_la, years=(2026,))[2026]
    finally:
        os.environ.pop("SSD_SCHEMA_PREFIX", None)
    assert built, "no rpt_ tables were built on PostgreSQL"
    expected = compute_returns(read_truth(postgres_la), 2026, AS_AT, 6)
    diffs = compare_returns(expected, built)
    assert all(d.ok for d in diffs), format_diffs(diffs)

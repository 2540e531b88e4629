"""Helpers shared by the tests (importable because pytest puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ssd_kit import pipeline
from ssd_kit.db import Target
from ssd_sim import pipeline as sim_pipeline

AS_AT = dt.date(2026, 10, 31)
SEED = 20260331


def build_la(
    target: Target, profile: str, seed: int = SEED, supplier: str = "liquidlogic", returns: bool = True
) -> tuple[Target, str]:
    """Simulate + load an LA (rendered into `supplier`'s raw schema) and dbt build it; return (target, dbt tail).

    returns=False leaves out models/marts/returns, for a supplier whose SSD is not complete yet (its returns
    would rightly fail their tests, e.g. 903 LS with no legal status).
    """
    sim_pipeline.simulate_and_load(target, profile, seed, 6, AS_AT, supplier=supplier)
    command = ["build"] if returns else ["build", "--exclude", "path:models/marts/returns"]
    proc = pipeline.run_dbt(command, target, pipeline.dbt_vars(AS_AT, supplier=supplier), quiet=True)
    tail = "\n".join((proc.stdout or "").splitlines()[-40:])
    assert proc.returncode == 0, f"dbt build failed:\n{tail}"
    return target, tail


RETURN_YEARS = (2025, 2026)
# Simulated suppliers with no placements, CIN or CP tables: their SSD cannot make the returns (built without them).
NO_RETURNS = frozenset({"azeus"})


def build_returns(target: Target, years: tuple[int, ...] = RETURN_YEARS) -> dict[int, dict[str, pd.DataFrame]]:
    """Rebuild models/marts/returns for each reporting year; return {year: {model name: rows}}.

    The return models live in one schema, so each year is built and read before the next overwrites it.
    """
    from ssd_kit.db import query_df

    out: dict[int, dict[str, pd.DataFrame]] = {}
    for year in years:
        variables = dict(pipeline.dbt_vars(AS_AT, reporting_year=year), la_code="999")
        proc = pipeline.run_dbt(["run", "--select", "path:models/marts/returns"], target, variables, quiet=True)
        tail = "\n".join((proc.stdout or "").splitlines()[-40:])
        assert proc.returncode == 0, f"dbt run of the returns for {year} failed:\n{tail}"
        names = query_df(
            target,
            "select table_name from information_schema.tables "
            f"where table_schema = '{target.schema('returns')}' and table_name like 'rpt_%'",
        )["table_name"]
        out[year] = {n: query_df(target, f"select * from {target.rel('returns', n)}") for n in sorted(names)}
    return out


def read_truth(target: Target) -> dict[str, pd.DataFrame]:
    """The simulator's truth tables as loaded beside the raw tables (schema `truth`)."""
    from ssd_kit import spec
    from ssd_kit.db import query_df

    return {t: query_df(target, f"select * from {target.rel('truth', t)}") for t in spec.ALL_TABLES}

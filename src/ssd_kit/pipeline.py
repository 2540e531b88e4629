"""The steps the CLI strings together: run dbt, summarise what was built (simulating an LA: ssd_sim.pipeline)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ssd_kit import spec, suppliers
from ssd_kit.db import Target, dbt_target_dir, project_dir, query_df

DEFAULT_AS_AT = dt.date(2026, 10, 31)


def reporting_year_for(as_at: dt.date) -> int:
    """The latest financial year (ending 31 March) that has ended on or before as_at."""
    return as_at.year if (as_at.month, as_at.day) >= (3, 31) else as_at.year - 1


def supplier_schema(supplier: str) -> str:
    """The raw schema of a supplier: raw.default_schema of its supplier.yml, else dbt var <supplier>_schema, else
    the supplier's name."""
    if suppliers.exists(supplier):
        return suppliers.load(supplier).default_schema
    import yaml

    config = yaml.safe_load((project_dir() / "dbt_project.yml").read_text(encoding="utf-8")) or {}
    return str((config.get("vars") or {}).get(f"{supplier}_schema") or supplier)


def dbt_executable() -> str:
    found = shutil.which("dbt") or str(Path(sys.executable).parent / "dbt")
    return found


def dbt_vars(
    as_at: dt.date, reporting_year: int | None = None, supplier: str = "liquidlogic",
    history_supplier: str | None = None,
) -> dict:
    out = {
        "as_at_date": as_at.isoformat(),
        "reporting_year": reporting_year or reporting_year_for(as_at),
        "ssd_supplier": supplier,
    }
    if history_supplier is not None:  # an LA that changed systems: both suppliers' models are built
        out["ssd_history_supplier"] = history_supplier
    return out


def run_dbt(
    command: list[str], target: Target, variables: Mapping[str, object], quiet: bool = False
) -> subprocess.CompletedProcess:
    """Run dbt in a subprocess against the project, with our profiles and vars; never raises on failure."""
    env = dict(os.environ, SSD_TARGET=target.kind, SSD_DUCKDB_PATH=str(target.duckdb_path))
    args = [
        dbt_executable(),
        *command,
        "--project-dir", str(project_dir()),
        "--profiles-dir", str(project_dir() / "profiles"),
        "--target", target.kind,
        "--vars", json.dumps(dict(variables)),
    ]
    return subprocess.run(args, cwd=project_dir(), env=env, text=True, capture_output=quiet, check=False)


def run_results() -> pd.DataFrame:
    path = dbt_target_dir() / "run_results.json"
    if not path.exists():
        return pd.DataFrame(columns=["unique_id", "status", "resource_type"])
    data = json.loads(path.read_text())
    rows = [
        {"unique_id": r["unique_id"], "status": r["status"], "resource_type": r["unique_id"].split(".")[0]}
        for r in data["results"]
    ]
    return pd.DataFrame(rows)


def summary(target: Target) -> pd.DataFrame:
    """Per SSD table: rows built and rows quarantined (from dq_conservation)."""
    try:
        return query_df(
            target,
            f'select ssd_table, supplier_rows, ssd_rows, quarantined_rows, unaccounted_rows '
            f'from {target.rel("quality", "dq_conservation")} order by ssd_table',
        )
    except Exception:
        return pd.DataFrame({"ssd_table": list(spec.ALL_TABLES)})


def quarantine_by_category(target: Target) -> pd.DataFrame:
    """Rows kept out of the SSD, by category (scope / orphan / data_quality) and reason."""
    try:
        return query_df(
            target,
            f'select dq_category, dq_reason, count(*) as n from {target.rel("quality", "dq_quarantine")} '
            f"group by dq_category, dq_reason order by dq_category, n desc",
        )
    except Exception:
        return pd.DataFrame(columns=["dq_category", "dq_reason", "n"])

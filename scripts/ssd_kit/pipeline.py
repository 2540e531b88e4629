"""The steps the CLI strings together: simulate and load an LA, run dbt, summarise what was built."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ssd_kit import render, spec
from ssd_kit.db import PROJECT_DIR, Target, dbt_target_dir, query_df, write_files, write_tables

SUPPLIERS = render.SUPPLIERS
DEFAULT_AS_AT = dt.date(2026, 10, 31)


def reporting_year_for(as_at: dt.date) -> int:
    """The latest financial year (ending 31 March) that has ended on or before as_at."""
    return as_at.year if (as_at.month, as_at.day) >= (3, 31) else as_at.year - 1


def render_supplier(supplier: str, truth: Mapping[str, pd.DataFrame], seed: int) -> dict[str, pd.DataFrame]:
    return render.supplier_module(supplier).render(truth, seed=seed)


def supplier_schema(supplier: str) -> str:
    """The raw schema of a supplier: its renderer's DEFAULT_SCHEMA, else dbt var <supplier>_schema (as the
    scaffolder's dbt_project.yml block sets it), else the supplier's name."""
    if supplier in SUPPLIERS:
        return render.supplier_module(supplier).DEFAULT_SCHEMA
    import yaml

    config = yaml.safe_load((PROJECT_DIR / "dbt_project.yml").read_text(encoding="utf-8")) or {}
    return str((config.get("vars") or {}).get(f"{supplier}_schema") or supplier)


@dataclass
class SimulationResult:
    truth_rows: dict[str, int]
    raw_rows: dict[str, int]


def simulate_and_load(
    target: Target,
    profile: str,
    seed: int,
    years: int,
    as_at: dt.date,
    supplier: str = "liquidlogic",
    files: Path | None = None,
    file_format: str = "csv",
    step: Callable[[str], None] = lambda _msg: None,
    history_supplier: str | None = None,
    cutover_date: dt.date | None = None,
) -> SimulationResult:
    """Simulate an LA, write its truth (schema `truth`) and its raw supplier tables.

    With history_supplier and cutover_date, the LA changed systems: the truth is split at the cut-over
    (ssd_kit.render.cutover) and rendered into both raw schemas (history and `supplier`, the new system).
    """
    from ssd_kit.simulate import simulate

    step(f"simulating a {profile} LA (seed {seed}, {years} years to {as_at})")
    truth = simulate(profile=profile, seed=seed, years=years, as_at=as_at)
    if history_supplier is not None:
        return _load_cutover(target, truth, seed, supplier, history_supplier, cutover_date, files, file_format, step)
    step(f"rendering the {supplier} raw schema")
    raw = render_supplier(supplier, truth, seed)
    step(f"writing truth and raw tables to {target.describe()}")
    write_tables(target, "truth", truth)
    write_tables(target, supplier_schema(supplier), raw)
    if files is not None:
        step(f"writing {file_format} extracts to {files}")
        write_files(files / supplier, raw, file_format)
        write_files(files / "truth", truth, file_format)
    return SimulationResult({k: len(v) for k, v in truth.items()}, {k: len(v) for k, v in raw.items()})


def _load_cutover(
    target: Target,
    truth: Mapping[str, pd.DataFrame],
    seed: int,
    supplier: str,
    history_supplier: str,
    cutover_date: dt.date | None,
    files: Path | None,
    file_format: str,
    step: Callable[[str], None],
) -> SimulationResult:
    from ssd_kit.render.cutover import split_truth

    if cutover_date is None:
        raise ValueError("a history supplier needs a cut-over date")
    if history_supplier == supplier:
        raise ValueError("the history supplier must differ from the (new) supplier")
    split = split_truth(truth, cutover_date)
    step(
        f"cut-over {cutover_date}: {len(split.migrated)} people migrated, {len(split.new_only)} new, "
        f"{len(split.history['ssd_person']) - len(split.migrated)} in {history_supplier} only"
    )
    raw_rows: dict[str, int] = {}
    write_tables(target, "truth", truth)
    for name, part in ((history_supplier, split.history), (supplier, split.new)):
        step(f"rendering the {name} raw schema")
        raw = render_supplier(name, part, seed)
        step(f"writing {name} raw tables to {target.describe()}")
        write_tables(target, supplier_schema(name), raw)
        raw_rows.update({f"{name}.{k}": len(v) for k, v in raw.items()})
        if files is not None:
            write_files(files / name, raw, file_format)
    if files is not None:
        write_files(files / "truth", truth, file_format)
    return SimulationResult({k: len(v) for k, v in truth.items()}, raw_rows)


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


def supplier_packages(project_dir: Path = PROJECT_DIR) -> list[str]:
    """The suppliers whose mapping is a local dbt package, suppliers/<name>/ (listed in packages.yml)."""
    return sorted(p.parent.name for p in (project_dir / "suppliers").glob("*/dbt_project.yml"))


def ensure_dbt_deps(project_dir: Path = PROJECT_DIR) -> None:
    """`dbt deps` when dbt_packages/ lacks a supplier package (a fresh checkout or a new supplier); it only links
    the local packages, so it works offline."""
    installed = project_dir / "dbt_packages"
    if all((installed / f"ssd_{name}").exists() for name in supplier_packages(project_dir)):
        return
    subprocess.run(
        [dbt_executable(), "deps", "--project-dir", str(project_dir), "--profiles-dir", str(PROJECT_DIR / "profiles"),
         "--quiet"],
        cwd=project_dir, check=True,
    )


def with_supplier_exclusions(command: list[str], variables: Mapping[str, object]) -> list[str]:
    """dbt ignores selectors.yml's default selector (which leaves out every supplier package but the chosen
    ones) once --select or --exclude is given, so add that exclusion to such a command."""
    if "--selector" in command or not {"--select", "-s", "--exclude", "--models", "-m"} & set(command):
        return list(command)
    chosen = {variables.get("ssd_supplier", "liquidlogic"), variables.get("ssd_history_supplier")}
    others = [f"tag:supplier,tag:{name}" for name in supplier_packages() if name not in chosen]
    cmd = list(command)
    if not others:
        return cmd
    if "--exclude" in cmd:
        at = cmd.index("--exclude") + 1
        cmd[at:at] = others
    else:
        cmd += ["--exclude", *others]
    return cmd


def run_dbt(
    command: list[str], target: Target, variables: Mapping[str, object], quiet: bool = False
) -> subprocess.CompletedProcess:
    """Run dbt in a subprocess against the project, with our profiles and vars; never raises on failure.

    Only the supplier packages the vars name are built, with or without --select / --exclude."""
    ensure_dbt_deps()
    env = dict(os.environ, SSD_TARGET=target.kind, SSD_DUCKDB_PATH=str(target.duckdb_path))
    args = [
        dbt_executable(),
        *with_supplier_exclusions(command, variables),
        "--project-dir", str(PROJECT_DIR),
        "--profiles-dir", str(PROJECT_DIR / "profiles"),
        "--target", target.kind,
        "--vars", json.dumps(dict(variables)),
    ]
    return subprocess.run(args, cwd=PROJECT_DIR, env=env, text=True, capture_output=quiet, check=False)


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

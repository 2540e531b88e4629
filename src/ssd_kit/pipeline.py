"""The steps the CLI strings together: run dbt, summarise what was built (simulating an LA: ssd_sim.pipeline)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ssd_kit import spec, suppliers
from ssd_kit.db import Target, dbt_target_dir, owner_only, project_dir, query_df

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


def supplier_packages(root: Path | None = None) -> list[str]:
    """The suppliers whose mapping is a local dbt package, suppliers/<name>/ (listed in packages.yml)."""
    return sorted(p.parent.name for p in ((root or project_dir()) / "suppliers").glob("*/dbt_project.yml"))


def ensure_dbt_deps(root: Path | None = None) -> None:
    """`dbt deps` when dbt_packages/ lacks a supplier package (a fresh checkout or a new supplier); it only links
    the local packages, so it works offline."""
    root = root or project_dir()
    installed = root / "dbt_packages"
    if all((installed / f"ssd_{name}").exists() for name in supplier_packages(root)):
        return
    subprocess.run(
        [dbt_executable(), "deps", "--project-dir", str(root), "--profiles-dir", str(project_dir() / "profiles"),
         "--quiet"],
        cwd=root, check=True,
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

    dbt runs in its own process group. If this process is interrupted (Ctrl-C, SIGTERM, SIGHUP) dbt is stopped
    too: SIGINT first (dbt cancels its queries), SIGKILL after 15 s; a dbt still running when this process dies
    gets SIGTERM from the kernel (Linux). The build then never reaches its on-run-end hook, so its record in
    ssd_meta.ssd_builds stays unfinished and is marked 'interrupted' here; `ssd export` refuses it. The
    interruption is re-raised (KeyboardInterrupt).

    Only the supplier packages the vars name are built, with or without --select / --exclude.
    """
    ensure_dbt_deps()
    env = dict(
        os.environ, SSD_TARGET=target.kind, SSD_DUCKDB_PATH=str(target.duckdb_path),
        SSD_SCHEMA_PREFIX=target.schema_prefix,
    )
    if target.kind == "postgres" and target.pg_params:
        env["SSD_PG_PASSWORD"] = dict(target.pg_params)["password"]  # profiles.yml requires it
    args = [
        dbt_executable(),
        *with_supplier_exclusions(command, variables),
        "--project-dir", str(project_dir()),
        "--profiles-dir", str(project_dir() / "profiles"),
        "--target", target.kind,
        "--vars", json.dumps(dict(variables)),
    ]
    pipe = subprocess.PIPE if quiet else None
    started = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) - dt.timedelta(seconds=5)
    parse_state = None if "--target-path" in command else _PartialParseState(target.kind, variables)
    if parse_state:
        parse_state.restore()
    with _interrupts_as_keyboard_interrupt():
        proc = subprocess.Popen(
            args, cwd=project_dir(), env=env, text=True, stdout=pipe, stderr=pipe,
            start_new_session=True, preexec_fn=_die_with_parent,
        )
        try:
            out, err = proc.communicate()
        except BaseException:
            _stop(proc)
            with contextlib.suppress(Exception):
                from ssd_kit.buildstate import mark_interrupted

                mark_interrupted(target, started)
            raise
    if parse_state:
        parse_state.keep()
    logs = Path(os.environ.get("DBT_LOG_PATH") or project_dir() / "logs")  # dbt's log may quote data: owner-only
    owner_only(logs, directory=True)
    owner_only(logs / "dbt.log")
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


class _PartialParseState:
    """dbt re-parses the whole project (about 16 CPU seconds here) whenever --vars differ from the previous
    invocation's, and this project's commands alternate vars (supplier, reporting year, as-at date). So dbt's
    partial-parse file is kept per (target, vars) beside it and put back before an invocation with the same vars.
    dbt still checks the file against the project's files, profile and env vars and parses in full when anything
    changed, so a kept file can only save time, never give a stale manifest."""

    def __init__(self, kind: str, variables: Mapping[str, object]) -> None:
        key = hashlib.sha256(json.dumps([kind, dict(variables)], sort_keys=True, default=str).encode()).hexdigest()
        self.live = dbt_target_dir() / "partial_parse.msgpack"
        self.kept = dbt_target_dir() / "partial_parse_by_vars" / f"{key[:20]}.msgpack"

    def restore(self) -> None:
        if self.kept.is_file():
            with contextlib.suppress(OSError):
                shutil.copyfile(self.kept, self.live)

    def keep(self) -> None:
        if self.live.is_file():
            with contextlib.suppress(OSError):
                self.kept.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.live, self.kept)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the kernel sends dbt SIGTERM if this process dies first (even by SIGKILL)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _stop(proc: subprocess.Popen) -> None:
    """Stop dbt and everything it started: SIGINT to its process group, SIGKILL if it has not gone in 15 s."""
    for sig, wait in ((signal.SIGINT, 15), (signal.SIGKILL, 5)):
        if proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=wait)


@contextlib.contextmanager
def _interrupts_as_keyboard_interrupt():
    """SIGTERM and SIGHUP raise KeyboardInterrupt while dbt runs, so the child is stopped, not orphaned (only the
    main thread can install handlers; elsewhere nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signal.Signals(signum).name}")

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


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

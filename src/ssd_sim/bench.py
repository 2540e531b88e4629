"""The benchmark: wall time and peak memory (RSS of the whole process tree) per step and LA size.

Each step runs in its own subprocess, as a user would run it, against a fresh DuckDB file per
profile (target/bench_<profile>.duckdb), so the numbers include start-up and are comparable.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import psutil

from ssd_kit import pipeline
from ssd_kit.db import PROJECT_DIR, Target, query_scalar


@dataclass
class BenchRow:
    profile: str
    step: str
    seconds: float
    peak_rss_mb: float
    rows: int
    ok: bool


def _measure(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run args; return (seconds, peak RSS of the process tree in MB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=PROJECT_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    return time.perf_counter() - start, peak / 2**20, proc.returncode


def run_bench(
    target: Target, profiles: list[str], seed: int, step: Callable[[str], None] = lambda _m: None,
    equivalence: bool = False,
) -> list[BenchRow]:
    rows: list[BenchRow] = []
    for profile in profiles:
        tgt = target
        if target.kind == "duckdb":
            tgt = replace(target, duckdb_path=PROJECT_DIR / "target" / f"bench_{profile}.duckdb")
            tgt.duckdb_path.unlink(missing_ok=True)
        env = dict(os.environ, SSD_TARGET=tgt.kind, SSD_DUCKDB_PATH=str(tgt.duckdb_path))
        if tgt.kind == "postgres" and tgt.pg_params:  # profiles.yml requires it (plain dbt below)
            env["SSD_PG_PASSWORD"] = dict(tgt.pg_params)["password"]
        step(f"{profile}: simulate")
        sim = [sys.executable, "-m", "ssd_kit.cli", "simulate", "--profile", profile, "--seed", str(seed),
               "--target", tgt.kind]
        secs, mb, code = _measure(sim, env)
        n_truth = _count(tgt, "truth") if code == 0 else 0
        rows.append(BenchRow(profile, "simulate + load", secs, mb, n_truth, code == 0))
        step(f"{profile}: dbt build")
        pipeline.ensure_dbt_deps()
        build = [pipeline.dbt_executable(), "build", "--project-dir", str(PROJECT_DIR),
                 "--profiles-dir", str(PROJECT_DIR / "profiles"), "--target", tgt.kind]
        secs, mb, code = _measure(build, env)
        n_ssd = _count(tgt, "ssd") if code == 0 else 0
        rows.append(BenchRow(profile, "dbt build", secs, mb, n_ssd, code == 0))
        step(f"{profile}: returns (build + test the return models, write CIN XML, 903 CSVs, Annex A)")
        year = pipeline.reporting_year_for(pipeline.DEFAULT_AS_AT)
        out = PROJECT_DIR / "target" / f"bench_{profile}_returns"
        export = [sys.executable, "-m", "ssd_kit.cli", "export", "--year", str(year), "--la-code", "999",
                  "--out", str(out), "--target", tgt.kind]
        secs, mb, code = _measure(export, env)
        n_rpt = _count_returns(tgt) if code == 0 else 0
        rows.append(BenchRow(profile, "returns: build + write", secs, mb, n_rpt, code == 0))
        if equivalence:
            step(f"{profile}: equivalence (one LA through Liquidlogic, Mosaic and Eclipse, compared)")
            folder = PROJECT_DIR / "target" / f"bench_{profile}_equivalence"
            cmd = [sys.executable, "-m", "ssd_kit.cli", "equivalence", "--profile", profile, "--seed", str(seed),
                   "--workdir", str(folder)]
            secs, mb, code = _measure(cmd, env)
            rows.append(BenchRow(profile, "equivalence: 3 suppliers", secs, mb, n_truth if code == 0 else 0,
                                 code == 0))
    return rows


def _count(target: Target, schema: str) -> int:
    """Total rows over all the SSD tables in a schema."""
    from ssd_kit import spec

    total = 0
    for t in spec.ALL_TABLES:
        try:
            total += int(query_scalar(target, f"select count(*) from {target.rel(schema, t)}") or 0)
        except Exception:
            continue
    return total


def _count_returns(target: Target) -> int:
    """Total rows over the rpt_ tables of the returns schema."""
    from ssd_kit.returns.export import return_tables

    return sum(len(frame) for frame in return_tables(target).values())

"""Issue #9 part 1: returns are never written from a failed, interrupted, partial or stale build.

One tiny Liquidlogic LA in its own DuckDB file, taken through the states in order (the tests of this module
share it and run in file order): a clean build exports; a raw reload makes it stale; a partial --select build,
a failing build and a killed `ssd build` are each refused, with the reason named, and nothing is written.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import psutil
import pytest

from ssd_kit import buildstate, pipeline
from ssd_kit.db import PROJECT_DIR, Target, connect
from ssd_sim import pipeline as sim_pipeline

from _support import AS_AT, build_la

YEAR = 2026


@pytest.fixture(scope="module")
def la(tmp_path_factory: pytest.TempPathFactory) -> Target:
    path = tmp_path_factory.mktemp("buildstate") / "rel_state.duckdb"
    target = replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")
    build_la(target, "tiny")
    return target


def ssd(target: Target, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, SSD_DUCKDB_PATH=str(target.duckdb_path), SSD_SCHEMA_PREFIX="", COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "ssd_kit", *args], cwd=PROJECT_DIR, env=env, text=True, capture_output=True,
        timeout=timeout, check=False,
    )


def export(target: Target, out: Path) -> subprocess.CompletedProcess:
    return ssd(target, "export", "--year", str(YEAR), "--la-code", "201", "--out", str(out))


def written(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file()) if out.exists() else []


def test_clean_build_exports(la: Target, tmp_path: Path) -> None:
    build = buildstate.check_ready(la)
    assert (build.status, build.command, build.ssd_ok, build.ssd_total) == ("passed", "build", 48, 48)
    proc = export(la, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr[-3000:]
    names = {p.name for p in written(tmp_path / "out")}
    assert {"cin_census_2026.xml", "episodes.csv", "header.csv"} <= names


def test_raw_reload_after_a_passing_build_is_stale(la: Target, tmp_path: Path) -> None:
    sim_pipeline.simulate_and_load(la, "tiny", 99, 6, AS_AT)  # a new raw load, not built yet
    with pytest.raises(buildstate.NotReady, match="loaded again since"):
        buildstate.check_ready(la)
    proc = export(la, tmp_path / "out")
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert "no returns were written" in proc.stderr and "stale" in proc.stderr
    assert written(tmp_path / "out") == []


def test_partial_build_is_refused(la: Target, tmp_path: Path) -> None:
    proc = pipeline.run_dbt(["build", "--select", "ssd_version_log"], la, pipeline.dbt_vars(AS_AT), quiet=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
    with pytest.raises(buildstate.NotReady, match=r"built only 1 of the 48 SSD models"):
        buildstate.check_ready(la)
    assert export(la, tmp_path / "out").returncode == 2
    assert written(tmp_path / "out") == []


def test_failing_build_is_refused_and_summary_not_shown(la: Target, tmp_path: Path) -> None:
    """A raw table the staging layer reads is gone (a truncated / broken extract): dbt fails; the previous SSD
    tables are still there, and must not be exported or summarised as if current."""
    with connect(la) as con:
        con.execute('drop table "rel_state"."child_social"."FACT_REFERRALS" cascade')
    proc = ssd(la, "build")
    assert proc.returncode != 0
    assert "not showing the SSD tables" in proc.stderr
    assert "SSD tables built in" not in proc.stdout + proc.stderr
    with pytest.raises(buildstate.NotReady, match=r"failed \(\d+ node\(s\) errored"):
        buildstate.check_ready(la)
    out = export(la, tmp_path / "out")
    assert out.returncode == 2 and "failed" in out.stderr
    assert written(tmp_path / "out") == []


def test_killed_build_stops_dbt_and_is_refused(la: Target, tmp_path: Path) -> None:
    sim_pipeline.simulate_and_load(la, "tiny", 99, 6, AS_AT)  # the raw tables whole again
    log = tmp_path / "build.log"
    env = dict(os.environ, SSD_DUCKDB_PATH=str(la.duckdb_path), SSD_SCHEMA_PREFIX="")
    with log.open("w") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "ssd_kit", "build"], cwd=PROJECT_DIR, env=env,
                                stdout=sink, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 240
        while "START sql" not in log.read_text() and time.monotonic() < deadline:  # models are being built
            assert proc.poll() is None, log.read_text()[-3000:]
            time.sleep(0.5)
        time.sleep(3)
        children = psutil.Process(proc.pid).children(recursive=True)
        assert any("dbt" in " ".join(c.cmdline()) for c in children), "no dbt child found"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    gone, alive = psutil.wait_procs(children, timeout=30)
    assert not alive, f"dbt still running after ssd build was killed: {[c.pid for c in alive]}"
    assert proc.returncode != 0
    with pytest.raises(buildstate.NotReady, match="did not finish"):
        buildstate.check_ready(la)
    assert buildstate.latest_ssd_build(la).status == "interrupted"
    assert export(la, tmp_path / "out").returncode == 2
    assert written(tmp_path / "out") == []

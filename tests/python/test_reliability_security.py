"""Issue #9 part 4: what the toolkit writes is safe to open, private to its owner, and settings cannot run SQL."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssd_kit import db
from ssd_kit.csvsafe import neutralise
from ssd_kit.db import PROJECT_DIR, Target
from ssd_kit.returns import ssda903_files as w


def episodes(home_post: str) -> pd.DataFrame:
    return pd.DataFrame({
        "CHILD": ["100234"], "DECOM": [pd.Timestamp("2025-03-31")], "RNE": ["S"], "LS": ["C2"], "CIN": ["N1"],
        "PLACE": ["U1"], "PLACE_PROVIDER": ["PR1"], "DEC": [pd.NaT], "REC": [None], "REASON_PLACE_CHANGE": [None],
        "HOME_POST": [home_post], "PL_POST": [np.nan], "URN": ["SC123456"],
    })


def test_903_postcode_formula_is_neutralised() -> None:
    text = w.to_csv_bytes("rpt_ssda903__episodes", episodes("@SUM(A1)")).decode()
    row = text.split("\r\n")[1]
    assert row.endswith(",'@SUM(A1),,SC123456")
    assert ",@SUM" not in text


@pytest.mark.parametrize("value", ["=1+2", "+44 1234", "-2+3", "@cmd", "\tX", "\rX", "=HYPERLINK(\"x\")"])
def test_formula_starts_get_a_quote(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert w.format_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["-5", "+1.5", "-0.25", "AB1 2CD", "PR1", "", "0", "'quoted"])
def test_numbers_and_ordinary_text_untouched(value: str) -> None:
    assert neutralise(value) == value


def test_negative_numbers_are_numbers_not_text() -> None:
    assert w.format_cell(-5) == "-5"
    assert w.format_cell(np.int64(-7)) == "-7"
    assert w.format_cell(-2.5) == "-2.5"


@pytest.mark.parametrize("prefix", ['x"; drop schema ssd cascade; --', "a'b", "1abc", "a-b", "a b"])
def test_schema_prefix_must_be_an_identifier(monkeypatch: pytest.MonkeyPatch, prefix: str) -> None:
    monkeypatch.setenv("SSD_SCHEMA_PREFIX", prefix)
    with pytest.raises(ValueError, match="SSD_SCHEMA_PREFIX must be a plain identifier"):
        Target.from_env("duckdb")
    with pytest.raises(ValueError, match="SSD_SCHEMA_PREFIX"):
        replace(_plain(), schema_prefix=prefix)  # also when a Target is copied


def _plain() -> Target:
    return Target("duckdb", PROJECT_DIR / "target" / "x.duckdb", "", "")


def test_duckdb_file_name_must_be_an_identifier(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SSD_SCHEMA_PREFIX", raising=False)
    monkeypatch.setenv("SSD_DUCKDB_PATH", str(tmp_path / 'x"; attach \'evil\' as e; --.duckdb'))
    with pytest.raises(ValueError, match="DuckDB file name"):
        Target.from_env("duckdb")


def test_cli_refuses_a_crafted_prefix_with_a_clear_error(tmp_path: Path) -> None:
    env = dict(os.environ, SSD_SCHEMA_PREFIX="x'; drop table y; --", SSD_DUCKDB_PATH=str(tmp_path / "s.duckdb"))
    proc = subprocess.run([sys.executable, "-m", "ssd_kit", "oracle"], cwd=PROJECT_DIR, env=env, text=True,
                          capture_output=True, check=False, timeout=120)
    assert proc.returncode == 2
    assert "SSD_SCHEMA_PREFIX must be a plain identifier" in proc.stderr
    assert not (tmp_path / "s.duckdb").exists()


def test_pg_connection_by_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    from psycopg2.extensions import parse_dsn

    monkeypatch.setenv("SSD_PG_PASSWORD", "p w'd host=evil")
    target = Target.from_env("postgres")
    assert dict(target.pg_params)["password"] == "p w'd host=evil"
    parsed = parse_dsn(target.pg_dsn)
    assert parsed["password"] == "p w'd host=evil" and parsed["host"] == "localhost"
    assert "evil" not in target.describe()


def test_default_pg_password_is_said_loudly(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.delenv("SSD_PG_PASSWORD", raising=False)
    monkeypatch.setattr(db, "_warned_default_password", False)
    target = Target.from_env("postgres")
    assert dict(target.pg_params)["password"] == db.DEFAULT_PG_PASSWORD
    assert "SSD_PG_PASSWORD is not set" in capsys.readouterr().err


def test_plain_dbt_requires_the_pg_password(tmp_path: Path) -> None:
    """No silent default in profiles.yml (dbt would even use an unrenderable password literally)."""
    from ssd_kit import pipeline

    env = {k: v for k, v in os.environ.items() if k != "SSD_PG_PASSWORD"}
    env["DBT_TARGET_PATH"] = str(tmp_path / "target")
    proc = subprocess.run(
        [pipeline.dbt_executable(), "debug", "--project-dir", str(PROJECT_DIR), "--profiles-dir",
         str(PROJECT_DIR / "profiles"), "--target", "postgres"],
        cwd=PROJECT_DIR, env=env, text=True, capture_output=True, check=False, timeout=120,
    )
    assert "Env var required but not provided: 'SSD_PG_PASSWORD'" in proc.stdout + proc.stderr


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_duckdb_file_and_extract_copies_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a permissive umask, as on most machines
    try:
        target = replace(_plain(), duckdb_path=tmp_path / "private.duckdb")
        db.write_tables(target, "raw", {"T": pd.DataFrame({"a": [1]})})
        assert mode(target.duckdb_path) == 0o600
        written = db.write_files(tmp_path / "files", {"T": pd.DataFrame({"a": [1]})})
        assert mode(written[0]) == 0o600 and mode(tmp_path / "files") == 0o700
    finally:
        os.umask(old)


def test_cli_runs_with_umask_077() -> None:
    code = (
        "import os, sys\n"
        "from ssd_kit import cli\n"
        "sys.argv = ['ssd', 'gen-ssd', '--check']\n"
        "try:\n    cli.app()\nexcept SystemExit:\n    pass\n"
        "print(oct(os.umask(0)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, text=True, capture_output=True,
                          check=False, timeout=300)
    assert proc.stdout.strip().splitlines()[-1] == "0o77", proc.stderr[-2000:]


def test_returns_fsync_before_rename(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each return file reaches the disk before it replaces the old one (a crash leaves the old or the new)."""
    from ssd_kit.returns import annex_a_xlsx

    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    w.write_ssda903({"rpt_ssda903__episodes": episodes("AB1 2CD")}, tmp_path / "903")
    frames = {spec.model: pd.DataFrame(columns=[c[0] for c in spec.columns]) for spec in annex_a_xlsx.LISTS}
    annex_a_xlsx.write_annex_a(frames, tmp_path / "annex.xlsx", pd.Timestamp("2026-10-31").date())
    assert events == ["fsync", "replace", "fsync", "replace"]

"""ssd_json_object / ssd_json_array build the same text in SQL as ssd_kit.jsonfmt does in Python.

The oracle compares JSON columns as plain strings, so the two must agree byte for byte, on every engine.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from ssd_kit import jsonfmt, pipeline
from ssd_kit.db import Target

from _support import AS_AT

VALUES = {"A_FLAG": "Y", "B_FLAG": None, "QUOTE": 'say "hi"', "SLASH": "back\\slash", "ACCENT": "Zoë ✓"}


def _sql_literal(v: str | None) -> str:
    return "null" if v is None else "'" + v.replace("'", "''") + "'"


def _show(target: Target, sql: str) -> list[dict]:
    env_prefix = os.environ.pop("SSD_SCHEMA_PREFIX", None)
    try:
        proc = pipeline.run_dbt(
            ["show", "--inline", sql, "--output", "json", "--quiet", "--limit", "10"],
            target, pipeline.dbt_vars(AS_AT), quiet=True,
        )
    finally:
        if env_prefix is not None:
            os.environ["SSD_SCHEMA_PREFIX"] = env_prefix
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-2000:]
    return json.loads(proc.stdout)["show"]


def _check(target: Target) -> None:
    # each SQL expression travels as a Jinja string literal (json.dumps escapes quotes and backslashes)
    pairs = ", ".join(f"('{k}', {json.dumps(_sql_literal(v), ensure_ascii=False)})" for k, v in VALUES.items())
    rows = _show(target, f"select {{{{ ssd_json_object([{pairs}]) }}}} as j")
    assert rows[0]["j"] == jsonfmt.json_object(VALUES)

    codes = [("21", 3), ("2B", 1), ("4B", 2)]
    union = " union all ".join(f"select '{c}' as code, {o} as ord" for c, o in codes)
    rows = _show(target, f"select {{{{ ssd_json_array('code', 'ord') }}}} as j from ({union}) f")
    assert rows[0]["j"] == jsonfmt.json_array(["2B", "4B", "21"])


def test_json_text_matches_python_on_duckdb(tmp_path: Path) -> None:
    _check(replace(Target.from_env("duckdb"), duckdb_path=tmp_path / "json.duckdb"))


@pytest.mark.postgres
def test_json_text_matches_python_on_postgres(postgres_target: Target) -> None:
    _check(postgres_target)

"""run_dbt keeps dbt's partial-parse file per (target, vars): an invocation with vars seen before starts from that
vars' parse state instead of a full re-parse (dbt re-parses in full whenever --vars change, and this project's
commands alternate supplier, reporting year and as-at date). dbt itself still validates the file against the
project, so only the keying is ours to test."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssd_kit import pipeline


@pytest.fixture()
def target_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DBT_TARGET_PATH", str(tmp_path))
    return tmp_path


def _parse(target_dir: Path, kind: str, variables: dict, content: bytes | None) -> bytes | None:
    """What dbt would start from, then what it leaves (content None: dbt wrote nothing)."""
    state = pipeline._PartialParseState(kind, variables)
    state.restore()
    live = target_dir / "partial_parse.msgpack"
    seen = live.read_bytes() if live.exists() else None
    if content is not None:
        live.write_bytes(content)
    state.keep()
    return seen


def test_each_vars_set_gets_back_its_own_parse_state(target_dir: Path) -> None:
    a, b = {"reporting_year": 2025}, {"reporting_year": 2026}
    assert _parse(target_dir, "duckdb", a, b"state-a") is None
    assert _parse(target_dir, "duckdb", b, b"state-b") == b"state-a"  # nothing kept for b yet: dbt sees a's
    assert _parse(target_dir, "duckdb", a, None) == b"state-a"  # a's own state is put back
    assert _parse(target_dir, "duckdb", b, None) == b"state-b"
    assert _parse(target_dir, "duckdb", dict(reversed(list({**a, "x": 1}.items()))), b"state-ax") == b"state-b"
    assert _parse(target_dir, "duckdb", {"x": 1, **a}, None) == b"state-ax"  # key order does not matter


def test_the_target_is_part_of_the_key(target_dir: Path) -> None:
    v = {"reporting_year": 2026}
    _parse(target_dir, "duckdb", v, b"duck")
    _parse(target_dir, "postgres", v, b"pg")
    assert _parse(target_dir, "duckdb", v, None) == b"duck"

"""The SSD layer is generated from the spec facts and must not drift from them."""

from __future__ import annotations

from pathlib import Path

import yaml

from ssd_kit import spec, specgen


def test_generated_files_are_up_to_date(project_dir: Path) -> None:
    assert specgen.generate(project_dir, list(spec.ALL_TABLES), check=True) == []


def test_every_core_table_has_a_contracted_model_with_the_spec_columns(project_dir: Path) -> None:
    doc = yaml.safe_load((project_dir / "models/ssd/_ssd__models.yml").read_text())
    models = {m["name"]: m for m in doc["models"]}
    assert set(models) == set(spec.ALL_TABLES)
    for table in spec.ALL_TABLES:
        assert [c["name"] for c in models[table]["columns"]] == spec.columns(table)
        sql = (project_dir / f"models/ssd/{table}.sql").read_text()
        for col in spec.columns(table):
            assert f" as {col}" in sql


def test_spec_facts_are_consistent() -> None:
    tables = set(spec.tables())
    assert len(tables) == 48
    for f in spec.fields():
        assert f.logical_type in spec.PANDAS_DTYPES, f
        assert f.column.split("_")[0] or f.table == "ssd_version_log"
        if f.foreign_key:
            t, c = f.foreign_key.split(".")
            assert t in tables and c in spec.columns(t), f"{f.table}.{f.column} -> {f.foreign_key}"
    for t in tables:
        assert spec.primary_key(t), f"{t} has no primary key"


def test_conform_rejects_wrong_columns() -> None:
    import pandas as pd
    import pytest

    with pytest.raises(ValueError, match="missing columns"):
        spec.conform("ssd_department", pd.DataFrame({"dept_team_id": ["1"]}))


def test_supplier_packages_and_their_exclusion_under_select() -> None:
    """Every supplier is a package under suppliers/; a command that passes --select or --exclude (which turns off
    selectors.yml's default selector) still leaves out every supplier the vars do not name."""
    from ssd_kit import pipeline

    assert {"liquidlogic", "mosaic", "eclipse", "azeus", "caredirector"} <= set(pipeline.supplier_packages())
    returns = "path:models/marts/returns"
    cmd = pipeline.with_supplier_exclusions(["build", "--exclude", returns], {"ssd_supplier": "mosaic"})
    assert cmd[:2] == ["build", "--exclude"] and cmd[-1] == returns
    assert "tag:supplier,tag:liquidlogic" in cmd and "tag:supplier,tag:eclipse" in cmd
    assert "tag:supplier,tag:mosaic" not in cmd
    cmd = pipeline.with_supplier_exclusions(["run", "--select", "+ssd_person"],
                                            {"ssd_supplier": "mosaic", "ssd_history_supplier": "liquidlogic"})
    assert cmd[cmd.index("--exclude") + 1:] == [
        f"tag:supplier,tag:{s}" for s in pipeline.supplier_packages() if s not in ("mosaic", "liquidlogic")]
    # no selection: the default selector does it
    assert pipeline.with_supplier_exclusions(["build"], {"ssd_supplier": "mosaic"}) == ["build"]
    assert pipeline.with_supplier_exclusions(["build", "--selector", "x"], {}) == ["build", "--selector", "x"]

"""`ssd conformance` on the Liquidlogic small LA: its figures agree with direct counts, and a broken
required field or code shows up as failing tests.

The session's LA (fixture duckdb_la) is copied first, and dbt writes its results to a temporary
target folder, so nothing here changes what other tests see.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ssd_kit import conformance, pipeline, spec
from ssd_kit.db import PROJECT_DIR, Target, connect, query_df, query_scalar

from _support import AS_AT

BROKEN_TABLE = "ssd_cin_episodes"
NULLED_FIELD = "cine_person_id"  # required (not null) in the spec
BAD_CODE_FIELD = "cine_referral_source_code"  # must be a code in seed dfe__cin_referral_source


def _dbt(target: Target, target_path: Path, *args: str) -> None:
    cmd = [*args, "--target-path", str(target_path), "--log-path", str(target_path / "logs")]
    proc = pipeline.run_dbt(cmd, target, pipeline.dbt_vars(AS_AT), quiet=True)
    if args[0] != "test":  # tests are allowed to fail here (that is the point)
        assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.fixture(scope="module")
def la_copy(duckdb_la: Target, tmp_path_factory: pytest.TempPathFactory) -> Target:
    folder = tmp_path_factory.mktemp("conformance")
    path = folder / duckdb_la.duckdb_path.name  # same file name: DuckDB's catalog, which the views name
    shutil.copy2(duckdb_la.duckdb_path, path)
    return replace(duckdb_la, duckdb_path=path)


@pytest.fixture(scope="module")
def baseline(la_copy: Target) -> tuple[conformance.ConformanceReport, Path]:
    """Conformance after `dbt test` of the SSD and intermediate layers (all should pass)."""
    results = la_copy.duckdb_path.parent / "baseline_target"
    _dbt(la_copy, results, "test", "--select", "path:models/ssd", "package:ssd_liquidlogic,tag:intermediate")
    return conformance.collect(la_copy, "liquidlogic", results), results


@pytest.fixture(scope="module")
def broken(la_copy: Target, baseline: tuple) -> tuple[conformance.ConformanceReport, Path, list[str], list[str]]:
    """Null a required field in 3 rows and put a non-DfE code in 2 others, then test that table again.

    This is what a build without the contract's constraints would hold; with them the build itself
    fails, which conformance reports as a build error (test_result_mapping_without_a_database).
    """
    rel = la_copy.rel("ssd", BROKEN_TABLE)
    key = spec.primary_key(BROKEN_TABLE)[0]
    ids = query_df(la_copy, f"select {key} from {rel} where {BAD_CODE_FIELD} is not null order by {key} limit 5")
    ids = ids[key].tolist()
    nulled, recoded = ids[:3], ids[3:5]
    copy = la_copy.rel("ssd", "_conformance_copy")
    with connect(la_copy) as con:
        # the contract's NOT NULL constraint would refuse the update (as it fails a build): copy without it
        con.execute(f"create table {copy} as select * from {rel}")
        con.execute(f"drop table {rel}")
        con.execute(f"alter table {copy} rename to {BROKEN_TABLE}")
        con.execute(f"update {rel} set {NULLED_FIELD} = null where {key} in ({', '.join(repr(i) for i in nulled)})")
        con.execute(f"update {rel} set {BAD_CODE_FIELD} = 'ZZ' where {key} in ({', '.join(repr(i) for i in recoded)})")
    results = la_copy.duckdb_path.parent / "broken_target"
    _dbt(la_copy, results, "test", "--select", BROKEN_TABLE)
    return conformance.collect(la_copy, "liquidlogic", results), results, nulled, recoded


def _table(report: conformance.ConformanceReport, name: str) -> conformance.TableReport:
    return next(t for t in report.tables if t.ssd_table == name)


def test_counts_agree_with_direct_counts(la_copy: Target, baseline: tuple) -> None:
    report, _ = baseline
    assert [t.ssd_table for t in report.tables] == list(spec.ALL_TABLES)
    assert report.supplier == "liquidlogic"
    quarantine = query_df(
        la_copy, f"select ssd_table, dq_category, dq_reason from {la_copy.rel('quality', 'dq_quarantine')}"
    )
    conservation = query_df(la_copy, f"select * from {la_copy.rel('quality', 'dq_conservation')}")
    conservation = conservation.set_index("ssd_table")
    for t in report.tables:
        rows = int(query_scalar(la_copy, f"select count(*) from {la_copy.rel('ssd', t.ssd_table)}"))
        assert t.rows == rows, t.ssd_table
        mine = quarantine[quarantine["ssd_table"] == t.ssd_table]
        assert t.quarantined_rows == len(mine), t.ssd_table
        expected = mine.groupby(["dq_category", "dq_reason"]).size().to_dict()
        assert dict(t.quarantine) == {k: int(v) for k, v in expected.items()}, t.ssd_table
        assert t.supplier_rows == int(conservation.loc[t.ssd_table, "supplier_rows"])
        assert t.supplier_rows == t.rows + t.quarantined_rows
    # populated counts, field by field, against pandas on the rows themselves
    for name in ("ssd_person", "ssd_cin_episodes", "ssd_cla_placement", "ssd_contacts"):
        frame = query_df(la_copy, f"select * from {la_copy.rel('ssd', name)}")
        t = _table(report, name)
        assert t.rows == len(frame) > 0
        for f in t.fields:
            assert f.populated == int(frame[f.column].notna().sum()), (name, f.column)
            assert f.populated_pct == pytest.approx(100.0 * f.populated / len(frame))
    assert any(q for q in (t.quarantine for t in report.tables)), "the small LA quarantines some rows"


def test_baseline_verdicts(baseline: tuple) -> None:
    report, _ = baseline
    verdicts = {t.ssd_table: t.verdict for t in report.tables}
    for table in spec.EMPTY_FOR_LIQUIDLOGIC:
        assert verdicts[table] == "empty", table
    for table in spec.BUILT_TABLES:
        assert verdicts[table] == "ok", (table, [x.describe() for x in _table(report, table).failing])
    assert report.ok and not report.warnings
    person = _table(report, "ssd_person")
    pk = next(f for f in person.fields if f.column == "pers_person_id")
    assert {x.name for x in pk.tests} >= {"unique", "not_null"}
    assert all(x.status == "pass" for x in pk.tests)
    assert any(x.layer == "mapping" and x.name == "row_conservation" for x in person.tests)


def test_broken_field_shows_up(broken: tuple) -> None:
    report, _, nulled, recoded = broken
    t = _table(report, BROKEN_TABLE)
    assert t.verdict == "failing tests" and not report.ok
    field = next(f for f in t.fields if f.column == NULLED_FIELD)
    assert field.required
    assert field.populated == t.rows - len(nulled)
    assert [(x.name, x.failures) for x in field.failing] == [("not_null", len(nulled))]
    code = next(f for f in t.fields if f.column == BAD_CODE_FIELD)
    assert [(x.name, x.failures) for x in code.failing] == [("relationships", len(recoded))]
    assert "not_null(cine_person_id): 3 failing rows" in field.failing[0].describe()


def test_outputs(la_copy: Target, broken: tuple, tmp_path: Path) -> None:
    report, results, nulled, _ = broken
    text = conformance.to_markdown(report)
    assert f"## {BROKEN_TABLE}: failing tests" in text
    assert "not_null(cine_person_id): 3 failing rows" in text
    # the gaps liquidlogic's supplier.yml declares are named with their table
    assert "Declared in the supplier's supplier.yml: cannot carry prof_agency_worker_flag." in text
    rows = pd.read_csv(conformance.write(report, tmp_path / "c.csv"))
    assert list(rows.columns) == list(conformance.CSV_COLUMNS)
    assert len(rows) == len(spec.fields())
    hit = rows[(rows["ssd_table"] == BROKEN_TABLE) & (rows["field"] == NULLED_FIELD)].iloc[0]
    assert hit["verdict"] == "failing tests" and hit["populated"] == hit["table_rows"] - len(nulled)
    with pytest.raises(ValueError):
        conformance.write(report, tmp_path / "c.txt")

    # the CLI: terminal table, --out, exit 1 on failing tests
    env = dict(os.environ, PYTHONPATH=str(PROJECT_DIR / "src"), SSD_TARGET="duckdb",
               SSD_DUCKDB_PATH=str(la_copy.duckdb_path), COLUMNS="200")
    env.pop("SSD_SCHEMA_PREFIX", None)
    out = tmp_path / "report.md"
    proc = subprocess.run(
        [sys.executable, "-m", "ssd_kit.cli", "conformance", "--supplier", "liquidlogic", "--target-path",
         str(results), "--out", str(out)],
        cwd=PROJECT_DIR, env=env, text=True, capture_output=True, check=False,
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "failing tests" in proc.stdout and BROKEN_TABLE in proc.stdout
    assert out.read_text(encoding="utf-8").startswith("# SSD conformance: liquidlogic")


def test_wrong_supplier_and_missing_results_warn(la_copy: Target, baseline: tuple, tmp_path: Path) -> None:
    _, results = baseline
    report = conformance.collect(la_copy, "mosaic", results, tables=["ssd_person"])
    assert any("not 'mosaic'" in w for w in report.warnings)
    report = conformance.collect(la_copy, None, tmp_path, tables=["ssd_person"])
    assert any("run `dbt build` first" in w for w in report.warnings)
    assert _table(report, "ssd_person").verdict == "untested"


def test_result_mapping_without_a_database() -> None:
    manifest = {"nodes": {
        "model.ssd.ssd_person": {"depends_on": {"nodes": ["model.ssd.int_acme__ssd_person"]}},
        "test.ssd.nn": {"attached_node": "model.ssd.ssd_person", "column_name": "pers_dob",
                        "test_metadata": {"name": "not_null"}},
        "test.ssd.rc": {"attached_node": "model.ssd.int_acme__ssd_person", "column_name": None,
                        "test_metadata": {"name": "row_conservation"}},
        "test.ssd.other": {"attached_node": "model.ssd.dq_conservation", "column_name": "unaccounted_rows",
                           "test_metadata": {"name": "accepted_values"}},
    }}
    run_results = {"results": [
        {"unique_id": "test.ssd.nn", "status": "fail", "failures": 4, "message": "Got 4 results"},
        {"unique_id": "test.ssd.rc", "status": "pass", "failures": 0},
        {"unique_id": "test.ssd.other", "status": "pass", "failures": 0},
        {"unique_id": "model.ssd.ssd_address", "status": "error",
         "message": "Contract Error: This model has an enforced contract that failed.\nmore"},
        {"unique_id": "seed.ssd.dfe__ethnicity", "status": "success"},
    ]}
    assert conformance.built_supplier(manifest) == "acme"
    results = conformance.dbt_results(run_results, manifest, "acme")
    assert [(r.ssd_table, r.column, r.name, r.layer, r.status) for r in results] == [
        ("ssd_person", "pers_dob", "not_null", "ssd", "fail"),
        ("ssd_person", None, "row_conservation", "mapping", "pass"),
        ("ssd_address", None, "build", "ssd", "error"),
    ]
    assert results[0].describe() == "not_null(pers_dob): 4 failing rows"
    assert results[2].describe() == "build: error: Contract Error: This model has an enforced contract that failed."
    json.dumps([r.__dict__ for r in results])  # plain data


def test_declared_gaps_come_from_supplier_yml() -> None:
    eclipse = conformance._declared_gaps("eclipse")
    assert eclipse["ssd_cla_care_plan"].startswith("no source: Eclipse extract")
    assert eclipse["ssd_address"] == "cannot fill addr_address_json keys EASTING, NORTHING"
    assert eclipse["ssd_department"] == "cannot carry dept_team_parent_id, dept_team_parent_name"
    assert conformance._declared_gaps("nobody") == {} and conformance._declared_gaps(None) == {}


def test_postgres_counts(postgres_target: Target) -> None:
    """The same queries on PostgreSQL: a one-table SSD and quarantine, the rest not built."""
    target = replace(postgres_target, schema_prefix="pytest_conf_")
    cols = spec.columns("ssd_person")
    with connect(target) as con:
        cur = con.cursor()
        for schema in ("ssd", "quality"):
            cur.execute(f'drop schema if exists "{target.schema(schema)}" cascade')
            cur.execute(f'create schema "{target.schema(schema)}"')
        cur.execute(f"create table {target.rel('ssd', 'ssd_person')} ({', '.join(c + ' text' for c in cols)})")
        cur.execute(
            f"insert into {target.rel('ssd', 'ssd_person')} (pers_person_id, pers_sex) values ('1', 'M'), ('2', null)"
        )
        cur.execute(f"create table {target.rel('quality', 'dq_quarantine')} "
                    "(ssd_table text, source_table text, source_key text, dq_reason text, dq_category text)")
        cur.execute(f"insert into {target.rel('quality', 'dq_quarantine')} values "
                    "('ssd_person', 'X', '9', 'not_a_client', 'scope')")
    try:
        report = conformance.collect(target, "liquidlogic", Path("/nonexistent"), tables=["ssd_person", "ssd_address"])
        person, address = report.tables
        assert person.rows == 2 and person.quarantine == {("scope", "not_a_client"): 1}
        assert {f.column: f.populated for f in person.fields}["pers_sex"] == 1
        assert address.verdict == "not built"
    finally:
        with connect(target) as con:
            for schema in ("ssd", "quality"):
                con.cursor().execute(f'drop schema if exists "{target.schema(schema)}" cascade')

"""`ssd scaffold-supplier` and the CareDirector template it made.

End to end on a tiny folder of CSV files: scaffold a supplier into a temporary copy of the project
(the repository is not changed), `dbt parse` the copy with and without the dbt_project.yml block
the scaffolder prints, and check that --force is needed to overwrite. The CareDirector folders are
checked to be what the scaffolder writes, to stay out of the default build, and to build an empty,
contract-valid SSD when ssd_supplier is caredirector.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import yaml

from ssd_kit import scaffold, spec, suppliers
from ssd_kit.db import PROJECT_DIR
from ssd_kit.pipeline import dbt_executable, ensure_dbt_deps

COPY_IGNORE = shutil.ignore_patterns("target", "logs", ".git", "dbt_packages", "__pycache__", ".venv", "*.duckdb*")


def _copy_project(dest: Path) -> Path:
    shutil.copytree(PROJECT_DIR, dest, ignore=COPY_IGNORE)
    return dest


def _cli(project: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """The ssd CLI of a project copy (its PROJECT_DIR is the copy)."""
    full_env = dict(os.environ, PYTHONPATH=str(project / "src"), **env)
    return subprocess.run(
        [sys.executable, "-m", "ssd_kit.cli", *args], cwd=project, env=full_env, text=True,
        capture_output=True, check=False,
    )


def _dbt(project: Path, work: Path, *args: str, variables: dict | None = None) -> subprocess.CompletedProcess:
    ensure_dbt_deps(project)  # a copy has no dbt_packages/: link its supplier packages
    env = dict(os.environ, SSD_TARGET="duckdb", SSD_DUCKDB_PATH=str(work / "dbt.duckdb"))
    env.pop("SSD_SCHEMA_PREFIX", None)
    cmd = [
        dbt_executable(), *args, "--project-dir", str(project), "--profiles-dir", str(PROJECT_DIR / "profiles"),
        "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
        "--warn-error-options", '{"error": ["Deprecations"]}',
    ]
    if variables is not None:
        cmd += ["--vars", json.dumps(variables)]
    return subprocess.run(cmd, cwd=project, env=env, text=True, capture_output=True, check=False)


def _repo_models() -> dict[Path, bytes]:
    folders = (PROJECT_DIR / "models", PROJECT_DIR / "suppliers")
    return {p: p.read_bytes() for folder in folders for p in folder.rglob("*") if p.is_file()}


def _manifest(work: Path) -> dict:
    return json.loads((work / "target" / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture()
def extract_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "extracts"
    folder.mkdir()
    (folder / "CLIENTS.csv").write_text(
        "ClientID,Forename,Date of Birth,Gender,order,Weight\n1,Ann,01/02/2015,F,1,3.5\n2,Bob,2016-03-04,M,2,NULL\n",
        encoding="utf-8",
    )
    (folder / "Referrals.csv").write_bytes(
        "REFERRAL_ID,CLIENT_ID,REFERRAL_DATE,SOURCE_CODE,Notes\n10,1,2024-01-01 09:00,1A,caf\u00e9\n11,2,,2B,\n"
        .encode("cp1252")
    )
    pd.DataFrame({"CaseID": [1, 2], "Opened": pd.to_datetime(["2024-01-01", "2024-02-01"]), "Amount": [1.5, 2.0]}) \
        .to_parquet(folder / "case_list.parquet", index=False)
    (folder / "notes.txt").write_text("not a table", encoding="utf-8")
    return folder


# --- names and types --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["mosaic", "eclipse2", "care_director"])
def test_valid_names(name: str) -> None:
    assert scaffold.validate_name(name) == name


@pytest.mark.parametrize("name", ["Mosaic", "2mosaic", "mo-saic", "", "ssd", "quality", "select", "a" * 41])
def test_invalid_names_are_refused(name: str) -> None:
    with pytest.raises(scaffold.ScaffoldError):
        scaffold.validate_name(name)


@pytest.mark.parametrize(
    ("raw", "snake"),
    [
        ("DIM_PERSON", "dim_person"), ("PersonID", "person_id"), ("Date of Birth", "date_of_birth"),
        ("CLA-Start.Date", "cla_start_date"), ("personDOB", "person_dob"), ("1stContact", "c_1st_contact"),
        ("  ", "unnamed"), ("HTTPServerName", "http_server_name"),
    ],
)
def test_snake_case(raw: str, snake: str) -> None:
    assert scaffold.snake_case(raw) == snake


def test_tables_and_types_from_files(extract_folder: Path) -> None:
    tables = {t.name: t for t in scaffold.tables_from_files(extract_folder)}
    assert sorted(tables) == ["case_list", "clients", "referrals"]
    clients = {c.name: c.raw_type for c in tables["clients"].columns}
    assert clients == {"ClientID": "int", "Forename": "text", "Date of Birth": "datetime", "Gender": "text",
                       "order": "int", "Weight": "float"}
    referrals = {c.name: c.raw_type for c in tables["referrals"].columns}
    assert referrals["REFERRAL_DATE"] == "datetime" and referrals["Notes"] == "text"
    assert {c.name: c.raw_type for c in tables["case_list"].columns} == {
        "CaseID": "int", "Opened": "datetime", "Amount": "float"}


def test_duplicate_table_files_are_an_error(extract_folder: Path) -> None:
    (extract_folder / "clients.parquet").write_bytes((extract_folder / "case_list.parquet").read_bytes())
    from ssd_kit.extracts import ExtractError

    with pytest.raises(ExtractError, match="both hold the same table"):
        scaffold.tables_from_files(extract_folder)


def test_staging_and_intermediate_text() -> None:
    table = scaffold.RawTable("Clients", (scaffold.RawColumn("PersonID", "int"), scaffold.RawColumn("order", "int"),
                                          scaffold.RawColumn("Date of Birth", "datetime")))
    sql = scaffold.staging_sql("acme", table)
    assert "{{ source('acme', 'Clients') }}" in sql
    assert "personid as person_id" in sql
    assert "{{ adapter.quote('order') }} as order_value" in sql
    assert "{{ adapter.quote('date of birth') }} as date_of_birth" in sql
    # read from PostgreSQL, a mixed-case column only matches quoted, exactly as stored
    assert "{{ adapter.quote('PersonID') }} as person_id" in scaffold.staging_sql("acme", table, exact_case=True)
    stub = scaffold.intermediate_sql("acme", "ssd_person")
    assert stub.splitlines()[-1] == "{{ ssd_empty_int('ssd_person') }}"
    assert all(line.startswith("-- ") for line in stub.splitlines()[:-1]) and "SCAFFOLD" in stub
    assert "Usually left empty" in scaffold.intermediate_sql("acme", "ssd_send")
    for table in spec.ALL_TABLES:  # sqlfluff's limit
        assert max(len(line) for line in scaffold.intermediate_sql("acme", table).splitlines()) <= 120


# --- end to end --------------------------------------------------------------------------------------


def test_scaffold_from_files_parse_and_force(tmp_path: Path, extract_folder: Path) -> None:
    project = _copy_project(tmp_path / "project")
    before = _repo_models()

    proc = _cli(project, "scaffold-supplier", "acme", "--from-files", str(extract_folder))
    assert proc.returncode == 0, proc.stderr
    staging, intermediate = project / "suppliers/acme/models/staging", project / "suppliers/acme/models/intermediate"
    assert sorted(p.name for p in staging.iterdir()) == [
        "_acme__sources.yml", "stg_acme__case_list.sql", "stg_acme__clients.sql", "stg_acme__referrals.sql"]
    stubs = sorted(p.name for p in intermediate.glob("int_*.sql"))
    assert stubs == sorted(f"int_acme__{t}.sql" for t in spec.ALL_TABLES)
    assert "suppliers/acme/" in proc.stdout and "dbt deps" in proc.stdout and "ssd conformance" in proc.stdout
    assert "  - local: suppliers/acme" in (project / "packages.yml").read_text(encoding="utf-8").splitlines()
    assert "name: ssd_acme" in (project / "suppliers/acme/dbt_project.yml").read_text(encoding="utf-8")
    sources = yaml.safe_load((staging / "_acme__sources.yml").read_text(encoding="utf-8"))["sources"][0]
    assert sources["name"] == "acme" and "acme_schema" in sources["schema"] and "acme_database" in sources["database"]
    assert [c["name"] for c in next(t for t in sources["tables"] if t["name"] == "clients")["columns"]] == [
        "ClientID", "Forename", "Date of Birth", "Gender", "order", "Weight"]
    # supplier.yml declares the raw tables with their inferred kinds: what `ssd load-files` reads
    declared = yaml.safe_load((project / "suppliers/acme/supplier.yml").read_text(encoding="utf-8"))
    assert declared["name"] == "acme" and declared["raw"]["default_schema"] == "acme"
    assert declared["raw"]["tables"]["clients"] == {
        "ClientID": "int", "Forename": "text", "Date of Birth": "datetime", "Gender": "text", "order": "int",
        "Weight": "float"}

    # refused without --force: exit 2, nothing changed
    (staging / "stg_acme__clients.sql").write_text("-- my edits\n", encoding="utf-8")
    (staging / "stg_acme__extra.sql").write_text("select 1 as one\n", encoding="utf-8")
    proc = _cli(project, "scaffold-supplier", "acme", "--from-files", str(extract_folder))
    assert proc.returncode == 2 and "already exists" in proc.stderr and "--force" in proc.stderr
    assert (staging / "stg_acme__clients.sql").read_text(encoding="utf-8") == "-- my edits\n"
    # --force replaces the folders as a whole
    proc = _cli(project, "scaffold-supplier", "acme", "--from-files", str(extract_folder), "--force")
    assert proc.returncode == 0, proc.stderr
    assert "renamed as" in (staging / "stg_acme__clients.sql").read_text(encoding="utf-8")
    assert not (staging / "stg_acme__extra.sql").exists()
    # bad name and bad folder: exit 2
    assert _cli(project, "scaffold-supplier", "Acme", "--from-files", str(extract_folder)).returncode == 2
    assert _cli(project, "scaffold-supplier", "other", "--from-files", str(tmp_path / "nope")).returncode == 2
    assert not (project / "suppliers/other").exists()

    # the project parses with the new package as it is (nothing else to edit), and with ssd_supplier acme the SSD
    # reads it
    work = tmp_path / "dbt"
    proc = _dbt(project, work, "parse", variables={"ssd_supplier": "acme"})
    assert proc.returncode == 0, proc.stdout[-3000:]
    nodes = _manifest(work)["nodes"]
    for table in spec.ALL_TABLES:  # the SSD table reads its gate, the gate the supplier's model
        short = table.removeprefix("ssd_")
        assert nodes[f"model.ssd.{table}"]["depends_on"]["nodes"] == [f"model.ssd.int_gate__{table}"]
        assert f"model.ssd_acme.int_acme__ssd_{short}" in nodes[f"model.ssd.int_gate__{table}"]["depends_on"]["nodes"]
    assert nodes["model.ssd_acme.stg_acme__clients"]["config"]["schema"] == "stg_acme"
    # the scaffolded supplier's extract files load with `ssd load-files` (its sources YAML declares the tables) and
    # its staging model reads them
    db = work / "dbt.duckdb"
    proc = _cli(project, "load-files", str(extract_folder), "--supplier", "acme", SSD_DUCKDB_PATH=str(db),
                SSD_SCHEMA_PREFIX="", COLUMNS="200")
    assert proc.returncode == 0, proc.stderr
    assert "into 3 tables in schema acme" in " ".join(proc.stderr.split())
    proc = _dbt(project, work, "run", "--select", "stg_acme__clients", variables={"ssd_supplier": "acme"})
    assert proc.returncode == 0, proc.stdout[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute('select * from stg_acme.stg_acme__clients order by 1').fetchall()
    assert [r[:3] for r in rows] == [(1, "Ann", pd.Timestamp("2015-02-01")), (2, "Bob", pd.Timestamp("2016-03-04"))]
    assert _cli(project, "load-files", str(extract_folder), "--supplier", "nobody",
                SSD_DUCKDB_PATH=str(db)).returncode == 2
    # with the default supplier the default selector (selectors.yml) leaves the acme package out
    proc = _dbt(project, work, "ls", "--resource-type", "model", "--output", "name")
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "stg_acme__clients" not in proc.stdout and "int_liquidlogic__ssd_person" in proc.stdout
    manifest = _manifest(work)
    assert "model.ssd_liquidlogic.int_liquidlogic__ssd_person" in (
        manifest["nodes"]["model.ssd.int_gate__ssd_person"]["depends_on"]["nodes"])

    after = _repo_models()
    assert after == before, "the scaffold test changed the repository's models"


def test_scaffold_from_duckdb_schema(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "project")
    db = tmp_path / "raw.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema cms")
        con.execute('create table cms."PERSON_DETAILS" ("PersonId" integer, "Birth Date" date, surname varchar)')
        con.execute("create table cms.episodes (episode_id integer, person_id integer, start_dt timestamp)")
    proc = _cli(project, "scaffold-supplier", "cmsx", "--from-schema", "cms", "--target", "duckdb",
                SSD_DUCKDB_PATH=str(db))
    assert proc.returncode == 0, proc.stderr
    staging = project / "suppliers/cmsx/models/staging"
    assert sorted(p.name for p in staging.glob("stg_*.sql")) == [
        "stg_cmsx__episodes.sql", "stg_cmsx__person_details.sql"]
    sql = (staging / "stg_cmsx__person_details.sql").read_text(encoding="utf-8")
    assert "{{ source('cmsx', 'PERSON_DETAILS') }}" in sql and "personid as person_id" in sql
    assert "{{ adapter.quote('birth date') }} as birth_date" in sql
    sources = yaml.safe_load((staging / "_cmsx__sources.yml").read_text(encoding="utf-8"))["sources"][0]
    assert "var('cmsx_schema', 'cms')" in sources["schema"]
    person = next(t for t in sources["tables"] if t["name"] == "PERSON_DETAILS")
    assert [c["description"] for c in person["columns"]][1] == "Birth Date (date in the raw table)."
    declared = yaml.safe_load((project / "suppliers/cmsx/supplier.yml").read_text(encoding="utf-8"))
    assert declared["raw"]["tables"]["PERSON_DETAILS"] == {
        "PersonId": "int", "Birth Date": "datetime", "surname": "text"}
    assert declared["raw"]["default_schema"] == "cms"
    empty = _cli(project, "scaffold-supplier", "cmsy", "--from-schema", "nothing_here", SSD_DUCKDB_PATH=str(db))
    assert empty.returncode == 2 and "holds no tables" in empty.stderr


# --- the CareDirector template -----------------------------------------------------------------------


def test_caredirector_template_is_the_scaffold() -> None:
    """The committed template is exactly what the scaffolder writes from the documented facts."""
    made = scaffold.caredirector()
    assert made.tables == []
    for rel, text in made.files.items():
        assert (PROJECT_DIR / rel).read_text(encoding="utf-8") == text, f"{rel} differs from the scaffold"
    for folder in made.folders:
        on_disk = {str(p.relative_to(PROJECT_DIR)) for p in (PROJECT_DIR / folder).rglob("*") if p.is_file()}
        assert on_disk == {rel for rel in made.files if rel.startswith(folder + "/")}
    declared = suppliers.load("caredirector")
    assert declared.tables == {} and declared.default_schema == "caredirector"
    assert set(declared.gaps.no_source_tables) == set(spec.ALL_TABLES) - set(spec.NO_CMS_SOURCE) - {"ssd_version_log"}
    for folder in made.folders[:2]:  # staging and intermediate
        readme = (PROJECT_DIR / folder / "README.md").read_text(encoding="utf-8")
        assert "not public" in readme and "ssd_supplier" in readme


def test_caredirector_left_out_by_default_and_builds_empty_ssd(tmp_path: Path) -> None:
    work = tmp_path / "dbt"
    # parsed like every supplier package, but the default selector builds (and tests) none of it
    proc = _dbt(PROJECT_DIR, work, "ls", "--output", "name")
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "caredirector" not in proc.stdout and "int_liquidlogic__ssd_person" in proc.stdout
    assert "model.ssd_caredirector.int_caredirector__ssd_person" in _manifest(work)["nodes"]

    variables = {"ssd_supplier": "caredirector"}
    proc = _dbt(PROJECT_DIR, work, "run", "--select", "package:ssd_caredirector", "path:models/intermediate/gate",
                "path:models/ssd", variables=variables)
    assert proc.returncode == 0, proc.stdout[-3000:]
    nodes = _manifest(work)["nodes"]
    with duckdb.connect(str(work / "dbt.duckdb"), read_only=True) as con:
        for table in spec.ALL_TABLES:
            short = table.removeprefix("ssd_")
            assert nodes[f"model.ssd.{table}"]["depends_on"]["nodes"] == [f"model.ssd.int_gate__{table}"]
            assert f"model.ssd_caredirector.int_caredirector__ssd_{short}" in \
                nodes[f"model.ssd.int_gate__{table}"]["depends_on"]["nodes"]
            cols = [r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_schema = 'ssd' "
                f"and table_name = '{table}' order by ordinal_position").fetchall()]
            assert cols == spec.columns(table)
            assert con.execute(f'select count(*) from "dbt"."ssd"."{table}"').fetchone()[0] == 0


def test_scaffold_from_postgres_schema(postgres_target: object) -> None:
    """PostgreSQL keeps a quoted mixed-case name as stored: the scaffold names it exactly and quotes it."""
    from ssd_kit.db import connect

    schema = "pytest_scaffold_cms"
    with connect(postgres_target) as con:
        cur = con.cursor()
        cur.execute(f'drop schema if exists "{schema}" cascade')
        cur.execute(f'create schema "{schema}"')
        cur.execute(f'create table "{schema}"."Person" ("PersonId" integer, surname text, "order" integer)')
        cur.execute(f'create table "{schema}".episodes (episode_id integer, start_dt timestamp)')
    try:
        tables = {t.name: t for t in scaffold.tables_from_schema(postgres_target, schema)}
    finally:
        with connect(postgres_target) as con:
            con.cursor().execute(f'drop schema if exists "{schema}" cascade')
    assert sorted(tables) == ["Person", "episodes"]
    assert [(c.name, c.raw_type) for c in tables["Person"].columns] == [
        ("PersonId", "integer"), ("surname", "text"), ("order", "integer")]
    made = scaffold.build("cmsz", list(tables.values()), schema, exact_case=True)
    sql = made.files["suppliers/cmsz/models/staging/stg_cmsz__person.sql"]
    assert "{{ source('cmsz', 'Person') }}" in sql
    assert "{{ adapter.quote('PersonId') }} as person_id" in sql
    assert "        surname,\n" in sql and "{{ adapter.quote('order') }} as order_value" in sql

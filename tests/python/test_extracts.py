"""`ssd load-files`: supplier extract files (CSV / Parquet) checked, converted and loaded all-or-nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from ssd_kit import extracts, pipeline
from ssd_kit.cli import app
from ssd_kit.db import Target, connect, query_scalar, write_files, write_tables, write_tables_atomic
from ssd_sim.oracle import compare_all, format_report
from ssd_sim.render.liquidlogic import raw_schema, render
from ssd_sim.simulate import simulate

AS_AT = dt.date(2026, 10, 31)
SEED = 7
RAW = "child_social"
# A small declared table with int, datetime and text columns, and one with a float column.
ELIG = "DIM_CLA_ELIGIBILITY"
ELIG_HEADER = "DIM_CLA_ELIGIBILITY_ID,DIM_PERSON_ID,START_DTTM,END_DTTM,DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"
WORKER_HEADER = "DIM_WORKER_ID,STAFF_ID,FORENAME,SURNAME,WORKER_ID_CODE,JOB_TITLE,DEPARTMENT_NAME,FULL_TIME_EQUIVALENCY"


@pytest.fixture(scope="module")
def la() -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    """(truth, raw Liquidlogic tables) of a tiny simulated LA."""
    truth = simulate(profile="tiny", seed=SEED, years=6, as_at=AS_AT)
    return truth, render(truth, seed=SEED)


@pytest.fixture
def target(tmp_path: Path) -> Target:
    return replace(Target.from_env("duckdb"), duckdb_path=tmp_path / "db" / "ssd.duckdb", schema_prefix="")


def write_csv(folder: Path, table: str, lines: list[str], encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{table}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))  # SQL Server exports end lines with CRLF
    return path


def read_one(folder: Path) -> tuple[dict[str, pd.DataFrame], extracts.LoadReport]:
    """Read a folder holding only some tables (the rest load empty)."""
    return extracts.read_extracts(folder, "liquidlogic", allow_missing=True)


def problem_text(folder: Path, allow_missing: bool = True) -> str:
    with pytest.raises(extracts.ExtractError) as err:
        extracts.read_extracts(folder, "liquidlogic", allow_missing=allow_missing)
    return str(err.value)


def table_counts(target: Target) -> dict[str, int]:
    with connect(target, read_only=True) as con:
        return {t: con.execute(f"select count(*) from {target.rel(RAW, t)}").fetchone()[0] for t in raw_schema()}


# --- round trip ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_round_trip_equals_the_rendered_tables(la, target: Target, tmp_path: Path, fmt: str) -> None:
    _, raw = la
    write_files(tmp_path / "files" / "liquidlogic", raw, fmt)  # the `ssd simulate --files` layout
    report = extracts.load_extracts(target, tmp_path / "files", "liquidlogic")
    assert report.folder == tmp_path / "files" / "liquidlogic"
    assert {t.table: t.rows for t in report.tables} == {k: len(v) for k, v in raw.items()}
    assert not report.warnings
    expected = {k: _csv_blank_as_null(v) for k, v in raw.items()} if fmt == "csv" else raw
    write_tables(target, "expected", expected)
    with connect(target, read_only=True) as con:
        for table in raw:
            loaded, wanted = target.rel(RAW, table), target.rel("expected", table)
            diff = con.execute(
                f"select (select count(*) from (select * from {loaded} except all select * from {wanted})) "
                f"+ (select count(*) from (select * from {wanted} except all select * from {loaded}))"
            ).fetchone()[0]
            assert diff == 0, f"{table}: {diff} rows differ after the {fmt} round trip"
            types = [
                con.execute(
                    f"select column_name, data_type from information_schema.columns where table_schema "
                    f"= '{schema}' and table_name = '{table}' order by ordinal_position"
                ).fetchall()
                for schema in (RAW, "expected")
            ]
            assert types[0] == types[1], table
    assert sum(table_counts(target).values()) > 1000


def _csv_blank_as_null(df: pd.DataFrame) -> pd.DataFrame:
    """CSV cannot tell an empty string from null: empty fields load as null."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].where(out[c] != "", None)
    return out


def test_loaded_frames_have_the_declared_types(la, tmp_path: Path) -> None:
    _, raw = la
    write_files(tmp_path, raw, "csv")
    frames, _ = extracts.read_extracts(tmp_path, "liquidlogic")
    for table, df in raw.items():
        pd.testing.assert_frame_equal(frames[table], _csv_blank_as_null(df), obj=table)


# --- encodings, nulls, numbers, dates -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encoding_is_detected_per_file(tmp_path: Path, encoding: str) -> None:
    write_csv(tmp_path, "DIM_WORKER", [WORKER_HEADER, "1,STF1,Zoë,Brontë,SW1,Social Worker,Café £5 Team,0.5"], encoding)
    frames, report = read_one(tmp_path)
    worker = frames["DIM_WORKER"]
    assert worker.loc[0, "FORENAME"] == "Zoë"
    assert worker.loc[0, "DEPARTMENT_NAME"] == "Café £5 Team"
    assert worker.loc[0, "DIM_WORKER_ID"] == 1  # the BOM is not part of the first column's name
    assert next(t for t in report.tables if t.table == "DIM_WORKER").encoding == encoding


def test_detect_encoding_prefers_utf8_and_falls_back_to_cp1252() -> None:
    assert extracts.detect_encoding("café".encode()) == "utf-8"
    assert extracts.detect_encoding("café £".encode("cp1252")) == "cp1252"
    assert extracts.detect_encoding(b"\xef\xbb\xbfcafe") == "utf-8-sig"
    assert extracts.detect_encoding(b"plain ascii") == "utf-8"


def test_bytes_neither_utf8_nor_cp1252_are_an_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "DIM_WORKER", [WORKER_HEADER, "1,STF1,A,B,SW1,T,D,1"])
    path.write_bytes(path.read_bytes().replace(b"STF1", b"ST\x81F"))
    msg = problem_text(tmp_path)
    assert "DIM_WORKER.csv" in msg and "neither UTF-8 nor Windows-1252" in msg


def test_null_and_empty_fields_are_null_and_text_is_untouched(tmp_path: Path) -> None:
    write_csv(
        tmp_path,
        ELIG,
        [
            ELIG_HEADER,
            "1,NULL,2024-03-31,NULL,Y",
            "2,12,,,NULL",
            "3, 13 , 2024-04-01 ,  , YES ",
            "4,14,NULL,2024-05-01,",
        ],
    )
    write_csv(tmp_path, "DIM_WORKER", [WORKER_HEADER, "1,NULL,,n,NULL,TRUE,x,NULL", "2,S2,A,B,C,D,E,"])
    frames, _ = read_one(tmp_path)
    elig = frames[ELIG]
    assert elig["DIM_PERSON_ID"].tolist() == [pd.NA, 12, 13, 14]
    assert elig["START_DTTM"].isna().tolist() == [False, True, False, True]
    assert elig["END_DTTM"].isna().tolist() == [True, True, True, False]
    assert elig["DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"].tolist() == ["Y", None, " YES ", None]
    worker = frames["DIM_WORKER"]
    assert worker.loc[0, ["STAFF_ID", "FORENAME", "SURNAME", "JOB_TITLE"]].tolist() == [None, None, "n", "TRUE"]
    assert worker["FULL_TIME_EQUIVALENCY"].isna().all()


def test_integers_may_be_written_as_decimals(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1.0,123.0,,,x", "-1,+7,,,x", "900000000123,007.00,,,x"])
    elig = read_one(tmp_path)[0][ELIG]
    assert str(elig["DIM_PERSON_ID"].dtype) == "Int64"
    assert elig["DIM_CLA_ELIGIBILITY_ID"].tolist() == [1, -1, 900000000123]
    assert elig["DIM_PERSON_ID"].tolist() == [123, 7, 7]


MIXED_DATES = {
    "2024-03-31": "2024-03-31 00:00:00",
    "2024-03-31 00:00:00": "2024-03-31 00:00:00",
    "2024-03-31T09:15:00": "2024-03-31 09:15:00",
    "2024-03-31 09:15:00.000": "2024-03-31 09:15:00",
    "2024-03-31 09:15:00.1234567": "2024-03-31 09:15:00.1234567",
    "31/03/2024": "2024-03-31 00:00:00",
    "31/03/2024 09:15": "2024-03-31 09:15:00",
    "01/02/2024": "2024-02-01 00:00:00",  # day first: 1 February, never 2 January
    "5/6/2023 23:59:59": "2023-06-05 23:59:59",
}


def test_mixed_date_formats_in_one_column(tmp_path: Path) -> None:
    rows = [f"{i},{i},{value},NULL,x" for i, value in enumerate(MIXED_DATES, start=1)]
    write_csv(tmp_path, ELIG, [ELIG_HEADER, *rows])
    frames, report = read_one(tmp_path)
    got = frames[ELIG]["START_DTTM"]
    assert str(got.dtype) == "datetime64[ns]"
    assert got.tolist() == [pd.Timestamp(v) for v in MIXED_DATES.values()]
    formats = next(t for t in report.tables if t.table == ELIG).date_formats["START_DTTM"]
    assert formats == {
        "YYYY-MM-DD": 1,
        "YYYY-MM-DD hh:mm:ss": 1,
        "YYYY-MM-DDThh:mm:ss": 1,
        "YYYY-MM-DD hh:mm:ss.fff": 1,
        "YYYY-MM-DD hh:mm:ss.fffffff": 1,
        "DD/MM/YYYY": 2,
        "DD/MM/YYYY hh:mm": 1,
        "DD/MM/YYYY hh:mm:ss": 1,
    }


def test_iso_dates_report_their_format(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,2024-03-31 00:00:00,2024-04-01,x", "2,2,2024-03-30 10:00:00,NULL,x"])
    frames, report = read_one(tmp_path)
    assert frames[ELIG]["START_DTTM"].tolist() == [pd.Timestamp("2024-03-31"), pd.Timestamp("2024-03-30 10:00")]
    elig = next(t for t in report.tables if t.table == ELIG)
    assert elig.formats_seen() == {"YYYY-MM-DD hh:mm:ss": 2, "YYYY-MM-DD": 1}


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31/02/2024", "not a real date"),
        ("03/31/2024", "day-first"),  # a US month-first date is refused, not guessed
        ("2024-13-01", "not a real date"),
        ("31-03-2024", "not a date in an accepted format"),
        ("9999-12-31", "outside the years"),
        ("yesterday", "not a date in an accepted format"),
    ],
)
def test_bad_date_error_names_file_column_row_and_value(tmp_path: Path, value: str, reason: str) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,2024-03-31,NULL,x", "2,2,31/03/2024,NULL,x", f"3,3,{value},NULL,x"])
    msg = problem_text(tmp_path)
    assert f"{ELIG}.csv, column START_DTTM, row 3: value '{value}'" in msg
    assert reason in msg and "expected a date" in msg
    assert "nothing was loaded" in msg


def test_bad_integer_error(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,,,x", "2,12.5,,,x", "3,1 234,,,x"])
    msg = problem_text(tmp_path)
    assert f"{ELIG}.csv, column DIM_PERSON_ID, row 2: value '12.5' is not a whole number" in msg
    assert "row 3: value '1 234'" in msg
    assert msg.startswith("2 problems")


def test_bad_float_error(tmp_path: Path) -> None:
    write_csv(tmp_path, "DIM_WORKER", [WORKER_HEADER, "1,S,A,B,C,D,E,0.5", "2,S,A,B,C,D,E,half"])
    msg = problem_text(tmp_path)
    assert "DIM_WORKER.csv, column FULL_TIME_EQUIVALENCY, row 2: value 'half' is not a number" in msg


def test_only_the_first_problems_are_listed(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, *(f"{i},x{i},,,x" for i in range(1, 26))])
    msg = problem_text(tmp_path)
    assert msg.startswith("25 problems")
    assert msg.count("  - ") == extracts.MAX_PROBLEMS
    assert "... and 15 more." in msg


def test_missing_column_error_names_file_and_column(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, ["DIM_CLA_ELIGIBILITY_ID,DIM_PERSON_ID,START_DTTM,DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"])
    msg = problem_text(tmp_path)
    assert f"{ELIG}.csv: required column END_DTTM missing" in msg
    assert "the columns found are: DIM_CLA_ELIGIBILITY_ID, DIM_PERSON_ID, START_DTTM" in msg


def test_semicolon_separated_file_gets_a_hint(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER.replace(",", ";"), "1;1;;;x"])
    assert "semicolon-separated" in problem_text(tmp_path)


def test_extra_column_is_a_warning_and_names_match_case_insensitively(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG.lower(), [ELIG_HEADER.lower() + ",LOCAL_NOTE", "1,2,2024-01-01,NULL,x,hello"])
    frames, report = read_one(tmp_path)
    assert list(frames[ELIG].columns) == list(raw_schema()[ELIG])
    assert frames[ELIG].loc[0, "DIM_PERSON_ID"] == 2
    assert any("LOCAL_NOTE" in w and "ignored" in w for w in report.warnings)


def test_row_with_the_wrong_number_of_fields_is_an_error(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,,,x", '2,2,,,"a, quoted\nvalue"', "3,3,,x", "4,4,,,x,extra"])
    msg = problem_text(tmp_path)
    assert f"{ELIG}.csv, row 3: has 4 fields where the header has 5" in msg
    assert f"{ELIG}.csv, row 4: has 6 fields" in msg


def test_missing_files_are_listed_unless_allowed(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,,,x"])
    (tmp_path / "notes.csv").write_text("a\n1\n")
    msg = problem_text(tmp_path, allow_missing=False)
    assert f"no file for {len(raw_schema()) - 1} required table(s)" in msg
    assert "DIM_PERSON," in msg and "FACT_REFERRALS" in msg and ELIG + "," not in msg
    frames, report = read_one(tmp_path)
    assert len(frames["DIM_PERSON"]) == 0 and list(frames["DIM_PERSON"].columns) == list(raw_schema()["DIM_PERSON"])
    assert any("loaded empty" in w for w in report.warnings)
    assert any("notes.csv matches no liquidlogic raw table" in w for w in report.warnings)


def test_csv_and_parquet_for_one_table_is_an_error(tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,,,x"])
    pd.DataFrame({"DIM_CLA_ELIGIBILITY_ID": [1]}).to_parquet(tmp_path / f"{ELIG}.parquet")
    assert "keep exactly one file per table" in problem_text(tmp_path)


# --- all or nothing --------------------------------------------------------------------------


def test_a_failed_load_leaves_the_previous_load_intact(la, target: Target, tmp_path: Path) -> None:
    _, raw = la
    good = tmp_path / "good"
    write_files(good, raw, "csv")
    extracts.load_extracts(target, good)
    before = table_counts(target)
    # a second delivery: most tables emptied, and one bad value in the last table read
    bad = tmp_path / "bad"
    write_files(bad, {k: v.head(0) for k, v in raw.items()}, "csv")
    last = [name for name, frame in raw.items() if len(frame) >= 3][-1]  # the last table read that has rows
    df = raw[last].head(3).astype(object)
    df.iloc[2, 0] = "not-a-number"
    df.to_csv(bad / f"{last}.csv", index=False)
    with pytest.raises(extracts.ExtractError, match=f"{last}.csv, column {df.columns[0]}, row 3"):
        extracts.load_extracts(target, bad)
    assert table_counts(target) == before


def test_a_write_that_fails_midway_is_rolled_back(la, target: Target) -> None:
    _, raw = la
    write_tables_atomic(target, RAW, {"DIM_PERSON": raw["DIM_PERSON"], "DIM_WORKER": raw["DIM_WORKER"]})
    frames = {"DIM_PERSON": raw["DIM_PERSON"].head(1), 'BAD"NAME': raw["DIM_WORKER"]}  # the 2nd create fails
    with pytest.raises(Exception):  # noqa: B017 - whatever the engine raises
        write_tables_atomic(target, RAW, frames)
    assert query_scalar(target, f"select count(*) from {target.rel(RAW, 'DIM_PERSON')}") == len(raw["DIM_PERSON"])


@pytest.mark.postgres
def test_postgres_write_that_fails_midway_is_rolled_back(la, postgres_target: Target) -> None:
    _, raw = la
    target = replace(postgres_target, schema_prefix="pytest_extracts_")
    try:
        write_tables_atomic(target, RAW, {"DIM_PERSON": raw["DIM_PERSON"]})
        with pytest.raises(Exception):  # noqa: B017 - whatever psycopg2 raises
            write_tables_atomic(target, RAW, {"DIM_PERSON": raw["DIM_PERSON"].head(1), 'BAD"NAME': raw["DIM_WORKER"]})
        n = query_scalar(target, f"select count(*) from {target.rel(RAW, 'dim_person')}")
        assert n == len(raw["DIM_PERSON"])
    finally:
        with connect(target) as con:
            con.cursor().execute(f'drop schema if exists "{target.schema(RAW)}" cascade')


# --- the command -----------------------------------------------------------------------------


def _invoke(args: list[str], target: Target):
    env = {"SSD_DUCKDB_PATH": str(target.duckdb_path), "SSD_SCHEMA_PREFIX": "", "COLUMNS": "200"}
    return CliRunner().invoke(app, ["load-files", *args, "--target", "duckdb"], env=env)


def test_cli_exits_2_with_a_message_and_no_traceback(target: Target, tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,31/02/2024,,x"])
    result = _invoke([str(tmp_path), "--allow-missing"], target)
    assert result.exit_code == 2, result.output
    assert "error:" in result.output and f"{ELIG}.csv, column START_DTTM, row 1: value '31/02/2024'" in result.output
    assert "Traceback" not in result.output
    missing = _invoke([str(tmp_path / "nowhere")], target)
    assert missing.exit_code == 2 and "is not a folder" in missing.output and "Traceback" not in missing.output


def test_cli_loads_and_reports(target: Target, tmp_path: Path) -> None:
    write_csv(tmp_path, ELIG, [ELIG_HEADER, "1,1,31/03/2024,2024-04-01 00:00:00,£x"], "cp1252")
    result = _invoke([str(tmp_path), "--allow-missing"], target)
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "DD/MM/YYYY (1)" in result.output and "cp1252" in result.output
    assert query_scalar(target, f"select count(*) from {target.rel(RAW, ELIG)}") == 1


# --- end to end ------------------------------------------------------------------------------


@pytest.mark.slow
def test_files_to_dbt_build_to_oracle(la, target: Target, tmp_path: Path) -> None:
    """Files as an LA would send them (NULLs, UK dates, Windows-1252) give the same SSD as direct loading."""
    truth, raw = la
    folder = tmp_path / "extract"
    write_files(folder, raw, "csv")
    _sqlserver_style(raw["DIM_PERSON"]).to_csv(folder / "DIM_PERSON.csv", index=False, encoding="cp1252")
    extracts.load_extracts(target, folder)
    write_tables(target, "truth", truth)
    proc = pipeline.run_dbt(["build"], target, pipeline.dbt_vars(AS_AT), quiet=True)
    assert proc.returncode == 0, "dbt build failed:\n" + "\n".join((proc.stdout or "").splitlines()[-40:])
    results = compare_all(target)
    assert all(r.ok for r in results), format_report(results)


def _sqlserver_style(df: pd.DataFrame) -> pd.DataFrame:
    """NULL for nulls and UK day-first dates, as a careless SSMS export might give."""
    out = df.astype(object)
    for c in df.columns:
        if pd.api.types.is_datetime64_any_dtype(df[c]):
            out[c] = df[c].dt.strftime("%d/%m/%Y %H:%M")
        out[c] = out[c].where(df[c].notna(), "NULL")
    return out

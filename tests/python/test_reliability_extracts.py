"""Issue #9 part 2 (and the privacy of part 4): `ssd load-files` reads exactly what a file says, or refuses it.

Small hand-made files of two Liquidlogic tables; every other table is left out (--allow-missing).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from ssd_kit import extracts

ELIG = "DIM_CLA_ELIGIBILITY"
ELIG_HEADER = "DIM_CLA_ELIGIBILITY_ID,DIM_PERSON_ID,START_DTTM,END_DTTM,DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"
WORKER_HEADER = "DIM_WORKER_ID,STAFF_ID,FORENAME,SURNAME,WORKER_ID_CODE,JOB_TITLE,DEPARTMENT_NAME,FULL_TIME_EQUIVALENCY"
PERSON_HEADER = (
    "DIM_PERSON_ID,LEGACY_ID,FORENAME,SURNAME,GENDER_MAIN_CODE,ETHNICITY_MAIN_CODE,BIRTH_DTTM,DOB_ESTIMATED,"
    "DEATH_DTTM,UPN,FORMER_UPN,EHM_SEN_FLAG,NATNL_CODE,IS_CLIENT,DUPLICATED_DTTM"
)


def write(folder: Path, table: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{table}.csv"
    path.write_bytes(data)
    return path


def lines(*rows: str) -> bytes:
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def read(folder: Path) -> tuple[dict[str, pd.DataFrame], extracts.LoadReport]:
    return extracts.read_extracts(folder, "liquidlogic", allow_missing=True)


def refused(folder: Path) -> str:
    with pytest.raises(extracts.ExtractError) as err:
        read(folder)
    return str(err.value)


def elig_rows(n: int) -> list[str]:
    return [f"{i},{100 + i},2024-01-0{1 + i % 9},,Eligible" for i in range(1, n + 1)]


def test_unclosed_quote_in_last_column_is_refused_naming_the_row(tmp_path: Path) -> None:
    rows = elig_rows(10)
    rows[3] = '4,104,2024-01-05,,"Eligible'  # the quote opens on data row 4 and is never closed
    write(tmp_path, ELIG, lines(ELIG_HEADER, *rows, '11,111,2024-01-02,,"x"'))
    msg = refused(tmp_path)
    assert "DIM_CLA_ELIGIBILITY.csv, row 4: a quoted value opens on line 5 and is not closed" in msg


def test_quote_closed_at_the_end_of_a_later_line_is_refused(tmp_path: Path) -> None:
    """The quotes pair up and strict CSV reads it, but a value holds whole records: a quote was not closed."""
    rows = elig_rows(6)
    rows[1] = '2,102,2024-01-03,,"Eligible'
    rows[3] = '4,104,2024-01-05,,Eligible"'
    write(tmp_path, ELIG, lines(ELIG_HEADER, *rows))
    msg = refused(tmp_path)
    assert "DIM_CLA_ELIGIBILITY.csv, column 5 (of 5), row 2" in msg and "closing quote is missing" in msg


def test_quote_open_to_the_end_of_the_file_is_refused(tmp_path: Path) -> None:
    write(tmp_path, ELIG, lines(ELIG_HEADER, *elig_rows(3), '4,104,2024-01-05,,"Eligible'))
    msg = refused(tmp_path)
    assert "DIM_CLA_ELIGIBILITY.csv, row 4: a quoted value opens on line 5 and is not closed" in msg


def test_stray_quote_inside_a_value_still_loads(tmp_path: Path) -> None:
    write(tmp_path, ELIG, lines(ELIG_HEADER, '1,101,,,5\'10"', "2,102,,,x"))
    frames, _ = read(tmp_path)
    assert frames[ELIG]["DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"].tolist() == ["5'10\"", "x"]


def test_multi_line_text_that_is_no_record_still_loads(tmp_path: Path) -> None:
    write(tmp_path, ELIG, lines(ELIG_HEADER, '1,101,2024-01-01,,"line one\r\nline two, still the note"', "2,102,,,x"))
    frames, _ = read(tmp_path)
    assert frames[ELIG]["DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"].tolist() == ["line one\r\nline two, still the note", "x"]


@pytest.mark.parametrize(
    "value", ["31/03/2026 24:00", "2026-03-31 99:99:99", "2026-03-31 23:60", "31/03/2026 23:59:60"]
)
def test_impossible_times_are_refused(tmp_path: Path, value: str) -> None:
    write(tmp_path, ELIG, lines(ELIG_HEADER, "1,101,2024-01-01,,x", f"2,102,{value},,x"))
    msg = refused(tmp_path)
    assert f"column START_DTTM, row 2: value '{value}' is not a real date or time" in msg


def test_valid_times_still_load(tmp_path: Path) -> None:
    write(tmp_path, ELIG, lines(ELIG_HEADER, "1,101,31/03/2026 23:59:59,,x", "2,102,2026-03-31 00:00,,x"))
    frames, _ = read(tmp_path)
    assert frames[ELIG]["START_DTTM"].tolist() == [
        pd.Timestamp("2026-03-31 23:59:59"), pd.Timestamp("2026-03-31 00:00")
    ]


def test_utf8_file_with_one_cp1252_byte_is_refused_naming_the_lines(tmp_path: Path) -> None:
    data = lines(WORKER_HEADER, "1,S1,Zoë,Brontë,SW1,T,D,1", "2,S2,A,B,SW2,T,D,1")
    data += "3,S3,Ren\xe9,C,SW3,T,D,1\r\n".encode("cp1252")
    write(tmp_path, "DIM_WORKER", data)
    msg = refused(tmp_path)
    assert "mixes encodings: line 2 holds UTF-8 text but byte b'\\xe9' on line 4 is not UTF-8" in msg


def test_wholly_cp1252_file_still_loads(tmp_path: Path) -> None:
    write(tmp_path, "DIM_WORKER", (WORKER_HEADER + "\r\n1,S1,Zoë,Brontë,SW1,T,Café £5,1\r\n").encode("cp1252"))
    frames, report = read(tmp_path)
    assert frames["DIM_WORKER"]["FORENAME"].tolist() == ["Zoë"]
    assert next(t for t in report.tables if t.table == "DIM_WORKER").encoding == "cp1252"


@pytest.mark.parametrize("bad", ["inf", "1e400", "nan", "-inf", "Infinity"])
@pytest.mark.parametrize("clean_rest", [True, False])
def test_non_finite_numbers_are_refused_always(tmp_path: Path, bad: str, clean_rest: bool) -> None:
    other = "0.5" if clean_rest else "1,5"  # a clean column takes the fast path; a messy one the parser
    rows = ["1,S,A,B,C,D,E,0.5", f"2,S,A,B,C,D,E,{bad}", f'3,S,A,B,C,D,E,"{other}"']
    write(tmp_path, "DIM_WORKER", lines(WORKER_HEADER, *rows))
    msg = refused(tmp_path)
    assert f"DIM_WORKER.csv, column FULL_TIME_EQUIVALENCY, row 2: value '{bad}' is not" in msg


def test_header_only_file_warns_loudly(tmp_path: Path) -> None:
    write(tmp_path, ELIG, lines(ELIG_HEADER))
    _, report = read(tmp_path)
    assert any("DIM_CLA_ELIGIBILITY.csv has a header but NO data rows" in w for w in report.warnings)


def test_symlink_in_the_extract_folder_is_refused(tmp_path: Path) -> None:
    real = write(tmp_path / "elsewhere", ELIG, lines(ELIG_HEADER, "1,101,,,x"))
    (tmp_path / "extract").mkdir()
    os.symlink(real, tmp_path / "extract" / f"{ELIG}.csv")
    assert "DIM_CLA_ELIGIBILITY.csv: is a symbolic link" in refused(tmp_path / "extract")


def test_utf16_without_bom_named(tmp_path: Path) -> None:
    write(tmp_path, ELIG, (ELIG_HEADER + "\r\n1,101,,,x\r\n").encode("utf-16-le"))
    assert "looks like UTF-16 little-endian (UTF-16LE) without a byte-order mark" in refused(tmp_path)


def test_parquet_named_csv_named(tmp_path: Path) -> None:
    frame = pd.DataFrame({"DIM_CLA_ELIGIBILITY_ID": [1]})
    frame.to_parquet(tmp_path / f"{ELIG}.csv")
    assert "is a Parquet file named .csv: rename it to .parquet" in refused(tmp_path)


def test_time_zoned_parquet_timestamps_named(tmp_path: Path) -> None:
    frame = pd.DataFrame({
        "DIM_CLA_ELIGIBILITY_ID": [1, 2], "DIM_PERSON_ID": [101, 102],
        "START_DTTM": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 00:00"]).tz_localize("UTC"),
        "END_DTTM": pd.Series([pd.NaT, pd.NaT], dtype="datetime64[ns]"),
        "DIM_LOOKUP_ELIGIBILITY_STATUS_DESC": ["x", "y"],
    })
    frame.to_parquet(tmp_path / f"{ELIG}.parquet")
    msg = refused(tmp_path)
    assert "column START_DTTM, row 1" in msg and "is a time-zoned timestamp (UTC)" in msg


def test_missing_header_row_does_not_print_the_childs_record(tmp_path: Path) -> None:
    row = "17,L17,Jessica,Pemberton,F,WBRI,2014-02-03,N,,A123456789012,,N,GBR,Y,"
    write(tmp_path, "DIM_PERSON", lines(row, row.replace("17", "18")))
    msg = refused(tmp_path)
    assert "is the header row missing?" in msg
    for secret in ("Jessica", "Pemberton", "2014-02-03", "A123456789012"):
        assert secret not in msg


def test_bad_value_in_a_personal_data_column_is_shown_as_its_shape(tmp_path: Path) -> None:
    write(tmp_path, "DIM_PERSON", lines(PERSON_HEADER, "17,L17,Jess,P,F,WBRI,31/02/2014,N,,A1,,N,GBR,Y,"))
    msg = refused(tmp_path)
    assert "column BIRTH_DTTM, row 1: value <hidden personal data, shape '99/99/9999'>" in msg
    assert "31/02/2014" not in msg
    write(tmp_path, ELIG, lines(ELIG_HEADER, "1,101,31/02/2014,,x"))  # not personal data: the value is shown
    assert "value '31/02/2014' is not a real date" in refused(tmp_path)

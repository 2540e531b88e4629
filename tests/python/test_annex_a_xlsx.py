"""The Annex A workbook writer: sheets, Ofsted headers, real dates, blanks, refusals, deterministic bytes."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd
import pytest

from ssd_kit.returns.annex_a_xlsx import LISTS, AnnexAFrameError, write_annex_a

EXTRACT = dt.date(2026, 10, 31)


def _empty_frames() -> dict[str, pd.DataFrame]:
    return {spec.model: pd.DataFrame(columns=spec.column_names) for spec in LISTS}


def _frames() -> dict[str, pd.DataFrame]:
    frames = _empty_frames()
    spec = LISTS[0]
    frames[spec.model] = pd.DataFrame(
        [
            ["100001", "a) Male", "a) WBRI", pd.Timestamp("2010-10-31"), 16, pd.Timestamp("2026-04-30"),
             "q) 6: Police"],
            ["100002", "b) Female", None, pd.NaT, None, dt.date(2026, 10, 31), "u) 10: Unknown"],
        ],
        columns=spec.column_names,
    )
    return frames


def test_lists_match_ofsted_template_shape():
    assert [spec.sheet for spec in LISTS] == [f"List {n}" for n in range(1, 12)]
    assert [len(spec.columns) for spec in LISTS] == [7, 8, 11, 12, 14, 14, 17, 34, 17, 16, 19]
    for spec in LISTS:
        assert len(set(spec.column_names)) == len(spec.column_names), spec.model


def test_workbook_sheets_headers_dates_and_blanks(tmp_path):
    path = write_annex_a(_frames(), tmp_path / "annex_a.xlsx", EXTRACT)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [f"List {n}" for n in range(1, 12)]
    for spec in LISTS:
        ws = wb[spec.sheet]
        assert [c.value for c in ws[1]] == spec.headers
    ws = wb["List 1"]
    assert ws.max_row == 3
    first, second = [c for c in ws[2]], [c for c in ws[3]]
    assert first[0].value == "100001" and first[0].data_type == "s"  # ids stay text
    assert first[3].value == dt.datetime(2010, 10, 31) and first[3].is_date
    assert first[3].number_format == "dd/mm/yyyy"
    assert first[4].value == 16
    assert first[5].value == dt.datetime(2026, 4, 30)
    assert second[2].value is None and second[3].value is None and second[4].value is None  # NULL -> blank
    assert second[5].value == dt.datetime(2026, 10, 31)
    assert wb.properties.created == dt.datetime(2026, 10, 31)
    assert wb["List 11"].max_row == 1  # header only


def test_two_writes_are_byte_identical(tmp_path):
    a = write_annex_a(_frames(), tmp_path / "a.xlsx", EXTRACT)
    b = write_annex_a(_frames(), tmp_path / "b.xlsx", EXTRACT)
    assert a.read_bytes() == b.read_bytes()


def test_wrong_columns_are_refused_and_nothing_is_written(tmp_path):
    frames = _frames()
    spec = LISTS[2]
    frames[spec.model] = pd.DataFrame(columns=[*spec.column_names[:-1], "worker"])
    target = tmp_path / "refused.xlsx"
    with pytest.raises(AnnexAFrameError, match=r"rpt_annex_a__list_03_referrals.*allocated_worker"):
        write_annex_a(frames, target, EXTRACT)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_missing_or_unknown_lists_are_refused(tmp_path):
    frames = _frames()
    del frames[LISTS[10].model]
    with pytest.raises(AnnexAFrameError, match="missing lists"):
        write_annex_a(frames, tmp_path / "x.xlsx", EXTRACT)
    frames = _frames()
    frames["rpt_annex_a__list_12_other"] = pd.DataFrame()
    with pytest.raises(AnnexAFrameError, match="unknown lists"):
        write_annex_a(frames, tmp_path / "x.xlsx", EXTRACT)


def test_reordered_columns_are_refused(tmp_path):
    frames = _frames()
    spec = LISTS[0]
    frames[spec.model] = frames[spec.model][list(reversed(spec.column_names))]
    with pytest.raises(AnnexAFrameError, match="out of order"):
        write_annex_a(frames, tmp_path / "x.xlsx", EXTRACT)


def test_overwrite_replaces_atomically(tmp_path):
    path = tmp_path / "annex_a.xlsx"
    path.write_bytes(b"old")
    write_annex_a(_empty_frames(), path, EXTRACT)
    assert openpyxl.load_workbook(path).sheetnames[0] == "List 1"
    assert [p.name for p in tmp_path.iterdir()] == ["annex_a.xlsx"]

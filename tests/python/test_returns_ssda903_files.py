"""The SSDA903 CSV writer: names, columns, cell formats, determinism, atomic writes (no dbt needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssd_kit.returns import ssda903_files as w


def episodes_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "CHILD": ["100234", "100235"],
            "DECOM": [pd.Timestamp("2025-03-31"), dt.date(2024, 4, 1)],
            "RNE": ["S", "P"],
            "LS": ["C2", "V2"],
            "CIN": ["N1", "N4"],
            "PLACE": ["U1", "K2"],
            "PLACE_PROVIDER": ["PR1", None],
            "DEC": [pd.NaT, pd.Timestamp("2025-01-05")],
            "REC": [None, "X1"],
            "REASON_PLACE_CHANGE": [None, "CARPL"],
            "HOME_POST": ["AB1 2CD", "EF3, 4GH"],
            "PL_POST": [np.nan, "IJ5 6KL"],
            "URN": ["SC123456", None],
        }
    )


def test_every_model_has_a_file_and_columns() -> None:
    assert set(w.SSDA903_FILES) == set(w.SSDA903_COLUMNS)
    assert len(w.SSDA903_FILES) == 11
    assert len(set(w.SSDA903_FILES.values())) == 11
    assert w.SSDA903_COLUMNS["rpt_ssda903__episodes"][:3] == ("CHILD", "DECOM", "RNE")
    assert w.SSDA903_FILES["rpt_ssda903__prev_perm"] == "previous_permanence.csv"


def test_cells() -> None:
    assert w.format_cell(None) == ""
    assert w.format_cell(np.nan) == ""
    assert w.format_cell(pd.NaT) == ""
    assert w.format_cell(pd.NA) == ""
    assert w.format_cell(pd.Timestamp("2025-03-31")) == "31/03/2025"
    assert w.format_cell(dt.date(2024, 4, 1)) == "01/04/2024"
    assert w.format_cell(dt.datetime(2024, 4, 1)) == "01/04/2024"
    assert w.format_cell(12.0) == "12"
    assert w.format_cell(np.int64(7)) == "7"
    assert w.format_cell(np.float64(3.0)) == "3"
    assert w.format_cell(2.5) == "2.5"
    assert w.format_cell("0") == "0"
    assert w.format_cell("PN0") == "PN0"
    with pytest.raises(ValueError, match="time of day"):
        w.format_cell(pd.Timestamp("2025-03-31 10:00"))
    with pytest.raises(ValueError, match="boolean"):
        w.format_cell(True)


def test_bytes_are_exact(tmp_path: Path) -> None:
    paths = w.write_ssda903({"rpt_ssda903__episodes": episodes_frame()}, tmp_path)
    assert paths == [tmp_path / "episodes.csv"]
    assert paths[0].read_bytes() == (
        b"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n"
        b"100234,31/03/2025,S,C2,N1,U1,PR1,,,,AB1 2CD,,SC123456\r\n"
        b'100235,01/04/2024,P,V2,N4,K2,,05/01/2025,X1,CARPL,"EF3, 4GH",IJ5 6KL,\r\n'
    )
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_integers_from_a_float_column(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "CHILD": ["1", "2"], "DOB": [pd.Timestamp("2012-02-29"), pd.Timestamp("2010-01-01")],
            "SDQ_SCORE": [14.0, np.nan], "SDQ_REASON": [None, "SDQ2"], "CONVICTED": ["0", "1"],
            "HEALTH_CHECK": [None, None], "IMMUNISATIONS": ["1", "1"], "TEETH_CHECK": ["1", "0"],
            "HEALTH_ASSESSMENT": ["1", "1"], "SUBSTANCE_MISUSE": ["0", "0"],
            "INTERVENTION_RECEIVED": [None, None], "INTERVENTION_OFFERED": [None, None],
        }
    )
    (path,) = w.write_ssda903({"rpt_ssda903__oc2": frame}, tmp_path)
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[1] == "1,29/02/2012,14,,0,,1,1,1,0,,"
    assert lines[2] == "2,01/01/2010,,SDQ2,1,,1,0,1,0,,"


def test_deterministic(tmp_path: Path) -> None:
    first = w.write_ssda903({"rpt_ssda903__episodes": episodes_frame()}, tmp_path / "a")
    second = w.write_ssda903({"rpt_ssda903__episodes": episodes_frame()}, tmp_path / "b")
    assert first[0].read_bytes() == second[0].read_bytes()
    again = w.write_ssda903({"rpt_ssda903__episodes": episodes_frame()}, tmp_path / "a")
    assert again[0].read_bytes() == second[0].read_bytes()


def test_empty_table_has_a_header(tmp_path: Path) -> None:
    frame = pd.DataFrame(columns=list(w.SSDA903_COLUMNS["rpt_ssda903__missing"]))
    (path,) = w.write_ssda903({"rpt_ssda903__missing": frame}, tmp_path)
    assert path.read_bytes() == b"CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        (["CHILD", "DOB", "MISSING", "MIS_START"], "missing \\['MIS_END'\\]"),
        (["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END", "PL_DISTANCE"], "not DfE columns \\['PL_DISTANCE'\\]"),
        (["CHILD", "MISSING", "DOB", "MIS_START", "MIS_END"], "out of order"),
        (["child", "DOB", "MISSING", "MIS_START", "MIS_END"], "missing \\['CHILD'\\]"),
    ],
)
def test_refuses_wrong_columns(tmp_path: Path, columns: list[str], message: str) -> None:
    good = pd.DataFrame(columns=list(w.SSDA903_COLUMNS["rpt_ssda903__reviews"]))
    bad = pd.DataFrame(columns=columns)
    with pytest.raises(ValueError, match=message):
        w.write_ssda903({"rpt_ssda903__reviews": good, "rpt_ssda903__missing": bad}, tmp_path)
    assert not tmp_path.exists() or not list(tmp_path.iterdir()), "nothing is written when one table is bad"


def test_refuses_unknown_table(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not SSDA903 tables"):
        w.write_ssda903({"rpt_ssda903__dolo": pd.DataFrame()}, tmp_path)


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (path,) = w.write_ssda903({"rpt_ssda903__episodes": episodes_frame()}, tmp_path)
    before = path.read_bytes()

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(w.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        w.write_ssda903({"rpt_ssda903__episodes": episodes_frame().iloc[:1]}, tmp_path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["episodes.csv"]

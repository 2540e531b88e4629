"""Write the SSDA903 (children looked after) return as the CSV files the DfE and its validator read.

One file per table. The DfE validator recognises a table by its exact set of column names, so this module
keeps the DfE column list of every table (our own restatement of the 2025/26 specification) and refuses a
frame whose columns are not that set. Values are written as the DfE reads them:

* dates as dd/mm/yyyy (a date, a datetime at midnight, or a pandas Timestamp);
* NULL (None, NaN, NaT, pd.NA) as an empty cell;
* codes and identifiers as text, exactly as given (no upper-casing, no padding), except that a text cell a
  spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or CR first, e.g. a postcode `@SUM(A1)`) gets a
  leading `'` (ssd_kit.csvsafe; a text value that is a plain number such as `-1` is left alone);
* whole numbers without a trailing ".0" (a float column that pandas widened because of a NULL stays integral);
* other numbers with Python's shortest round-trip repr.

Byte format (chosen so that the same frames always give identical files): UTF-8 without a byte-order mark,
fields separated by commas, quoted only when they hold a comma, quote or line break (RFC 4180 minimal
quoting), each record ended by CRLF (RFC 4180; the DfE portal and the validator also accept LF). Rows are
written in the frame's order: the caller sorts (the writer does not reorder rows, so a deterministic
frame gives a deterministic file). Each file is written to a temporary file in the target folder and
renamed over the final name, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ssd_kit.csvsafe import neutralise

# dbt model name -> the CSV file name used by the DfE validator's sample data (the validator itself
# identifies a table by its columns, so the names are for people).
SSDA903_FILES: dict[str, str] = {
    "rpt_ssda903__header": "header.csv",
    "rpt_ssda903__episodes": "episodes.csv",
    "rpt_ssda903__reviews": "reviews.csv",
    "rpt_ssda903__uasc": "uasc.csv",
    "rpt_ssda903__oc2": "oc2.csv",
    "rpt_ssda903__oc3": "oc3.csv",
    "rpt_ssda903__ad1": "ad1.csv",
    "rpt_ssda903__placed_adoption": "placed_for_adoption.csv",
    "rpt_ssda903__prev_perm": "previous_permanence.csv",
    "rpt_ssda903__missing": "missing.csv",
    "rpt_ssda903__sw_episodes": "sw_episodes.csv",
}

# dbt model name -> the DfE columns of that table, in the DfE order (SSDA903 2025/26).
SSDA903_COLUMNS: dict[str, tuple[str, ...]] = {
    "rpt_ssda903__header": ("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    "rpt_ssda903__episodes": (
        "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
        "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN",
    ),
    "rpt_ssda903__reviews": ("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    "rpt_ssda903__uasc": ("CHILD", "SEX", "DOB", "DUC"),
    "rpt_ssda903__oc2": (
        "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
        "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED",
    ),
    "rpt_ssda903__oc3": ("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    "rpt_ssda903__ad1": (
        "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR",
    ),
    "rpt_ssda903__placed_adoption": (
        "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED",
    ),
    "rpt_ssda903__prev_perm": ("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    "rpt_ssda903__missing": ("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    "rpt_ssda903__sw_episodes": ("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
}

LINE_TERMINATOR = "\r\n"
ENCODING = "utf-8"


def format_cell(value: object) -> str:
    """The text of one CSV cell as the DfE reads it (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        if pd.isna(value):
            return ""
        if (value.hour, value.minute, value.second, value.microsecond) != (0, 0, 0, 0):
            raise ValueError(f"a 903 date must be a calendar date, got a time of day: {value!r}")
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    try:
        if pd.isna(value):  # NaN, NaT, pd.NA (scalar only: lists are refused below)
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, bool):
        raise ValueError(f"a 903 cell cannot be a boolean, send a code instead: {value!r}")
    if isinstance(value, int) or (hasattr(value, "dtype") and value.dtype.kind in "iu"):
        return str(int(value))  # type: ignore[call-overload]
    if isinstance(value, float) or (hasattr(value, "dtype") and value.dtype.kind == "f"):
        number = float(value)  # type: ignore[arg-type]
        if math.isinf(number):
            raise ValueError(f"a 903 cell cannot be infinite: {value!r}")
        return str(int(number)) if number.is_integer() else repr(number)
    raise ValueError(f"cannot write a {type(value).__name__} into a 903 CSV cell: {value!r}")


def check_columns(model: str, frame: pd.DataFrame) -> None:
    """Refuse a frame that is not exactly the DfE column set of its table (names and order)."""
    if model not in SSDA903_COLUMNS:
        raise ValueError(f"{model!r} is not an SSDA903 table; known tables: {', '.join(sorted(SSDA903_COLUMNS))}")
    expected = list(SSDA903_COLUMNS[model])
    actual = [str(c) for c in frame.columns]
    if actual == expected:
        return
    missing = [c for c in expected if c not in actual]
    extra = [c for c in actual if c not in expected]
    duplicated = sorted({c for c in actual if actual.count(c) > 1})
    problems = []
    if missing:
        problems.append(f"missing {missing}")
    if extra:
        problems.append(f"not DfE columns {extra}")
    if duplicated:
        problems.append(f"repeated {duplicated}")
    if not problems:
        problems.append(f"columns out of order: expected {expected}, got {actual}")
    raise ValueError(
        f"{model} ({SSDA903_FILES[model]}): the columns are not the DfE SSDA903 set, so the DfE validator "
        f"would not recognise the file: {'; '.join(problems)}"
    )


def to_csv_bytes(model: str, frame: pd.DataFrame) -> bytes:
    """The exact bytes of one table's CSV file."""
    check_columns(model, frame)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=LINE_TERMINATOR, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(SSDA903_COLUMNS[model])
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([format_cell(v) for v in row])
    return buffer.getvalue().encode(ENCODING)


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_ssda903(frames: Mapping[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Write each SSDA903 table present in `frames` (keyed by dbt model name) into `folder`.

    Every frame is checked before anything is written, so a bad table leaves the folder untouched.
    Returns the written paths in the order of SSDA903_FILES. Keys that are not 903 tables are refused.
    """
    unknown = sorted(set(frames) - set(SSDA903_FILES))
    if unknown:
        raise ValueError(f"not SSDA903 tables: {unknown}; expected some of {sorted(SSDA903_FILES)}")
    contents = {model: to_csv_bytes(model, frames[model]) for model in SSDA903_FILES if model in frames}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for model, data in contents.items():
        path = folder / SSDA903_FILES[model]
        _write_atomically(path, data)
        written.append(path)
    return written

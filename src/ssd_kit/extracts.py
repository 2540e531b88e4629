"""Load a folder of supplier extract files (one CSV or Parquet file per raw table) into the warehouse.

Many LAs cannot let dbt read their case-management database, but can export each raw table to a
file (SSMS "Save results as", bcp, an SSIS package). `load_extracts` reads such a folder, checks
it against the supplier's declared raw schema (`suppliers/<supplier>/supplier.yml`, ssd_kit.suppliers), converts
every value to its declared type and only then writes all tables to the raw schema (for
Liquidlogic: child_social) in one transaction. Nothing is ever half-loaded: any problem stops the
load before the first write, and a failure during the write rolls it back, so the previous raw
tables stay as they were.

Files. `<TABLE>.csv` or `<TABLE>.parquet`, the name matched case-insensitively against the
declared tables; other files are ignored with a warning. Every declared table is required: a
missing file is an error unless `allow_missing`, which loads it as an empty table (with a
warning). If the folder holds no table file but has a `<supplier>/` subfolder (the layout
`ssd simulate --files DIR` writes), that subfolder is read.

CSV encoding, detected per file, deterministically:
  * a byte-order mark decides: UTF-8 BOM -> utf-8-sig, UTF-16 BOM -> utf-16 (SSMS "Unicode");
  * else if the whole file is valid UTF-8 -> utf-8;
  * else cp1252 (Windows-1252, SQL Server's default code page for English collations), but only if the file
    holds no multi-byte UTF-8 sequence: a UTF-8 file with a cp1252 byte pasted in is refused, naming both lines;
  * a Parquet file named .csv, UTF-16 without a byte-order mark and NUL bytes are refused with that cause.
A statistical detector such as charset-normalizer was not used: SQL Server only writes these few
encodings, and on the typical extract (mostly ASCII, a handful of `é` or `£`) a detector must
guess from very little evidence and may answer latin-1, cp1250 or mac-roman, differently between
versions. Strict UTF-8 decoding is close to never wrong (cp1252 text with accented letters is
almost never valid UTF-8), needs no dependency, and gives the same answer every time.

CSV values. Comma separated, double-quote quoting, a header row. An empty field or the literal
`NULL` (what SQL Server writes for null) is null. Text is kept exactly as exported, spaces and
Y/N/YES/TRUE flag spellings included (the dbt staging models normalise those). In number and
date columns surrounding spaces are ignored. Integers may be written `123` or `123.0`.
Dates may mix formats within one column; accepted are ISO `2024-03-31`, `2024-03-31 09:15`,
`2024-03-31 00:00:00`, `2024-03-31T09:15:00`, `2024-03-31 09:15:00.000` (up to 9 fractional
digits) and UK `31/03/2024`, `31/03/2024 09:15`, `31/03/2024 09:15:00`. Slash dates are always
read day-first (DD/MM/YYYY), the UK convention: US month-first dates are never guessed, and a
value such as `03/31/2024` is an error. Two-digit years are not accepted. Dates must lie between
1678 and 2261 (what a nanosecond timestamp holds): export open-ended sentinels such as
9999-12-31 as NULL.

Parquet. Typed columns are used as they are when compatible (integers, whole floats in integer
columns, timestamps); string values in number and date columns go through the same parsing as CSV
values. Parquet text columns are kept as stored (a Parquet null is null; "" and "NULL" stay text).

Speed: the common case (canonical integers, numbers and ISO dates) is converted in Arrow in one
vectorised step; only a column holding other spellings goes through the value-by-value parsers,
which are also what names a bad value. A median LA (~0.9M rows) reads in a few seconds.

Errors name the file, the column, the 1-based data row (the header is not counted) and the
offending value with the type expected; the first `max_problems` are listed and the rest counted.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ssd_kit.db import Target, write_tables_atomic
from ssd_kit.raw import RAW_DTYPES, conform_raw

MAX_PROBLEMS = 10
NULL_TOKENS = ("", "NULL")
SUFFIXES = (".csv", ".parquet")
EXPECTED = {
    "int": "a whole number such as 123 or 123.0",
    "float": "a number such as 1.5",
    "datetime": "a date: YYYY-MM-DD, YYYY-MM-DD hh:mm[:ss[.fff]], YYYY-MM-DDThh:mm:ss or DD/MM/YYYY [hh:mm[:ss]]",
}
PARQUET_TIMESTAMP = "parquet timestamp"
SUMMARY_COLUMNS = ("table", "file", "rows", "encoding", "date formats seen")
_TIME = r"(?:(?P<sep>{sep})(?P<H>\d{{1,2}}):(?P<M>\d{{2}})(?::(?P<S>\d{{2}})(?:\.(?P<f>\d{{1,9}}))?)?)?"
ISO_DATE_RE = r"(?P<Y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME.format(sep="[ T]")
UK_DATE_RE = r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<Y>\d{4})" + _TIME.format(sep=" ")
INT_RE = r"[+-]?\d+(?:\.0*)?"
ISO_PATTERN, UK_PATTERN = re.compile(ISO_DATE_RE), re.compile(UK_DATE_RE)
MIN_YEAR, MAX_YEAR = 1678, 2261


@dataclass(frozen=True)
class Problem:
    """One reason the load cannot go ahead, located as precisely as known."""

    file: str
    detail: str
    column: str | None = None
    row: int | None = None
    value: object = None

    def __str__(self) -> str:
        where = self.file
        if self.column is not None:
            where += f", column {self.column}"
        if self.row is not None:
            where += f", row {self.row}"
        what = f"value {shown_value(self.column, self.value)} " if self.value is not None else ""
        return f"{where}: {what}{self.detail}"


# Raw columns that hold personal data, by name (case-insensitive, anywhere in the name): a value of such a column is
# never printed in a message, only its shape (letters as A, digits as 9), e.g. a date of birth '31/02/2014' is shown
# as 99/99/9999. Column-name patterns are a deliberate over-approximation (DEPARTMENT_NAME is masked too): a value is
# only hidden, never lost, and the row and column still say where to look.
PII_COLUMN = re.compile(
    r"NAME|BIRTH|DOB|DEATH|ADDRESS|ADDR|POSTCODE|POST_CODE|STREET|TOWN|UPRN|UPN|NHS|NI_NUM|NINO|EMAIL|PHONE|TEL|"
    r"MOBILE|EASTING|NORTHING|LATITUDE|LONGITUDE|NOTE|COMMENT|DESCRIPTION|TEXT",
    re.IGNORECASE,
)


def is_pii_column(column: str | None) -> bool:
    return column is not None and bool(PII_COLUMN.search(column))


def shown_value(column: str | None, value: object) -> str:
    """repr(value), or for a personal-data column only its shape: `<hidden, shape '99/99/9999'>`."""
    if not is_pii_column(column):
        return repr(value)
    shape = re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", str(value)))
    return f"<hidden personal data, shape {shape[:40]!r}>"


class ExtractError(Exception):
    """The extract files cannot be loaded; nothing was written. str() is the whole explanation."""

    def __init__(self, problems: list[Problem], total: int, folder: Path) -> None:
        self.problems = problems
        self.total = total
        self.folder = folder
        super().__init__(str(self))

    def __str__(self) -> str:
        head = (
            f"{self.total} problem{'s' if self.total != 1 else ''} in the extract files in {self.folder}; "
            "nothing was loaded and the previous raw tables are unchanged."
        )
        lines = [head, *(f"  - {p}" for p in self.problems)]
        if self.total > len(self.problems):
            lines.append(f"  ... and {self.total - len(self.problems)} more.")
        return "\n".join(lines)


class _Problems:
    """Collects problems, keeping the first `limit` and counting all of them."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.items: list[Problem] = []
        self.total = 0

    def add(self, problem: Problem) -> None:
        self.total += 1
        if len(self.items) < self.limit:
            self.items.append(problem)

    def add_counted(self, first: Iterable[Problem], count: int) -> None:
        """Record `count` problems of which `first` are the leading ones (only as many as fit are built)."""
        self.items.extend(islice(first, max(self.limit - len(self.items), 0)))
        self.total += count


@dataclass
class TableReport:
    """What was read for one raw table."""

    table: str
    file: Path | None
    rows: int = 0
    encoding: str = ""
    date_formats: dict[str, Counter] = field(default_factory=dict)  # column -> {format: values}
    ignored_columns: list[str] = field(default_factory=list)

    def formats_seen(self) -> Counter:
        """Date formats over all the table's date columns, with how many values had each."""
        total: Counter = Counter()
        for counts in self.date_formats.values():
            total.update(counts)
        return total


@dataclass
class LoadReport:
    """What a load read (and, after load_extracts, wrote)."""

    supplier: str
    schema: str
    folder: Path
    tables: list[TableReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def summary_rows(self) -> list[tuple[str, str, str, str, str]]:
        """One display row per table, in the order of SUMMARY_COLUMNS."""
        return [
            (
                t.table,
                t.file.name if t.file else "-",
                f"{t.rows:,}",
                t.encoding,
                ", ".join(f"{label} ({n:,})" for label, n in t.formats_seen().most_common()),
            )
            for t in self.tables
        ]


@dataclass
class _Converted:
    values: pd.Series
    bad: pd.Series  # row index -> reason, for the values that could not be converted
    formats: Counter = field(default_factory=Counter)


# --- public entry points -------------------------------------------------------------------


def load_extracts(
    target: Target,
    folder: Path,
    supplier: str = "liquidlogic",
    allow_missing: bool = False,
    max_problems: int = MAX_PROBLEMS,
) -> LoadReport:
    """Validate and convert every extract file in folder, then replace the raw tables in one transaction.

    Raises ExtractError (nothing written) when any file, column or value is wrong; a database
    error during the write rolls the whole load back.
    """
    from ssd_kit import buildstate

    frames, report = read_extracts(folder, supplier, allow_missing, max_problems)
    # The load's record (ssd_meta.ssd_raw_loads) commits with the tables: every SSD built before is now stale.
    counts = {report.schema: {t: len(f) for t, f in frames.items()}}
    stmts = buildstate.record_load_sql(target, counts, f"ssd load-files {report.folder}")
    write_tables_atomic(target, report.schema, frames, extra=lambda con: buildstate.run_statements(target, con, stmts))
    return report


def read_extracts(
    folder: Path, supplier: str = "liquidlogic", allow_missing: bool = False, max_problems: int = MAX_PROBLEMS
) -> tuple[dict[str, pd.DataFrame], LoadReport]:
    """Read, check and convert a folder of extract files: ({table: typed frame}, report). Writes nothing."""
    from ssd_kit import suppliers
    from ssd_kit.pipeline import supplier_schema

    declared = suppliers.load(supplier).raw_schema()
    folder = _resolve_folder(Path(folder), supplier, declared)
    report = LoadReport(supplier, supplier_schema(supplier), folder)
    problems = _Problems(max_problems)
    files = _locate_files(folder, declared, supplier, report, problems, allow_missing)
    frames: dict[str, pd.DataFrame] = {}
    for table, columns in declared.items():
        path = files.get(table)
        if path is None:
            frames[table] = conform_raw(table, columns, [])
            report.tables.append(TableReport(table, None, encoding="(no file: empty)"))
            continue
        frame, table_report = _read_table(path, table, columns, report, problems)
        frames[table] = frame
        report.tables.append(table_report)
    if problems.total:
        raise ExtractError(problems.items, problems.total, folder)
    return frames, report


def detect_encoding(data: bytes) -> str:
    """The encoding of a CSV export: by BOM, else utf-8 if valid, else cp1252 (see the module docstring)."""
    return _decode(data)[1]


# --- files ---------------------------------------------------------------------------------


def _table_files(folder: Path) -> list[Path]:
    """Table files in folder: regular files and symbolic links (the links are refused by _locate_files)."""
    return sorted(
        p for p in folder.iterdir() if (p.is_symlink() or p.is_file()) and p.suffix.lower() in SUFFIXES
    )


def _resolve_folder(folder: Path, supplier: str, declared: Mapping[str, object]) -> Path:
    """folder, or folder/<supplier> when only that holds the table files (the `ssd simulate --files` layout)."""
    if not folder.is_dir():
        problem = Problem(str(folder), "is not a folder (give the folder holding one file per raw table)")
        raise ExtractError([problem], 1, folder)
    names = {t.upper() for t in declared}
    if any(p.stem.upper() in names for p in _table_files(folder)):
        return folder
    sub = folder / supplier
    return sub if sub.is_dir() else folder


def _locate_files(
    folder: Path,
    declared: Mapping[str, object],
    supplier: str,
    report: LoadReport,
    problems: _Problems,
    allow_missing: bool,
) -> dict[str, Path]:
    """{table: file} matched case-insensitively; unknown files warned about, duplicates and gaps reported."""
    by_key = {t.upper(): t for t in declared}
    found: dict[str, list[Path]] = {}
    for path in _table_files(folder):
        if path.is_symlink():  # a link can point anywhere (one read a system file): only real files are loaded
            problems.add(Problem(path.name, "is a symbolic link; copy the real file into the extract folder"))
            continue
        table = by_key.get(path.stem.upper())
        if table is None:
            report.warnings.append(f"{path.name} matches no {supplier} raw table; ignored")
        else:
            found.setdefault(table, []).append(path)
    for table, paths in found.items():
        if len(paths) > 1:
            names = " and ".join(p.name for p in paths)
            problems.add(Problem(names, f"both hold table {table}; keep exactly one file per table"))
    missing = [t for t in declared if t not in found]
    if missing and allow_missing:
        report.warnings.append(f"no file for {len(missing)} table(s), loaded empty: {', '.join(missing)}")
    elif missing:
        detail = (
            f"no file for {len(missing)} required table(s): {', '.join(missing)} (expected <TABLE>.csv or "
            "<TABLE>.parquet, name case-insensitive; --allow-missing loads them as empty tables)"
        )
        problems.add(Problem(str(folder), detail))
    return {t: ps[0] for t, ps in found.items()}


def _read_table(
    path: Path, table: str, columns: Mapping[str, str], report: LoadReport, problems: _Problems
) -> tuple[pd.DataFrame, TableReport]:
    """One file read, matched to the declared columns and converted (empty frame when it cannot be)."""
    table_report = TableReport(table, path)
    if path.suffix.lower() == ".csv":
        raw = _read_csv(path, problems)
        table_report.encoding = raw[1] if raw else ""
        raw_frame = raw[0] if raw else None
    else:
        raw_frame = _read_parquet(path, problems)
        table_report.encoding = "parquet"
    matched = None if raw_frame is None else _match_columns(raw_frame, columns, path.name, problems)
    if matched is None:
        return conform_raw(table, columns, []), table_report
    picked, table_report.ignored_columns = matched
    if table_report.ignored_columns:
        report.warnings.append(
            f"{path.name}: column(s) not in the {report.supplier} raw schema, ignored: "
            + ", ".join(table_report.ignored_columns)
        )
    frame = _convert_table(picked, columns, path.name, problems, table_report)
    table_report.rows = len(frame)
    if not len(frame):
        report.warnings.append(
            f"{path.name} has a header but NO data rows: {table} is loaded EMPTY, and every row that depends on it "
            "will be quarantined as an orphan. If the table is not really empty in the source system, the export "
            "went wrong: export it again"
        )
    return frame, table_report


# A well-formed multi-byte UTF-8 sequence (RFC 3629). Windows-1252 text almost never holds one by chance (it would
# read as mojibake such as "Ã©"), so a file that is not valid UTF-8 but holds one mixes two encodings.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}"
    rb"|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}"
    rb"|\xF4[\x80-\x8F][\x80-\xBF]{2}"
)


class EncodingProblem(ValueError):
    """The bytes are not one encoding we read; str() says why, naming the line."""


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a CSV file's bytes; raises UnicodeDecodeError if not even cp1252 fits, and
    EncodingProblem for a Parquet file, UTF-16 without a byte-order mark, or a file mixing UTF-8 and cp1252.

    The rule: a file that is valid UTF-8 is UTF-8; one that is not must be wholly Windows-1252, so it may not
    hold any multi-byte UTF-8 sequence (that is a UTF-8 file with some cp1252 bytes pasted in: refused, naming
    the lines of both, instead of turning every accented name into mojibake).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"PAR1"):
        raise EncodingProblem("is a Parquet file named .csv: rename it to .parquet")
    head = data[:4096]
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 4:
            order = "little-endian (UTF-16LE)" if odd > even else "big-endian (UTF-16BE)"
            raise EncodingProblem(
                f"looks like UTF-16 {order} without a byte-order mark (every other byte is 0); export it as UTF-8, "
                "or as SSMS 'Unicode', which writes the byte-order mark"
            )
        raise EncodingProblem(f"holds a NUL byte on line {_line_of(data, data.index(0))}: not a text CSV file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        mixed = _UTF8_MULTIBYTE.search(data)
        if mixed is not None:
            raise EncodingProblem(
                f"mixes encodings: line {_line_of(data, mixed.start())} holds UTF-8 text but byte "
                f"{data[exc.start:exc.start + 1]!r} on line {_line_of(data, exc.start)} is not UTF-8 (it looks like "
                "Windows-1252); export the whole file in one encoding, preferably UTF-8"
            ) from None
        return data.decode("cp1252"), "cp1252"


def _read_csv(path: Path, problems: _Problems) -> tuple[pd.DataFrame, str] | None:
    """The CSV as a frame of Arrow strings (empty and NULL fields null) and its encoding; None after a problem."""
    try:
        text, encoding = _decode(path.read_bytes())
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start : exc.end]
        detail = f"byte {bad!r} at offset {exc.start} is neither UTF-8 nor Windows-1252; export the file as UTF-8"
        problems.add(Problem(path.name, detail))
        return None
    except EncodingProblem as exc:
        problems.add(Problem(path.name, str(exc)))
        return None
    except OSError as exc:
        problems.add(Problem(path.name, f"cannot be read: {exc.strerror or exc}"))
        return None
    header = _csv_header(text, path.name, problems)
    if header is None:
        return None
    unclosed = _unclosed_quote(text)
    if unclosed is not None:
        row, line, why = unclosed
        detail = (
            f"a quoted value opens on line {line} and is not closed as CSV requires ({why}): the records after it "
            "would be read into one value; fix the quote on this row"
        )
        problems.add(Problem(path.name, detail, row=row))
        return None
    frame = _csv_body(text.encode("utf-8"), len(header), path.name, problems)
    if frame is None:
        return None
    frame.columns = header
    return frame, encoding


def _unclosed_quote(text: str) -> tuple[int, int, str] | None:
    """(data row, physical line, reason) of a quoted value that never closes properly, else None.

    Only run when the file holds an odd number of double quotes (a well-formed file holds pairs): Python's strict
    CSV reader then finds the record whose quote runs to the end of the file, or closes in the middle of a later
    record. A stray quote inside an unquoted value (5'10") is odd too but reads cleanly, so it is not refused.
    """
    if text.count('"') % 2 == 0:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records, line = 0, 1
    try:
        for _ in reader:
            records, line = records + 1, reader.line_num + 1
    except csv.Error as exc:
        return records, line, str(exc)
    return None


def _csv_header(text: str, name: str, problems: _Problems) -> list[str] | None:
    try:
        header = next(csv.reader(io.StringIO(text, newline="")), None)
    except csv.Error as exc:
        problems.add(Problem(name, f"has an unreadable header row: {exc}"))
        return None
    if not header:
        problems.add(Problem(name, "is empty: expected a header row naming the columns"))
        return None
    return [h.strip().lstrip("\ufeff") for h in header]


def _csv_body(data: bytes, width: int, name: str, problems: _Problems) -> pd.DataFrame | None:
    """The data rows (after the header) as Arrow string columns; rows of the wrong width are problems."""
    ragged: list[tuple[int | None, int]] = []

    def on_bad_row(row: pacsv.InvalidRow) -> str:
        ragged.append((row.number - 1 if row.number and row.number > 0 else None, row.actual_columns))
        return "skip"

    names = [f"c{i}" for i in range(width)]  # positional: duplicate header names are reported later
    try:
        table = pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=False, block_size=1 << 26),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=on_bad_row),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                null_values=list(NULL_TOKENS),
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except pa.ArrowException as exc:
        # Arrow quotes the offending record after "got N columns:"; a record may be a child's, so cut it off.
        message = re.sub(r"(got \d+\s*(?:columns?)?)\s*:.*", r"\1", str(exc).splitlines()[0], flags=re.DOTALL)
        problems.add(Problem(name, f"is not valid CSV: {message[:200]}"))
        return None
    if ragged:
        first = (Problem(name, f"has {n} fields where the header has {width}", row=r) for r, n in ragged)
        problems.add_counted(first, len(ragged))
        return None
    swallowed = _swallowed_records(table, width)
    if swallowed:
        first = (
            Problem(
                name,
                f"a quoted value opens here and runs over {lines} line break(s), taking in what look like "
                f"{records} further record(s) of {width} fields: a closing quote is missing (the rows after it "
                "would be lost into one value); fix the quote on this row",
                column=col, row=r,
            )
            for r, col, lines, records in swallowed
        )
        problems.add_counted(first, len(swallowed))
        return None
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _swallowed_records(table: pa.Table, width: int) -> list[tuple[int, str, int, int]]:
    """(data row, column, line breaks, swallowed records) for each quoted value that holds line breaks of which a
    continuation line parses as a whole record of `width` fields: the physical records the parser folded into one
    value because a quote was not closed. A value with line breaks but no record-shaped line (a multi-line case
    note) is kept as it is."""
    found = []
    for index, column in enumerate(table.column_names):
        col = table.column(column)
        multi = pc.fill_null(pc.match_substring_regex(col, "[\r\n]"), False)
        if not pc.any(multi).as_py():
            continue
        rows = pc.indices_nonzero(multi).to_pylist()
        for row in rows:
            value = col[row].as_py()
            lines = value.splitlines()[1:]
            records = 0
            for line in lines:
                with contextlib.suppress(csv.Error):
                    fields = next(csv.reader([line]), [])
                    records += len(fields) == width and width > 1
            if records:
                found.append((row + 1, f"{index + 1} (of {width})", len(lines), records))
    return found


def _read_parquet(path: Path, problems: _Problems) -> pd.DataFrame | None:
    try:
        return pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a damaged file
        problems.add(Problem(path.name, f"is not a readable Parquet file: {exc}"))
        return None


def _match_columns(
    frame: pd.DataFrame, columns: Mapping[str, str], name: str, problems: _Problems
) -> tuple[pd.DataFrame, list[str]] | None:
    """(frame with exactly the declared columns, in order and spelt as declared; extra columns) or None."""
    found = [str(c) for c in frame.columns]
    keys = [c.strip().upper() for c in found]
    if not {c.upper() for c in columns} & {p.strip() for k in keys for p in re.split(r"[\t|;]", k)}:
        # No header row: the "names" are a data row (a child's record, perhaps), never echoed.
        problems.add(Problem(name, _missing_columns_detail(list(columns), found, columns)))
        return None
    dupes = sorted({found[i] for i, k in enumerate(keys) if keys.count(k) > 1})
    if dupes:
        problems.add(Problem(name, f"has duplicate column(s) {', '.join(dupes)} (names are case-insensitive)"))
        return None
    position = {k: i for i, k in enumerate(keys)}
    missing = [c for c in columns if c.upper() not in position]
    if missing:
        problems.add(Problem(name, _missing_columns_detail(missing, found, columns)))
        return None
    declared = {c.upper() for c in columns}
    extra = [found[i] for i, k in enumerate(keys) if k not in declared]
    picked = frame.iloc[:, [position[c.upper()] for c in columns]].copy()
    picked.columns = list(columns)
    return picked.reset_index(drop=True), extra


def _missing_columns_detail(missing: list[str], found: list[str], declared: Iterable[str] = ()) -> str:
    names = {c.upper() for c in declared}
    parts = [p.strip().upper() for f in found for p in re.split(r"[\t|;]", f)]  # a header with another separator
    if names and found and not names.intersection(parts):
        # Not one field names a column: this is most likely a data row (the header row is missing). Its values may
        # be a child's record, so say how many fields it has, never what they hold.
        return (
            f"the first row names none of the {len(names)} columns of this table (its {len(found)} fields are not "
            "shown: it looks like a data row, and may hold personal data); is the header row missing? Export with "
            "column headers"
        )
    detail = (
        f"required column{'s' if len(missing) > 1 else ''} {', '.join(missing)} missing; "
        f"the columns found are: {', '.join(found) or '(none)'}"
    )
    if len(found) == 1:
        for sep, label in (("\t", "tab"), ("|", "pipe"), (";", "semicolon")):
            if sep in found[0]:
                return detail + f" (the header looks {label}-separated: export comma-separated CSV)"
    return detail


# --- values ----------------------------------------------------------------------------------


def _convert_table(
    frame: pd.DataFrame, columns: Mapping[str, str], name: str, problems: _Problems, report: TableReport
) -> pd.DataFrame:
    """Every declared column converted to its declared type; unconvertible values become problems."""
    out = {}
    for col, kind in columns.items():
        raw = frame[col]
        conv = _convert(raw, kind)
        if len(conv.bad):
            first = (
                Problem(name, f"{reason}; expected {EXPECTED[kind]}", column=col, row=int(i) + 1, value=raw.iloc[i])
                for i, reason in conv.bad.items()
            )
            problems.add_counted(first, len(conv.bad))
        if kind == "datetime":
            report.date_formats[col] = conv.formats
        out[col] = conv.values if kind == "text" else conv.values.astype(RAW_DTYPES[kind])
    return pd.DataFrame(out, index=range(len(frame)))


def _convert(raw: pd.Series, kind: str) -> _Converted:
    if kind == "text":
        return _Converted(_as_strings(raw), _no_problems())
    done = _native(raw, kind) or _fast(raw, kind)
    if done is not None:
        return done
    parse = {"int": _parse_int, "float": _parse_float, "datetime": _parse_datetime}[kind]
    return parse(_typed_strings(raw))


def _no_problems() -> pd.Series:
    return pd.Series(dtype=object)


def _is_arrow_strings(raw: pd.Series) -> bool:
    return isinstance(raw.dtype, pd.ArrowDtype) and pa.types.is_string(raw.dtype.pyarrow_dtype)


def _is_strings(raw: pd.Series) -> bool:
    return _is_arrow_strings(raw) or (
        raw.dtype == object and pd.api.types.infer_dtype(raw, skipna=True) in ("string", "empty")
    )


def _as_strings(raw: pd.Series) -> pd.Series:
    """Object series of str or None, text exactly as exported (numbers and dates from Parquet spelt as text)."""
    if _is_arrow_strings(raw):
        return pd.Series(pa.array(raw.array).to_pandas(), index=raw.index, dtype=object)
    if _is_strings(raw):
        return raw.where(raw.notna(), None).astype(object)
    if pd.api.types.is_float_dtype(raw) and (raw.dropna() % 1 == 0).all():
        raw = raw.astype("Int64")
    return raw.astype(object).map(lambda v: None if v is None or v is pd.NA or v != v else str(v))


def _typed_strings(raw: pd.Series) -> pd.Series:
    """Values of a number/date column as stripped strings, with blanks and NULL as None."""
    s = _as_strings(raw)
    stripped = s.str.strip()
    return stripped.where(s.notna() & ~stripped.isin(NULL_TOKENS), None)


ARROW_TYPES = {"int": pa.int64(), "float": pa.float64(), "datetime": pa.timestamp("ns")}


def _fast(raw: pd.Series, kind: str) -> _Converted | None:
    """The common case, vectorised in Arrow: every value already in a canonical form (123, 1.5, ISO dates).

    None sends the column to the value-by-value parsers, which accept more spellings and name the
    bad values; this path never accepts a value those parsers would reject.
    """
    if not _is_strings(raw):
        return None
    arr = pc.utf8_trim_whitespace(pa.array(raw.array) if _is_arrow_strings(raw) else pa.array(raw, pa.string()))
    arr = pc.if_else(pc.is_in(arr, value_set=pa.array(NULL_TOKENS)), pa.scalar(None, pa.string()), arr)
    try:
        cast = pc.cast(arr, ARROW_TYPES[kind])
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if kind == "float" and (pc.any(pc.is_nan(cast)).as_py() or pc.any(pc.is_inf(cast)).as_py()):
        return None  # the parser rejects "nan", "inf" and overflow such as 1e400, naming them
    formats: Counter = Counter()
    if kind == "datetime":
        formats = _arrow_date_formats(arr)
        if formats is None:
            return None
    values = cast.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
    return _Converted(pd.Series(values, index=raw.index), _no_problems(), formats)


def _arrow_date_formats(arr: pa.Array) -> Counter | None:
    """{format label: values} from the shape of each date; None if a shape is not an accepted format."""
    shapes = pc.value_counts(pc.replace_substring_regex(arr, pattern=r"\d", replacement="9"))
    formats: Counter = Counter()
    for shape, n in zip(shapes.field("values").to_pylist(), shapes.field("counts").to_pylist(), strict=True):
        if shape is None:
            continue
        label = _date_label(shape)
        if label is None:
            return None
        formats[label] += n
    return formats


@lru_cache(maxsize=256)
def _date_label(value: str) -> str | None:
    """The format of one date value, e.g. 'YYYY-MM-DD hh:mm:ss.fff' or 'DD/MM/YYYY hh:mm'; None if not accepted."""
    for pattern, date in ((ISO_PATTERN, "YYYY-MM-DD"), (UK_PATTERN, "DD/MM/YYYY")):
        m = pattern.fullmatch(value)
        if m:
            clock = "" if m["H"] is None else m["sep"] + "hh:mm" + (":ss" if m["S"] else "")
            return date + clock + ("." + "f" * len(m["f"]) if m["f"] else "")
    return None


def _native(raw: pd.Series, kind: str) -> _Converted | None:
    """A Parquet column already of a compatible type, converted; None when it must be parsed as text."""
    if kind == "int" and pd.api.types.is_integer_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        return _Converted(raw.astype("Int64"), _no_problems())
    if kind == "int" and pd.api.types.is_float_dtype(raw):
        fractional = raw.notna() & (raw % 1 != 0)
        bad = pd.Series("is not a whole number", index=raw.index[fractional], dtype=object)
        return _Converted(raw.where(~fractional).astype("Int64"), bad)
    if kind == "float" and pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        values = raw.astype("float64")
        bad = values.notna() & ~np.isfinite(values.fillna(0).to_numpy())
        return _Converted(values.where(~bad), pd.Series("is not a finite number", index=raw.index[bad], dtype=object))
    if kind == "datetime" and isinstance(raw.dtype, pd.DatetimeTZDtype):
        present = raw.index[raw.notna().to_numpy()]
        reason = (
            f"is a time-zoned timestamp ({raw.dtype.tz}); the raw schema holds local times without a zone: export "
            "the column as a timestamp without time zone (e.g. SQL Server datetime2, not datetimeoffset)"
        )
        return _Converted(pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]"),
                          pd.Series(reason, index=present[:1], dtype=object))
    if kind == "datetime" and pd.api.types.is_datetime64_dtype(raw):
        try:
            values = raw.astype("datetime64[ns]")
        except (pd.errors.OutOfBoundsDatetime, OverflowError):
            return None  # out-of-range values are reported by the text parser
        return _Converted(values, _no_problems(), Counter({PARQUET_TIMESTAMP: int(values.notna().sum())}))
    return None


def _parse_int(s: pd.Series) -> _Converted:
    present = s.notna()
    ok = present & s.str.fullmatch(INT_RE, na=False).astype(bool)
    digits = s[ok].str.replace(r"\.0*$", "", regex=True).str.lstrip("+")
    too_big = (digits.str.lstrip("-").str.lstrip("0").str.len() > 18).to_numpy(dtype=bool)
    good = digits[~too_big]
    values = pd.Series(pd.NA, index=s.index, dtype="Int64")
    values.loc[good.index] = pd.to_numeric(good).to_numpy(dtype="int64")
    not_whole = pd.Series("is not a whole number", index=s.index[(present & ~ok).to_numpy()], dtype=object)
    big = pd.Series("is too large for a 64-bit integer", index=digits.index[too_big], dtype=object)
    return _Converted(values, pd.concat([not_whole, big]).sort_index())


def _parse_float(s: pd.Series) -> _Converted:
    present = s.notna().to_numpy(dtype=bool)
    values = pd.Series(np.nan, index=s.index, dtype="float64")
    values.loc[present] = pd.to_numeric(s[present], errors="coerce").to_numpy(dtype="float64")
    # One rule, always: text that is no number, "nan", "inf" and values too large for a double (1e400 -> inf).
    number = values.to_numpy(dtype="float64")
    not_number = present & np.isnan(number)
    infinite = present & np.isinf(number)
    values[infinite] = np.nan
    reasons = pd.concat([
        pd.Series("is not a number", index=s.index[not_number], dtype=object),
        pd.Series("is not a finite number (infinite, or too large for a number column)", index=s.index[infinite],
                  dtype=object),
    ]).sort_index()
    return _Converted(values, reasons)


def _parse_datetime(s: pd.Series) -> _Converted:
    """Parse each distinct value once (dates repeat) and spread the results back over the rows."""
    codes, uniques = pd.factorize(s)
    if not len(uniques):
        return _Converted(pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]"), _no_problems())
    parsed, labels, reasons = _parse_distinct_dates(pd.Series(uniques, dtype=object))
    present = codes >= 0
    safe = np.where(present, codes, 0)
    values = parsed.to_numpy(dtype="datetime64[ns]")[safe]
    values[~present] = np.datetime64("NaT")
    reason_by_row = reasons.to_numpy(dtype=object)[safe]
    bad_rows = present & pd.notna(reason_by_row)
    bad = pd.Series(reason_by_row[bad_rows], index=s.index[bad_rows], dtype=object)
    counts = pd.Series(np.bincount(codes[present], minlength=len(uniques))).groupby(labels.to_numpy()).sum()
    formats: Counter = Counter({str(label): int(n) for label, n in counts.items() if n})
    return _Converted(pd.Series(values, index=s.index), bad, formats)


def _parse_distinct_dates(u: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """For distinct date strings: (timestamps, format labels, reasons for the ones that fail, else None)."""
    parts = u.str.extract(f"^{ISO_DATE_RE}$")
    is_iso = parts["Y"].notna()
    uk = u[~is_iso].str.extract(f"^{UK_DATE_RE}$")
    parts.loc[~is_iso, uk.columns] = uk
    matched = parts["Y"].notna()
    is_uk = matched & ~is_iso
    stamps = pd.Series(pd.NaT, index=u.index, dtype="datetime64[ns]")
    if matched.any():
        stamps[matched] = pd.to_datetime(_components(parts[matched]), errors="coerce")
    labels = u.str.replace(r"\d", "9", regex=True).map(_date_label).fillna("unrecognised")
    year = pd.to_numeric(parts["Y"], errors="coerce")
    reasons = pd.Series(None, index=u.index, dtype=object)
    reasons[~matched] = "is not a date in an accepted format"
    # pd.to_datetime rolls 24:00 or 99:99:99 forward into the next day: an impossible clock is refused instead.
    clock = {k: pd.to_numeric(parts[k], errors="coerce").fillna(0) for k in ("H", "M", "S")}
    bad_clock = matched & ((clock["H"] > 23) | (clock["M"] > 59) | (clock["S"] > 59))
    stamps[bad_clock] = pd.NaT
    invalid = matched & stamps.isna()
    reasons[invalid] = "is not a real date or time"
    reasons[invalid & is_uk] = "is not a real date or time (slash dates are read day-first, DD/MM/YYYY)"
    out_of_range = invalid & ((year < MIN_YEAR) | (year > MAX_YEAR))
    reasons[out_of_range] = (
        f"is outside the years {MIN_YEAR}-{MAX_YEAR} the loader holds (export open-ended dates such as "
        "9999-12-31 as NULL)"
    )
    return stamps, labels, reasons


def _components(parts: pd.DataFrame) -> pd.DataFrame:
    """Regex groups as the integer columns pd.to_datetime assembles a timestamp from."""
    num = {k: pd.to_numeric(parts[k]).fillna(0).astype("int64") for k in ("Y", "m", "d", "H", "M", "S")}
    ns = pd.to_numeric(parts["f"].fillna("").str.ljust(9, "0")).astype("int64")
    return pd.DataFrame(
        {
            "year": num["Y"],
            "month": num["m"],
            "day": num["d"],
            "hour": num["H"],
            "minute": num["M"],
            "second": num["S"],
            "ns": ns,
        }
    )

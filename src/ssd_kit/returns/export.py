"""`ssd export`: build the return models for a reporting year and write the files the DfE and Ofsted take.

For each requested year the return models (models/marts/returns) are built and tested with dbt for that
reporting_year; if any model or test fails nothing is written for that year. The writers validate what they
write (the CIN XML against our XSD, the 903 and Annex A column sets) and write atomically, so a file on disk
is always a whole, valid file. Optionally the DfE's own validators are run over the written files.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ssd_kit import pipeline
from ssd_kit.db import Target, query_df


class ExportError(RuntimeError):
    pass


@dataclass
class YearExport:
    year: int
    rows: dict[str, int]
    files: list[Path] = field(default_factory=list)
    validation: list = field(default_factory=list)


def return_tables(target: Target) -> dict[str, pd.DataFrame]:
    """Every rpt_ table in the returns schema, as built by the last dbt run."""
    names = query_df(
        target,
        "select table_name from information_schema.tables "
        f"where table_schema = '{target.schema('returns')}' and table_name like 'rpt_%'",
    )["table_name"]
    return {n: query_df(target, f"select * from {target.rel('returns', n)}") for n in sorted(set(names))}


def build_returns(target: Target, variables: dict) -> dict[str, pd.DataFrame]:
    """dbt build (models + their tests) of models/marts/returns for the vars given; raise if anything fails."""
    proc = pipeline.run_dbt(["build", "--select", "path:models/marts/returns"], target, variables, quiet=True)
    if proc.returncode != 0:
        failing = [
            line.strip()
            for line in (proc.stdout or "").splitlines()
            if re.search(r"\b(FAIL|ERROR)\b", line) and "PASS=" not in line
        ]
        detail = "\n".join(failing[-20:]) or "\n".join((proc.stdout or "").splitlines()[-20:])
        raise ExportError(
            f"the return models for reporting year {variables['reporting_year']} did not build cleanly, "
            f"so nothing was written for that year:\n{detail}"
        )
    return return_tables(target)


def ready_to_write(target: Target, step: Callable[[str], None] = lambda _m: None) -> None:
    """Refuse (ExportError) unless the SSD is one complete, passing build of the raw data loaded now
    (ssd_kit.buildstate): returns are never written from a failed, interrupted, partial or stale build."""
    from ssd_kit.buildstate import NotReady, check_ready

    try:
        build = check_ready(target)
    except NotReady as exc:
        raise ExportError(f"no returns were written: {exc}") from None
    step(f"the SSD is from build {build.invocation_id} ({build.finished_at} UTC): passed, whole, current raw load")


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in a fixed order (every column, left to right, nulls first): a database returns them in any order,
    and the same data must give the same bytes."""
    if frame.empty or not len(frame.columns):
        return frame.reset_index(drop=True)
    return frame.sort_values(list(frame.columns), na_position="first", kind="mergesort").reset_index(drop=True)


def _pick(frames: dict[str, pd.DataFrame], prefix: str) -> dict[str, pd.DataFrame]:
    return {k: _sorted(v) for k, v in frames.items() if k.startswith(prefix)}


def check_la_code(la_code: str | None) -> str:
    if la_code is None or not re.fullmatch(r"\d{3}", str(la_code)):
        raise ExportError(
            f"the LA code must be the 3-digit DfE code (e.g. 201), got {la_code!r}: pass --la-code or set var la_code"
        )
    return str(la_code)


def write_year(
    frames: dict[str, pd.DataFrame], out: Path, year: int, la_code: str, annex_a_date: dt.date | None
) -> list[Path]:
    """Write one year's files from built return tables: out/<year>/cin_census_<year>.xml, out/<year>/ssda903/*.csv,
    and, when annex_a_date is given, out/annex_a_<date>.xlsx."""
    from ssd_kit.returns.annex_a_xlsx import write_annex_a
    from ssd_kit.returns.cin_xml import write_cin_census
    from ssd_kit.returns.ssda903_files import write_ssda903

    folder = out / str(year)
    files = [write_cin_census(_pick(frames, "rpt_cin_census__"), folder / f"cin_census_{year}.xml", year, la_code)]
    files.extend(write_ssda903(_pick(frames, "rpt_ssda903__"), folder / "ssda903"))
    if annex_a_date is not None:
        path = out / f"annex_a_{annex_a_date.isoformat()}.xlsx"
        files.append(write_annex_a(_pick(frames, "rpt_annex_a__"), path, annex_a_date))
    return files


def export_returns(
    target: Target,
    year: int,
    out: Path,
    la_code: str,
    as_at: dt.date,
    previous_year: bool = False,
    annex_a_date: dt.date | None = None,
    annex_a_lookback_months: int = 6,
    validate: bool = False,
    supplier: str = "liquidlogic",
    step: Callable[[str], None] = lambda _m: None,
) -> list[YearExport]:
    la_code = check_la_code(la_code)
    ready_to_write(target, step)
    extract = annex_a_date or as_at
    results: list[YearExport] = []
    for y in ([year - 1, year] if previous_year else [year]):
        variables = dict(
            pipeline.dbt_vars(as_at, reporting_year=y, supplier=supplier),
            la_code=la_code,
            annex_a_extract_date=extract.isoformat(),
            annex_a_lookback_months=annex_a_lookback_months,
        )
        step(f"building and testing the return models for {y - 1}/{str(y)[-2:]}")
        frames = build_returns(target, variables)
        done = YearExport(y, {k: len(v) for k, v in frames.items()})
        step(f"writing the {y} returns to {out}")
        done.files = write_year(frames, out, y, la_code, extract if y == year else None)
        results.append(done)
    if validate:
        from ssd_kit.returns import dfe_validation

        for i, done in enumerate(results):
            folder = out / str(done.year)
            step(f"running the DfE validators on the {done.year} files")
            previous = out / str(done.year - 1) / "ssda903" if i > 0 else None
            done.validation.append(dfe_validation.validate_ssda903(folder / "ssda903", done.year, previous))
            done.validation.append(dfe_validation.validate_cin(folder / f"cin_census_{done.year}.xml", done.year))
            report = {v.kind: {"ruleset": v.ruleset, "errors": v.errors} for v in done.validation}
            (folder / "dfe_validation.json").write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    return results

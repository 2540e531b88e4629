"""The SSD v1.4.5 specification facts the project relies on (restated in spec/ssd_fields.csv).

Every other module asks this one for table and column names, types and keys, so that the
simulator's truth, the dbt contracts and the oracle can never disagree on the shape of a table.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

SPEC_DIR = Path(__file__).parent / "spec"

PANDAS_DTYPES = {
    "string": "object",
    "timestamp": "datetime64[ns]",
    "integer": "Int64",
    "float": "float64",
    "boolean": "boolean",
}


@dataclass(frozen=True)
class Field:
    table: str
    column: str
    item_ref: str
    logical_type: str
    primary_key: bool
    foreign_key: str
    required: bool
    returns: tuple[str, ...]
    label: str
    origin: str  # "spec" (object YAML) or "deployed" (in the v1.4.5 SystemC DDL only)
    code_set_seed: str = ""  # the DfE code-set seed whose `code` column must hold every non-null value
    accepted_values: tuple[str, ...] = ()  # the closed list of values it may hold (flags and short domains)
    pii: bool = False  # identifies a person directly: never in outputs meant to leave the LA
    # On a foreign key: what the SSD gate does with a row whose parent is not in the SSD: "quarantine" (the row
    # goes to dq_quarantine as an orphan of that parent, its dependants with it) or "keep" (a worker or team id:
    # the row stays, a relationships test warns).
    on_orphan: str = ""
    # On an end date: the start-date column of the same row; the gate quarantines an end before that start.
    end_of: str = ""


@cache
def fields() -> tuple[Field, ...]:
    with open(SPEC_DIR / "ssd_fields.csv", newline="", encoding="utf-8") as fh:
        return tuple(
            Field(
                table=r["table"],
                column=r["column"],
                item_ref=r["item_ref"],
                logical_type=r["logical_type"],
                primary_key=r["primary_key"] == "Y",
                foreign_key=r["foreign_key"],
                required=r["required"] == "Y",
                returns=tuple(x for x in r["returns"].split(";") if x),
                label=r["label"],
                origin=r["origin"],
                code_set_seed=r["code_set_seed"],
                accepted_values=tuple(x for x in r["accepted_values"].split(";") if x),
                pii=r["pii"] == "Y",
                on_orphan=r["on_orphan"],
                end_of=r["end_of"],
            )
            for r in csv.DictReader(fh)
        )


@cache
def tables() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for f in fields():
        seen.setdefault(f.table, None)
    return tuple(seen)


# All 48 SSD spec objects, in spec order: everything models/ssd holds.
ALL_TABLES: tuple[str, ...] = tables()


@cache
def table_rows() -> tuple[dict[str, str], ...]:
    """spec/ssd_tables.csv: one row per SSD table (tier, grain, description, group, no_cms_source_reason)."""
    with open(SPEC_DIR / "ssd_tables.csv", newline="", encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


def _group(name: str) -> tuple[str, ...]:
    return tuple(r["table"] for r in table_rows() if r["group"] == name)


# The groups of spec/ssd_tables.csv (column `group`):
# the tables issue #2 builds from Liquidlogic: what the statutory returns need;
CORE_TABLES: tuple[str, ...] = _group("core")
# the looked-after children's outcome tables (SSDA903 OC2 and previous permanence), added on top;
CLA_OUTCOME_TABLES: tuple[str, ...] = _group("cla_outcome")
# tables outside the statutory core that still have data: former UPNs and the SSD release history.
OTHER_DATA_TABLES: tuple[str, ...] = _group("other_data")

# Every table the project simulates with rows and maps from a supplier with data.
BUILT_TABLES: tuple[str, ...] = CORE_TABLES + CLA_OUTCOME_TABLES + OTHER_DATA_TABLES

# SSD tables no case management system fills, with the reason (column `no_cms_source_reason`). They exist in
# models/ssd (typed, empty).
NO_CMS_SOURCE: dict[str, str] = {
    r["table"]: r["no_cms_source_reason"] for r in table_rows() if r["group"] == "no_cms_source"
}

# The SSD tables the Liquidlogic mapping leaves empty (typed, zero rows), with the reason.
EMPTY_FOR_LIQUIDLOGIC: dict[str, str] = dict(NO_CMS_SOURCE)


def table_fields(table: str) -> tuple[Field, ...]:
    out = tuple(f for f in fields() if f.table == table)
    if not out:
        raise KeyError(f"{table} is not an SSD table")
    return out


def columns(table: str) -> list[str]:
    return [f.column for f in table_fields(table)]


def primary_key(table: str) -> list[str]:
    return [f.column for f in table_fields(table) if f.primary_key]


def empty_frame(table: str) -> pd.DataFrame:
    return pd.DataFrame(
        {f.column: pd.Series(dtype=PANDAS_DTYPES[f.logical_type]) for f in table_fields(table)}
    )


def conform(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Return df with exactly the spec's columns, in spec order, with the spec's dtypes.

    Raises ValueError naming the columns when df has too few or too many.
    """
    want = columns(table)
    missing = [c for c in want if c not in df.columns]
    extra = [c for c in df.columns if c not in want]
    if missing or extra:
        raise ValueError(f"{table}: missing columns {missing}, unexpected columns {extra}")
    out = df[want].copy()
    for f in table_fields(table):
        s = out[f.column]
        if f.logical_type == "string":
            out[f.column] = s.astype("object").where(s.notna(), None)
        elif f.logical_type == "timestamp":
            out[f.column] = pd.to_datetime(s).astype("datetime64[ns]")
        else:
            out[f.column] = s.astype(PANDAS_DTYPES[f.logical_type])
    return out.reset_index(drop=True)

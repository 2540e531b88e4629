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

# The tables issue #2 builds from Liquidlogic: what the statutory returns need.
CORE_TABLES: tuple[str, ...] = (
    "ssd_person", "ssd_family", "ssd_address", "ssd_disability", "ssd_immigration_status",
    "ssd_mother", "ssd_legal_status", "ssd_contacts", "ssd_early_help_episodes",
    "ssd_cin_episodes", "ssd_cin_assessments", "ssd_assessment_factors", "ssd_cin_plans",
    "ssd_cin_visits", "ssd_s47_enquiry", "ssd_initial_cp_conference", "ssd_cp_plans",
    "ssd_cp_visits", "ssd_cp_reviews", "ssd_cla_episodes", "ssd_cla_placement",
    "ssd_cla_reviews", "ssd_cla_visits", "ssd_missing", "ssd_care_leavers", "ssd_permanence",
    "ssd_professionals", "ssd_department", "ssd_involvements",
)

# The looked-after children's outcome tables (SSDA903 OC2 and previous permanence), added on top.
CLA_OUTCOME_TABLES: tuple[str, ...] = (
    "ssd_cla_health", "ssd_cla_immunisations", "ssd_cla_substance_misuse", "ssd_cla_convictions",
    "ssd_sdq_scores", "ssd_cla_previous_permanence", "ssd_cla_care_plan",
)

# Tables outside the statutory core that still have data: former UPNs (Liquidlogic DIM_PERSON) and
# the SSD release history (seeds/ssd/ssd__version_log.csv).
OTHER_DATA_TABLES: tuple[str, ...] = ("ssd_linked_identifiers", "ssd_version_log")

# Every table the project simulates with rows and maps from a supplier with data.
BUILT_TABLES: tuple[str, ...] = CORE_TABLES + CLA_OUTCOME_TABLES + OTHER_DATA_TABLES

_SEN2 = ("SEN2 (SEND and EHC plan) data is held in the local authority's education system, not in the children's "
         "social care case management system; a future education connector fills it")
# SSD tables no case management system fills, with the reason. They exist in models/ssd (typed, empty).
NO_CMS_SOURCE: dict[str, str] = {
    "ssd_send": _SEN2,
    "ssd_sen_need": _SEN2,
    "ssd_ehcp_requests": _SEN2,
    "ssd_ehcp_assessment": _SEN2,
    "ssd_ehcp_named_plan": _SEN2,
    "ssd_ehcp_active_plans": _SEN2,
    "ssd_pre_proceedings": "The SSD spec has it as a future-release placeholder (DDSF 1b, specified) that no "
                           "supplier extract populates yet",
    "ssd_voice_of_child": "The SSD spec has it as a future-release placeholder (DDSF 1b, draft) that no supplier "
                          "extract populates yet",
    "ssd_s251_finance": "The SSD spec has it as a future-release placeholder (section 251 finance, draft, "
                        "placeholder columns only) that no supplier extract populates yet",
    "ssd_api_data_staging": "The DfE children's social care API process fills it from the other SSD tables; no "
                            "case management system extract does",
}

# The SSD tables the Liquidlogic mapping leaves empty (typed, zero rows), with the reason.
EMPTY_FOR_LIQUIDLOGIC: dict[str, str] = dict(NO_CMS_SOURCE)

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

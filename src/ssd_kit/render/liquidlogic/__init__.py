"""Render the truth into the Liquidlogic / SystemC HDM `Child_Social` warehouse schema.

Table and column names follow the HDM tables the SystemC SSD extract reads. The quirks are real ones:
integer surrogate keys with -1 for "none", descriptions where the DfE wants codes, STAFF_IDs where
worker ids belong, Y/N flags sometimes spelt YES/TRUE/1, form answers as text, out-of-scope people
(non-clients, merged duplicates) in DIM_PERSON, cancelled and draft assessments.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ssd_kit.render.base import RenderContext, assemble
from ssd_kit.render.liquidlogic import care, outcomes, people
from ssd_kit.render.liquidlogic.shared import SHARED_TABLES

SUPPLIER = "liquidlogic"
DEFAULT_SCHEMA = "child_social"
DESCRIPTION = (
    "Liquidlogic LCS reporting warehouse (SystemC HDM, schema Child_Social): DIM_* dimension and "
    "FACT_* fact tables refreshed nightly from the case-management system. Point var "
    "liquidlogic_schema (and liquidlogic_database) at your copy."
)

# SSD columns the HDM warehouse has no source for (the SystemC extract leaves them null too). The
# truth may hold a value; the SSD built from Liquidlogic must hold null, and the oracle checks that.
CANNOT_CARRY: dict[str, tuple[str, ...]] = {
    "ssd_professionals": ("prof_agency_worker_flag",),
}


def raw_schema() -> dict[str, dict[str, str]]:
    schema: dict[str, dict[str, str]] = {}
    for part in (SHARED_TABLES, people.TABLES, care.TABLES, outcomes.TABLES):
        for name, cols in part.items():
            if name in schema:
                raise ValueError(f"raw table {name} declared twice")
            schema[name] = dict(cols)
    return dict(sorted(schema.items()))


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 1_000_003))
    return assemble(raw_schema(), [people.render, care.render, outcomes.render], ctx)

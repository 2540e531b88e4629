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

from ssd_kit import suppliers
from ssd_sim.render.base import RenderContext, assemble
from ssd_sim.render.liquidlogic import care, outcomes, people

SUPPLIER = "liquidlogic"


def raw_schema() -> dict[str, dict[str, str]]:
    """The raw tables and column kinds, as suppliers/liquidlogic/supplier.yml declares them (with the gaps)."""
    return suppliers.load(SUPPLIER).raw_schema()


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 1_000_003))
    return assemble(raw_schema(), [people.render, care.render, outcomes.render], ctx)

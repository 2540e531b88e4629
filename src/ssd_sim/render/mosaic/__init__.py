"""Render the truth into Mosaic's reporting data mart (DM_* tables, schema mosaic_dm).

Table and column names follow the DM_* objects the D2I Mosaic SSD extract (variant A) reads. Workflow
steps are the unit of work and belong to subgroups, not people; outcomes are next actions; form answers
are cached rows keyed by question user code or report filter name; looked-after data sits in periods of
care, legal statuses, placements (with splits) and CLA summaries; open-ended END_DATE is NULL.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ssd_kit import suppliers
from ssd_sim.render.base import RenderContext, assemble
from ssd_sim.render.mosaic import care, people

SUPPLIER = "mosaic"


def raw_schema() -> dict[str, dict[str, str]]:
    """The raw tables and column kinds, as suppliers/mosaic/supplier.yml declares them (with the gaps)."""
    return suppliers.load(SUPPLIER).raw_schema()


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 2_000_003))
    return assemble(raw_schema(), [people.render, care.render], ctx)

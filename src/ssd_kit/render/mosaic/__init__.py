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

from ssd_kit.render.base import RenderContext, assemble
from ssd_kit.render.mosaic import care, people

SUPPLIER = "mosaic"
DEFAULT_SCHEMA = "mosaic_dm"
DESCRIPTION = (
    "Mosaic (Servelec/Access) reporting data mart: the DM_* tables and views Mosaic refreshes from its "
    "live MO_* tables (workflow steps, subgroups, next actions, cached form answers, periods of care, legal "
    "statuses, placements), plus REFERENCE_DATA and CHILD_GROUP_EMBEDDED_CODES_VW. Point var mosaic_schema "
    "(and mosaic_database) at your copy."
)

# SSD columns the data mart has no source for (the source map gives none and the DM tables hold none).
CANNOT_CARRY: dict[str, tuple[str, ...]] = {
    "ssd_person": ("pers_upn_unknown", "pers_send_flag"),
    "ssd_cla_placement": ("clap_cla_placement_distance",),
    "ssd_cla_health": ("clah_health_check_status",),
    "ssd_professionals": (
        "prof_staff_id",
        "prof_social_worker_registration_no",
        "prof_professional_job_title",
        "prof_full_time_equivalency",
        "prof_agency_worker_flag",
    ),
}


def raw_schema() -> dict[str, dict[str, str]]:
    schema: dict[str, dict[str, str]] = {}
    for part in (people.TABLES, care.TABLES):
        for name, cols in part.items():
            if name in schema:
                raise ValueError(f"raw table {name} declared twice")
            schema[name] = dict(cols)
    return dict(sorted(schema.items()))


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 2_000_003))
    return assemble(raw_schema(), [people.render, care.render], ctx)

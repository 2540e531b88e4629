"""Render the truth into OLM Eclipse's reporting views (PostgreSQL), as the D2I Eclipse SSD extract reads them.

Eclipse (OLM, successor to CareFirst) keeps almost everything as **form answers** (FORMANSWERPERSONVIEW: one
row per answered control of a form instance, LA-specific form design GUIDs) and **classifications**
(CLASSIFICATIONPERSONVIEW: a person is "in" a classification path/code for a date range: CIN plans, CIN
episodes, disabilities, immigration statuses, UPN-unknown reasons). People, children and workers alike,
are PERSONVIEW / PERSONDEMOGRAPHICSVIEW rows; worker and team allocations are relationship rows.
See people.py for the quirks rendered. A faithful but workable subset: the tables and columns needed to
carry the SSD fields the source map gives a source for.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ssd_kit import suppliers
from ssd_sim.render.base import RenderContext, assemble
from ssd_sim.render.eclipse import adoption, care, earlyhelp, outcomes, people

SUPPLIER = "eclipse"


def raw_schema() -> dict[str, dict[str, str]]:
    """The raw tables and column kinds, as suppliers/eclipse/supplier.yml declares them (with the gaps)."""
    return suppliers.load(SUPPLIER).raw_schema()


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 2_000_029))
    return assemble(raw_schema(), [people.render, care.render, outcomes.render, earlyhelp.render, adoption.render], ctx)

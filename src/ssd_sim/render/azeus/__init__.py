"""Render the truth into Azeus Care tables, as far as the public material knows them (a partial supplier).

Azeus has no working SSD extract: the D2I material holds a placeholder Oracle select for ssd_person and a
*ghost* SQL Server DDL of 33 tables reconstructed from a statutory-returns spec (types guessed, mostly
NVARCHAR(255)), plus design-level paths for about 20 fields. This renderer writes the ghost tables that
carry SSD tables the documents give enough to map (service users and their identifier, address, disability,
immigration, legal status, looked-after status and relationship rows; initial contacts) with the quirks the
documents show (see people.py). Every other SSD table is built typed and empty: NO_SOURCE_TABLES says why for each.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ssd_kit import suppliers
from ssd_sim.render.azeus import people
from ssd_sim.render.base import RenderContext, assemble

SUPPLIER = "azeus"


def raw_schema() -> dict[str, dict[str, str]]:
    """The raw tables and column kinds, as suppliers/azeus/supplier.yml declares them (with the gaps)."""
    return suppliers.load(SUPPLIER).raw_schema()


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 3_000_017))
    return assemble(raw_schema(), [people.render], ctx)

"""Renderers: turn the simulator's truth (SSD shape) into a supplier's raw schema.

Each simulated supplier is a sub-package `ssd_sim.render.<name>` that defines:
  SUPPLIER        its name (= the dbt var ssd_supplier value and its suppliers/<name>/supplier.yml)
  raw_schema()    {raw table: {column: int|text|datetime|float}}, read from suppliers/<name>/supplier.yml
  render(truth, seed) -> {raw table: DataFrame}
What a supplier's raw data is and the gaps it declares (columns it cannot carry, tables it has no source for,
JSON keys it cannot fill, keys it numbers its own way) live in its supplier.yml (ssd_kit.suppliers), not here.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# The suppliers the simulator can render (and dbt can map). Add a new one here and in the package.
SUPPLIERS: tuple[str, ...] = ("liquidlogic", "mosaic", "eclipse", "azeus")


def supplier_module(name: str) -> ModuleType:
    if name not in SUPPLIERS:
        raise ValueError(f"unknown supplier {name!r}: choose one of {', '.join(SUPPLIERS)}")
    return importlib.import_module(f"ssd_sim.render.{name}")

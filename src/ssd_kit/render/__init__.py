"""Renderers: turn the simulator's truth (SSD shape) into a supplier's raw schema.

Each simulated supplier is a sub-package `ssd_kit.render.<name>` that defines:
  SUPPLIER        its name (= the dbt var ssd_supplier value and the models/{staging,intermediate}/<name> folders)
  DEFAULT_SCHEMA  the raw schema it is loaded into (dbt var <name>_schema defaults to it)
  DESCRIPTION     one paragraph for the generated dbt sources YAML
  CANNOT_CARRY    {ssd table: (columns the raw schema has no source for)}: the SSD must hold null there
  raw_schema()    {raw table: {column: int|text|datetime|float}}
  render(truth, seed) -> {raw table: DataFrame}
"""

from __future__ import annotations

import importlib
from types import ModuleType

# The suppliers the simulator can render (and dbt can map). Add a new one here and in the package.
SUPPLIERS: tuple[str, ...] = ("liquidlogic", "mosaic", "eclipse", "azeus")


def supplier_module(name: str) -> ModuleType:
    if name not in SUPPLIERS:
        raise ValueError(f"unknown supplier {name!r}: choose one of {', '.join(SUPPLIERS)}")
    return importlib.import_module(f"ssd_kit.render.{name}")

"""Simulate an LA and load it: the truth (schema truth) and the supplier's raw tables, rendered by the simulator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ssd_kit.buildstate import record_load
from ssd_kit.db import Target, write_files, write_tables
from ssd_kit.pipeline import supplier_schema
from ssd_sim import render


def render_supplier(supplier: str, truth: Mapping[str, pd.DataFrame], seed: int) -> dict[str, pd.DataFrame]:
    return render.supplier_module(supplier).render(truth, seed=seed)


@dataclass
class SimulationResult:
    truth_rows: dict[str, int]
    raw_rows: dict[str, int]


def simulate_and_load(
    target: Target,
    profile: str,
    seed: int,
    years: int,
    as_at: dt.date,
    supplier: str = "liquidlogic",
    files: Path | None = None,
    file_format: str = "csv",
    step: Callable[[str], None] = lambda _msg: None,
    history_supplier: str | None = None,
    cutover_date: dt.date | None = None,
) -> SimulationResult:
    """Simulate an LA, write its truth (schema `truth`) and its raw supplier tables.

    With history_supplier and cutover_date, the LA changed systems: the truth is split at the cut-over
    (ssd_sim.render.cutover) and rendered into both raw schemas (history and `supplier`, the new system).
    """
    from ssd_sim.simulate import simulate

    step(f"simulating a {profile} LA (seed {seed}, {years} years to {as_at})")
    truth = simulate(profile=profile, seed=seed, years=years, as_at=as_at)
    if history_supplier is not None:
        return _load_cutover(target, truth, seed, supplier, history_supplier, cutover_date, files, file_format, step)
    step(f"rendering the {supplier} raw schema")
    raw = render_supplier(supplier, truth, seed)
    step(f"writing truth and raw tables to {target.describe()}")
    write_tables(target, "truth", truth)
    write_tables(target, supplier_schema(supplier), raw)
    record_load(target, {supplier_schema(supplier): {k: len(v) for k, v in raw.items()}}, f"ssd simulate ({supplier})")
    if files is not None:
        step(f"writing {file_format} extracts to {files}")
        write_files(files / supplier, raw, file_format)
        write_files(files / "truth", truth, file_format)
    return SimulationResult({k: len(v) for k, v in truth.items()}, {k: len(v) for k, v in raw.items()})


def _load_cutover(
    target: Target,
    truth: Mapping[str, pd.DataFrame],
    seed: int,
    supplier: str,
    history_supplier: str,
    cutover_date: dt.date | None,
    files: Path | None,
    file_format: str,
    step: Callable[[str], None],
) -> SimulationResult:
    from ssd_sim.render.cutover import split_truth

    if cutover_date is None:
        raise ValueError("a history supplier needs a cut-over date")
    if history_supplier == supplier:
        raise ValueError("the history supplier must differ from the (new) supplier")
    split = split_truth(truth, cutover_date)
    step(
        f"cut-over {cutover_date}: {len(split.migrated)} people migrated, {len(split.new_only)} new, "
        f"{len(split.history['ssd_person']) - len(split.migrated)} in {history_supplier} only"
    )
    raw_rows: dict[str, int] = {}
    loaded: dict[str, dict[str, int]] = {}
    write_tables(target, "truth", truth)
    for name, part in ((history_supplier, split.history), (supplier, split.new)):
        step(f"rendering the {name} raw schema")
        raw = render_supplier(name, part, seed)
        step(f"writing {name} raw tables to {target.describe()}")
        write_tables(target, supplier_schema(name), raw)
        raw_rows.update({f"{name}.{k}": len(v) for k, v in raw.items()})
        loaded[supplier_schema(name)] = {k: len(v) for k, v in raw.items()}
        if files is not None:
            write_files(files / name, raw, file_format)
    record_load(target, loaded, f"ssd simulate ({history_supplier} history, {supplier})")
    if files is not None:
        write_files(files / "truth", truth, file_format)
    return SimulationResult({k: len(v) for k, v in truth.items()}, raw_rows)



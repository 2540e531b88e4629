"""The verification commands of `ssd`: simulate an LA, check the SSD and the returns against its truth, compare
suppliers, benchmark. ssd_kit.cli adds them to the `ssd` app through the entry point group ssd_kit.commands
(`register`), so the product's own commands work without this package.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ssd_kit import pipeline, spec
from ssd_kit.cli import (
    AsAtOpt,
    CutoverDateOpt,
    HistorySupplierOpt,
    ProfileOpt,
    SeedOpt,
    SupplierOpt,
    TargetOpt,
    YearsOpt,
    _step,
    _target,
    console,
    run_build,
)
from ssd_kit.db import Target, project_dir


@dataclass(frozen=True)
class RunConfig:
    """Everything `ssd run` does, decided once: the LA simulated, the system(s) it is rendered into, where it is
    built, and whether the returns are built, checked and written."""

    profile: str
    seed: int
    years: int
    as_at: dt.date
    supplier: str
    target: Target
    returns: bool = True
    history_supplier: str | None = None
    cutover_date: dt.date | None = None
    out_dir: Path = Path("output/returns")
    la_code: str = "999"
    annex_a_months: int = 6

    @property
    def reporting_year(self) -> int:
        return pipeline.reporting_year_for(self.as_at)

    @property
    def changed_systems(self) -> bool:
        return self.history_supplier is not None


def simulate(
    profile: ProfileOpt = "median",
    seed: SeedOpt = 42,
    years: YearsOpt = 6,
    as_at: AsAtOpt = dt.datetime(2026, 10, 31),
    supplier: SupplierOpt = "liquidlogic",
    target: TargetOpt = "duckdb",
    files: Annotated[
        Path | None, typer.Option(help="Also write one file per raw table (and truth) into this folder.")
    ] = None,
    file_format: Annotated[str, typer.Option(help="csv or parquet, with --files.")] = "csv",
    history_supplier: HistorySupplierOpt = None,
    cutover_date: CutoverDateOpt = None,
) -> None:
    """Simulate an LA: write the truth (schema truth) and the supplier's raw tables."""
    run_simulate(
        _target(target), profile=profile, seed=seed, years=years, as_at=as_at.date(), supplier=supplier,
        files=files, file_format=file_format, history_supplier=history_supplier,
        cutover_date=cutover_date.date() if cutover_date else None,
    )


def run_simulate(
    tgt: Target,
    *,
    profile: str,
    seed: int,
    years: int,
    as_at: dt.date,
    supplier: str,
    files: Path | None = None,
    file_format: str = "csv",
    history_supplier: str | None = None,
    cutover_date: dt.date | None = None,
) -> None:
    from ssd_sim.pipeline import simulate_and_load

    start = time.perf_counter()
    try:
        res = simulate_and_load(
            tgt, profile, seed, years, as_at, supplier, files, file_format, step=_step,
            history_supplier=history_supplier, cutover_date=cutover_date,
        )
    except (ValueError, KeyError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    _step(
        f"done in {time.perf_counter() - start:.1f}s: {sum(res.truth_rows.values()):,} truth rows, "
        f"{sum(res.raw_rows.values()):,} raw rows in {len(res.raw_rows)} "
        f"{supplier if history_supplier is None else history_supplier + ' + ' + supplier} tables"
    )


def oracle(
    target: TargetOpt = "duckdb",
    tables: Annotated[str | None, typer.Option(help="Comma-separated SSD tables; default: all core.")] = None,
    supplier: SupplierOpt = "liquidlogic",
) -> None:
    """Compare every SSD table with the simulator's truth, row for row (exit 1 on any difference).

    Only the gaps the supplier declares in its supplier.yml are allowed (listed first): columns its raw schema
    cannot carry must be null in the SSD, tables it has no source for must be empty, JSON keys it cannot fill and
    keys it numbers its own way are left out of the comparison.
    """
    run_oracle(_target(target), tables.split(",") if tables else None, supplier)


def run_oracle(tgt: Target, tables: list[str] | None, supplier: str) -> None:
    from ssd_sim.equivalence import Exceptions
    from ssd_sim.oracle import compare_declared, format_report

    declared = Exceptions.of(supplier)
    for table, cols in declared.cannot_carry.items():
        _step(f"{supplier} cannot carry {table}: {', '.join(cols)} (expected null)")
    for table, why in declared.no_source.items():
        _step(f"{supplier} has no source for {table} (expected empty): {why}")
    for (table, col), keys in declared.json_key_gaps.items():
        _step(f"{supplier} cannot fill {table}.{col} keys {', '.join(keys)} (left out)")
    for (table, col), why in declared.id_schemes.items():
        _step(f"{supplier} numbers {table}.{col} its own way (left out): {why}")
    results = compare_declared(tgt, tables, supplier=supplier)
    print(format_report(results))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


def run(
    profile: ProfileOpt = "median",
    seed: SeedOpt = 42,
    years: YearsOpt = 6,
    as_at: AsAtOpt = dt.datetime(2026, 10, 31),
    supplier: SupplierOpt = "liquidlogic",
    target: TargetOpt = "duckdb",
    returns: Annotated[
        bool, typer.Option(help="Also build the year's returns, check them against their oracle and write the "
                           "files (--no-returns: the SSD only).")
    ] = True,
    history_supplier: HistorySupplierOpt = None,
    cutover_date: CutoverDateOpt = None,
) -> None:
    """The main job: simulate an LA, dbt build, check the SSD and the returns against the truth, write the
    returns."""
    config = RunConfig(
        profile=profile, seed=seed, years=years, as_at=as_at.date(), supplier=supplier, target=_target(target),
        returns=returns, history_supplier=history_supplier,
        cutover_date=cutover_date.date() if cutover_date else None,
    )
    execute_run(config)


def execute_run(config: RunConfig) -> None:
    """`ssd run` for one configuration: simulate, build, check the SSD (and the returns), write the returns."""
    tgt = config.target
    run_simulate(
        tgt, profile=config.profile, seed=config.seed, years=config.years, as_at=config.as_at,
        supplier=config.supplier, history_supplier=config.history_supplier, cutover_date=config.cutover_date,
    )
    run_build(tgt, config.as_at, supplier=config.supplier, history_supplier=config.history_supplier,
              returns=config.returns)
    if config.changed_systems:
        from ssd_sim.cutover_oracle import compare_cutover, format_cutover_report

        history, supplier = config.history_supplier, config.supplier
        _step(f"checking every SSD table against the truth ({history} history, {supplier} from the cut-over)")
        assert config.cutover_date is not None  # simulate refused a history supplier without one
        results = compare_cutover(tgt, history, supplier, config.cutover_date)
        print(format_cutover_report(results))
        _step("the returns are not built from a cut-over SSD yet (its ids are namespaced)")
        if not all(r.ok for r in results):
            raise typer.Exit(1)
        return
    _step("checking every SSD table against the truth")
    run_oracle(tgt, None, config.supplier)
    if config.returns:
        from ssd_kit.returns.export import ExportError, ready_to_write

        try:
            ready_to_write(tgt)
        except ExportError as exc:
            console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
            raise typer.Exit(2) from None
        year = config.reporting_year
        _step(f"checking the {year} returns (built by dbt build) against the returns oracle")
        frames = run_returns_oracle(tgt, year=year, as_at=config.as_at, annex_a_months=config.annex_a_months,
                                    supplier=config.supplier, build=False)
        from ssd_kit.returns.export import write_year

        out = config.out_dir
        _step(f"writing the {year} returns of this simulated LA (LA code {config.la_code}) to {out}")
        for path in write_year(frames, out, year, config.la_code, config.as_at):
            console.print(f"  {path} ({path.stat().st_size:,} bytes)")


def returns_oracle(
    year: Annotated[int, typer.Option(help="Reporting year Y: 1 April Y-1 to 31 March Y.")],
    as_at: AsAtOpt = dt.datetime(2026, 10, 31),
    annex_a_date: Annotated[
        dt.datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Annex A request date (default: the as-at date)."),
    ] = None,
    annex_a_months: Annotated[int, typer.Option(help="Annex A core lookback in months.")] = 6,
    supplier: SupplierOpt = "liquidlogic",
    target: TargetOpt = "duckdb",
    build: Annotated[bool, typer.Option(help="Rebuild the return models for this year first.")] = True,
) -> None:
    """Compare every return table (CIN census, SSDA903, Annex A) with the independent oracle computed from
    the simulator's truth, row for row (exit 1 on any difference). Needs a simulated LA (schema truth)."""
    run_returns_oracle(
        _target(target), year=year, as_at=as_at.date(), annex_a_date=annex_a_date.date() if annex_a_date else None,
        annex_a_months=annex_a_months, supplier=supplier, build=build,
    )


def run_returns_oracle(
    tgt: Target,
    *,
    year: int,
    as_at: dt.date,
    annex_a_date: dt.date | None = None,
    annex_a_months: int = 6,
    supplier: str = "liquidlogic",
    build: bool = True,
) -> dict:
    """The returns oracle's comparison (typer.Exit(1) on any difference); the return tables built."""
    from ssd_kit.db import query_df
    from ssd_kit.returns.export import ExportError, build_returns, return_tables
    from ssd_sim.returns.oracle import compare_returns, compute_returns, format_diffs

    extract = annex_a_date or as_at
    if build:
        variables = dict(
            pipeline.dbt_vars(as_at, reporting_year=year, supplier=supplier),
            annex_a_extract_date=extract.isoformat(),
            annex_a_lookback_months=annex_a_months,
        )
        try:
            actual = build_returns(tgt, variables)
        except ExportError as exc:
            console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
            raise typer.Exit(2) from None
    else:
        actual = return_tables(tgt)
    truth = {t: query_df(tgt, f"select * from {tgt.rel('truth', t)}") for t in spec.ALL_TABLES}
    diffs = compare_returns(compute_returns(truth, year, extract, annex_a_months), actual)
    print(format_diffs(diffs))
    if not all(d.ok for d in diffs):
        raise typer.Exit(1)
    return actual


def equivalence(
    profile: ProfileOpt = "small",
    seed: SeedOpt = 20260331,
    suppliers: Annotated[
        str, typer.Option(help="Comma-separated simulated suppliers to build and compare.")
    ] = "liquidlogic,mosaic,eclipse",
    workdir: Annotated[
        Path | None,
        typer.Option(help="Folder for the per-supplier DuckDB files (replaced on each run; default: "
                     "target/equivalence of the project)."),
    ] = None,
    tables: Annotated[str | None, typer.Option(help="Comma-separated SSD tables (default: all 48).")] = None,
) -> None:
    """One simulated LA through every supplier: each SSD table against the truth and between suppliers.

    Only the gaps a supplier declares (gaps in its suppliers/<name>/supplier.yml) are allowed; exits 1 on any
    other difference.
    """
    from ssd_sim.equivalence import run_equivalence
    from ssd_sim.render import SUPPLIERS

    names = [s.strip() for s in suppliers.split(",") if s.strip()]
    unknown = [s for s in names if s not in SUPPLIERS]
    if unknown or len(names) < 2:
        console.print(f"[red]error:[/red] give two or more of {', '.join(SUPPLIERS)} (unknown: {unknown})")
        raise typer.Exit(2)
    try:
        report = run_equivalence(workdir or project_dir() / "target" / "equivalence", profile, seed, names,
                                 tables=tables.split(",") if tables else None, step=_step)
    except RuntimeError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    print(report.describe())
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items()))
    if not report.ok:
        raise typer.Exit(1)


def bench(
    profiles: Annotated[str, typer.Option(help="Comma-separated LA profiles to measure.")] = "small,median,large",
    seed: SeedOpt = 42,
    target: TargetOpt = "duckdb",
    equivalence: Annotated[
        bool, typer.Option("--equivalence", help="Also time `ssd equivalence` (Liquidlogic, Mosaic, Eclipse) "
                           "per profile: one LA through the three suppliers, compared table by table.")
    ] = False,
) -> None:
    """Measure wall time and peak memory of simulate and dbt build per LA profile (not a test)."""
    from ssd_sim.bench import run_bench

    tgt = _target(target)
    rows = run_bench(tgt, profiles.split(","), seed, step=_step, equivalence=equivalence)
    where = "DuckDB, a fresh file target/bench_<profile>.duckdb each" if tgt.kind == "duckdb" else tgt.describe()
    table = Table(title=f"Benchmark ({where}); rows = SSD rows built (returns step: rows in the return tables)")
    for col in ("profile", "step", "seconds", "peak_rss_mb", "rows", "ok"):
        table.add_column(col, justify="left" if col in ("profile", "step") else "right")
    for r in rows:
        table.add_row(r.profile, r.step, f"{r.seconds:.1f}", f"{r.peak_rss_mb:,.0f}", f"{r.rows:,}", str(r.ok))
    Console().print(table)
    if not all(r.ok for r in rows):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the verification commands to the `ssd` app (entry point group ssd_kit.commands)."""
    app.command()(simulate)
    app.command()(oracle)
    app.command()(run)
    app.command("returns-oracle")(returns_oracle)
    app.command()(equivalence)
    app.command()(bench)

"""`ssd`: the one command for the SSD project: build the SSD, load extract files, write the returns, generate code.

The verification commands (simulate, run, oracle, returns-oracle, equivalence, bench) come from the simulator
package, ssd_sim, through the entry point group `ssd_kit.commands`: installed, `ssd --help` lists them; without it
the product works alone."""

from __future__ import annotations

import datetime as dt
import os
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ssd_kit import pipeline, spec
from ssd_kit.db import Target, project_dir

app = typer.Typer(
    help="Standard Safeguarding Dataset (SSD) toolkit: simulate a local authority, build the SSD "
    "with dbt, prove it against the truth.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)

ProfileOpt = Annotated[str, typer.Option(help="LA size: tiny, small, median or large.")]
SeedOpt = Annotated[int, typer.Option(help="Random seed; the same seed gives the same LA.")]
YearsOpt = Annotated[int, typer.Option(help="Years of history before the as-at date.")]
AsAtOpt = Annotated[
    dt.datetime, typer.Option(formats=["%Y-%m-%d"], help="The extract date the data describes.")
]
TargetOpt = Annotated[str, typer.Option(help="Where to build: duckdb (embedded file) or postgres.")]
SupplierOpt = Annotated[str, typer.Option(help="Which CMS raw schema to simulate and map.")]
HistorySupplierOpt = Annotated[
    str | None,
    typer.Option(help="An LA that changed systems: the old system holding the history (needs --cutover-date; "
                 "--supplier is the new system)."),
]
CutoverDateOpt = Annotated[
    dt.datetime | None,
    typer.Option(formats=["%Y-%m-%d"], help="With --history-supplier: the date the LA moved to --supplier."),
]


@app.callback()
def _private_files() -> None:
    """Everything this command creates (the DuckDB file, extract copies, dbt's logs, returns) holds child-level
    data: owner-only (umask 077) for this process and the dbt it starts."""
    os.umask(0o077)


def _target(kind: str) -> Target:
    try:
        return Target.from_env(kind)
    except ValueError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _step(msg: str) -> None:
    console.print(f"[bold cyan]>[/bold cyan] {msg}")


@app.command()
def build(
    target: TargetOpt = "duckdb",
    as_at: AsAtOpt = dt.datetime(2026, 10, 31),
    reporting_year: Annotated[
        int | None, typer.Option(help="Financial year ending 31 March; default: the last one ended by as-at.")
    ] = None,
    supplier: SupplierOpt = "liquidlogic",
    select: Annotated[str | None, typer.Option(help="dbt --select, to build part of the project.")] = None,
    history_supplier: HistorySupplierOpt = None,
    returns: Annotated[
        bool, typer.Option(help="Build the return models too (--no-returns: the SSD and its marts only, e.g. for "
                           "a supplier with no placements, such as Azeus).")
    ] = True,
) -> None:
    """Run `dbt build` (seeds, models, tests) and print what was built."""
    run_build(_target(target), as_at.date(), reporting_year=reporting_year, supplier=supplier, select=select,
              history_supplier=history_supplier, returns=returns)


def run_build(
    tgt: Target,
    as_at: dt.date,
    *,
    reporting_year: int | None = None,
    supplier: str = "liquidlogic",
    select: str | None = None,
    history_supplier: str | None = None,
    returns: bool = True,
) -> None:
    """dbt build on tgt and the summary of what was built; typer.Exit with dbt's code when it fails."""
    _step(f"dbt build on {tgt.describe()}")
    cmd = ["build"] + (["--select", select] if select else [])
    # Asked to leave the returns out, or a two-system build (its ids are namespaced; the returns need plain ids).
    if select is None and (not returns or history_supplier is not None):
        cmd += ["--exclude", "path:models/marts/returns"]
    variables = pipeline.dbt_vars(as_at, reporting_year, supplier, history_supplier=history_supplier)
    proc = pipeline.run_dbt(cmd, tgt, variables)
    _print_build_summary(tgt)
    if proc.returncode != 0:
        console.print("[red]dbt build failed[/red]: see the errors above and target/run_results.json")
        raise typer.Exit(proc.returncode)


def _print_build_summary(tgt: Target) -> None:
    results = pipeline.run_results()
    if len(results):
        counts = results.groupby(["resource_type", "status"]).size().reset_index(name="n")
        parts = [f"{r.resource_type} {r.status}: {r.n}" for r in counts.itertuples()]
        _step("dbt results - " + ", ".join(parts))
    from rich.markup import escape

    from ssd_kit.buildstate import NotReady, check_ready

    try:
        check_ready(tgt)
    except NotReady as exc:  # never show a previous run's numbers as if they were this build's
        head = "[red]not showing the SSD tables and quarantine counts:[/red]"
        console.print(f"{head} {escape(str(exc))}", soft_wrap=True)
        return
    table = Table(title=f"SSD tables built in {tgt.describe()}")
    summ = pipeline.summary(tgt)
    for col in summ.columns:
        table.add_column(col, justify="left" if col == "ssd_table" else "right", no_wrap=True)
    for row in summ.itertuples(index=False):
        table.add_row(*[f"{v:,}" if isinstance(v, int | float) and v == v else str(v) for v in row])
    Console(width=max(Console().width, 100)).print(table)
    q = pipeline.quarantine_by_category(tgt)
    if len(q):
        by_cat = q.groupby("dq_category")["n"].sum()
        _step("kept out of the SSD: " + ", ".join(f"{c} {int(n):,}" for c, n in by_cat.items()))
        dq = q[q["dq_category"] == "data_quality"].head(5)
        for r in dq.itertuples():
            console.print(f"    data_quality {r.dq_reason}: {int(r.n):,}")
    _step(
        f"SSD tables are in schema {tgt.schema('ssd')} of {tgt.describe()}; every row kept out, with its "
        f"reason and source key, is in {tgt.schema('quality')}.dq_quarantine"
    )


@app.command()
def export(
    year: Annotated[int, typer.Option(help="Reporting year Y: 1 April Y-1 to 31 March Y.")],
    la_code: Annotated[str, typer.Option(help="The LA's 3-digit DfE code (CIN census LEA).")],
    out: Annotated[Path, typer.Option(help="Folder to write into (one sub-folder per year).")] = Path(
        "output/returns"
    ),
    previous_year: Annotated[
        bool, typer.Option("--previous-year", help="Also write Y-1 (many 903 rules compare with last year).")
    ] = False,
    as_at: AsAtOpt = dt.datetime(2026, 10, 31),
    annex_a_date: Annotated[
        dt.datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Annex A request date (default: the as-at date)."),
    ] = None,
    annex_a_months: Annotated[int, typer.Option(help="Annex A core lookback in months.")] = 6,
    validate: Annotated[
        bool, typer.Option("--validate", help="Run the DfE validators (scripts/setup_validators.sh) on the files.")
    ] = False,
    supplier: SupplierOpt = "liquidlogic",
    target: TargetOpt = "duckdb",
) -> None:
    """Write the statutory returns for a year: CIN census XML, SSDA903 CSVs, Ofsted Annex A workbook.

    Builds and tests the return models first; writes nothing for a year whose models or tests fail,
    and refuses to write a file that does not validate (XSD, column sets). Same data, same bytes.
    """
    from rich.markup import escape

    from ssd_kit.returns.export import ExportError, export_returns

    tgt = _target(target)
    try:
        results = export_returns(
            tgt,
            year,
            out,
            la_code,
            as_at.date(),
            previous_year=previous_year,
            annex_a_date=annex_a_date.date() if annex_a_date else None,
            annex_a_lookback_months=annex_a_months,
            validate=validate,
            supplier=supplier,
            step=_step,
        )
    except (ExportError, ValueError) as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    for done in results:
        table = Table(title=f"Returns for {done.year - 1}/{str(done.year)[-2:]}")
        table.add_column("file")
        table.add_column("bytes", justify="right")
        for path in done.files:
            table.add_row(str(path), f"{path.stat().st_size:,}")
        console.print(table)
        for report in done.validation:
            console.print(escape(report.describe()), soft_wrap=True)


@app.command("load-files")
def load_files(
    folder: Annotated[Path, typer.Argument(help="Folder with one <TABLE>.csv or <TABLE>.parquet per raw table.")],
    supplier: SupplierOpt = "liquidlogic",
    target: TargetOpt = "duckdb",
    allow_missing: Annotated[
        bool, typer.Option("--allow-missing", help="Load a table with no file as an empty table (warning).")
    ] = False,
) -> None:
    """Load a folder of supplier extract files into the raw schema: all checked first, then written at once.

    CSV in UTF-8, UTF-8 with BOM or Windows-1252; NULL or empty means null; dates ISO or UK
    day-first (DD/MM/YYYY). Any problem: exit 2, nothing loaded, previous raw tables unchanged.
    """
    from rich.markup import escape

    from ssd_kit import extracts

    tgt = _target(target)
    _step(f"checking {supplier} extract files in {folder}")
    try:
        report = extracts.load_extracts(tgt, folder, supplier, allow_missing=allow_missing)
    except extracts.ExtractError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    except Exception as exc:  # e.g. an unknown supplier, or the database refused the write (rolled back)
        msg = (
            f"loading into {tgt.describe()} failed; nothing was loaded and the previous raw tables are "
            f"unchanged: {type(exc).__name__}: {exc}"
        )
        console.print(f"[red]error:[/red] {escape(msg)}", soft_wrap=True)
        raise typer.Exit(2) from None
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)
    table = Table(title=escape(f"{supplier} extract files loaded from {report.folder}"))
    for col in extracts.SUMMARY_COLUMNS:
        table.add_column(col, justify="right" if col == "rows" else "left")
    for row in report.summary_rows():
        table.add_row(*row)
    Console(width=max(Console().width, 120)).print(table)
    _step(
        f"loaded {report.total_rows:,} rows into {len(report.tables)} tables in schema "
        f"{tgt.schema(report.schema)} of {tgt.describe()}; next: ssd build"
    )


@app.command("gen-ssd")
def gen_ssd(
    check: Annotated[bool, typer.Option(help="Only report files that are out of date (exit 1).")] = False,
) -> None:
    """(Re)generate the contracted SSD models and their YAML from the spec facts."""
    from ssd_kit import specgen

    root = project_dir()
    stale = specgen.generate(root, list(spec.ALL_TABLES), check=check)
    for p in stale:
        print(("out of date: " if check else "wrote ") + str(p.relative_to(root)))
    if check and stale:
        raise typer.Exit(1)


@app.command("gen-sources")
def gen_sources(
    supplier: Annotated[
        str | None, typer.Option(help="One supplier (default: every supplier but the scaffolded ones).")
    ] = None,
    check: Annotated[bool, typer.Option(help="Only report whether the file is out of date (exit 1).")] = False,
) -> None:
    """(Re)generate the suppliers' source YAML from the raw schemas their supplier.yml declare."""
    from ssd_kit import sourcesgen, suppliers

    root = project_dir()
    try:
        stale = [p for s in ([supplier] if supplier else sourcesgen.generated_suppliers())
                 for p in sourcesgen.generate(s, check=check)]
    except suppliers.SupplierError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    for p in stale:
        print(("out of date: " if check else "wrote ") + str(p.relative_to(root)))
    if check and stale:
        raise typer.Exit(1)


@app.command("scaffold-supplier")
def scaffold_supplier(
    name: Annotated[str, typer.Argument(help="The new supplier's name: a lower-case identifier, e.g. mosaic.")],
    from_schema: Annotated[
        str | None, typer.Option(help="Read the raw tables and columns from this schema of the target.")
    ] = None,
    from_files: Annotated[
        Path | None, typer.Option(help="Read them from a folder of <TABLE>.csv / <TABLE>.parquet files.")
    ] = None,
    target: TargetOpt = "duckdb",
    force: Annotated[bool, typer.Option("--force", help="Replace existing folders for this supplier.")] = False,
) -> None:
    """Write a new supplier's sources YAML, staging stubs and empty contract-valid intermediate models."""
    from rich.markup import escape

    from ssd_kit import extracts, scaffold

    tgt = _target(target) if from_schema is not None else None
    try:
        result, written = scaffold.scaffold_supplier(
            name, project_dir(), from_schema=from_schema, from_files=from_files, target=tgt, force=force
        )
    except (scaffold.ScaffoldError, extracts.ExtractError) as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)
    for path in written:
        print(f"wrote {path.relative_to(project_dir())}")
    _step(
        f"scaffolded {name}: {len(result.tables)} raw tables, "
        f"{sum(1 for p in written if p.name.startswith('stg_'))} staging models, "
        f"{sum(1 for p in written if p.name.startswith('int_'))} intermediate stubs"
    )
    print(scaffold.next_steps(result))


@app.command()
def conformance(
    target: TargetOpt = "duckdb",
    supplier: Annotated[
        str | None, typer.Option(help="The supplier the SSD was built from; default: read from the manifest.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Also write the report: FILE.md (Markdown) or FILE.csv.")] = None,
    target_path: Annotated[
        Path | None, typer.Option(help="dbt's target folder holding run_results.json and manifest.json.")
    ] = None,
    all_fields: Annotated[bool, typer.Option("--all-fields", help="List the fields of empty tables too.")] = False,
) -> None:
    """After a dbt build: per SSD table and field, rows, populated %, quarantined rows, failing tests, verdict.

    Exit 1 when a table is not built or has failing tests.
    """
    from rich.markup import escape

    from ssd_kit import conformance as conf

    if out is not None and out.suffix.lower() not in (".md", ".csv"):
        console.print(f"[red]error:[/red] --out {escape(str(out))}: give a .md or .csv file")
        raise typer.Exit(2)
    tgt = _target(target)
    try:
        report = conf.collect(tgt, supplier, target_path)
    except Exception as exc:  # the database is missing or unreachable
        console.print(f"[red]error:[/red] cannot read {escape(tgt.describe())}: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)
    conf.print_report(report, Console(width=max(Console().width, 140)), all_fields=all_fields)
    counts = report.verdict_counts()
    _step("verdicts: " + ", ".join(f"{v} {counts[v]}" for v in conf.VERDICTS if counts[v]))
    if out is not None:
        _step(f"wrote {conf.write(report, out)}")
    if not report.ok:
        raise typer.Exit(1)


def _add_plugin_commands() -> None:
    """Add the commands other installed packages offer (entry point group ssd_kit.commands: a callable taking the
    app). One that cannot be imported (e.g. the simulator left out) is skipped: the product works without it."""
    for ep in sorted(entry_points(group=PLUGIN_GROUP), key=lambda e: e.name):
        try:
            register = ep.load()
        except ImportError:
            continue
        register(app)


PLUGIN_GROUP = "ssd_kit.commands"
if __name__ == "ssd_kit.cli":  # (run as a script, the module imports itself under this name below)
    _add_plugin_commands()


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover - `python -m ssd_kit.cli`: the app with its plugin commands
    from ssd_kit.cli import app as _app

    sys.exit(_app())

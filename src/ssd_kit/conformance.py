"""How well a supplier's build meets the SSD, on the supplier's own data (`ssd conformance`).

There is no truth on a real LA's data, so conformance reports what can be measured after a
`dbt build`: per SSD table, the rows it holds, how many rows the supplier offered and which were
quarantined (from quality.dq_quarantine, by category and reason), and the dbt results that concern
the table (from target/run_results.json, mapped to tables and columns through target/manifest.json):
the SSD model's own build (an enforced contract fails there), its column tests (not_null, unique,
accepted_values, relationships to the DfE code seeds) and the supplier's intermediate-model tests;
per SSD field, how many rows have it populated (non-null). One verdict per table:

  not built      the SSD relation does not exist (the build failed before it, or never ran)
  failing tests  the SSD or intermediate model errored, or a test on either failed or errored
  empty          no rows (and nothing failed): expected for tables the supplier has no source for
  untested       rows, but run_results.json has no test of this table (run `dbt build` or `dbt test`)
  ok             rows, and every test of the table passed

Works on DuckDB and PostgreSQL (counts are plain `count(column)` queries).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ssd_kit import spec, suppliers
from ssd_kit.db import Target, connect, dbt_target_dir

VERDICTS = ("not built", "failing tests", "empty", "untested", "ok")
FAILED = ("fail", "error")
CSV_COLUMNS = (
    "ssd_table", "verdict", "table_rows", "supplier_rows", "quarantined_rows", "field", "item_ref",
    "logical_type", "required", "populated", "populated_pct", "failing_tests",
)


@dataclass(frozen=True)
class DbtResult:
    """One dbt result that concerns an SSD table: a test, or the build of the SSD / intermediate model."""

    ssd_table: str
    column: str | None
    name: str  # not_null, unique, accepted_values, relationships, row_conservation, ... or "build"
    layer: str  # "ssd" (the contracted model) or "mapping" (the supplier's intermediate model)
    status: str  # pass, fail, error, warn, skipped, success
    failures: int | None
    message: str
    unique_id: str

    @property
    def failed(self) -> bool:
        return self.status in FAILED

    def describe(self) -> str:
        what = self.name if self.column is None else f"{self.name}({self.column})"
        if self.layer == "mapping":
            what = "mapping " + what
        if self.name == "build" or self.status == "error":
            first = (self.message or "").strip().splitlines()
            return f"{what}: {self.status}" + (f": {first[0][:160]}" if first else "")
        if self.status == "fail" and self.failures is not None:
            return f"{what}: {self.failures:,} failing row{'s' if self.failures != 1 else ''}"
        return f"{what}: {self.status}"


@dataclass
class FieldReport:
    ssd_table: str
    column: str
    item_ref: str
    logical_type: str
    required: bool
    rows: int | None
    populated: int | None
    tests: list[DbtResult] = field(default_factory=list)

    @property
    def populated_pct(self) -> float | None:
        if not self.rows or self.populated is None:
            return None
        return 100.0 * self.populated / self.rows

    @property
    def failing(self) -> list[DbtResult]:
        return [t for t in self.tests if t.failed]


@dataclass
class TableReport:
    ssd_table: str
    rows: int | None  # None: not built
    fields: list[FieldReport]
    quarantine: Counter = field(default_factory=Counter)  # (category, reason) -> rows
    supplier_rows: int | None = None
    tests: list[DbtResult] = field(default_factory=list)  # everything for the table, builds included
    declared: str = ""  # the gap the supplier's supplier.yml declares for the table, if any


    @property
    def quarantined_rows(self) -> int:
        return sum(self.quarantine.values())

    @property
    def failing(self) -> list[DbtResult]:
        return [t for t in self.tests if t.failed]

    @property
    def tests_run(self) -> int:
        return sum(1 for t in self.tests if t.name != "build")

    @property
    def verdict(self) -> str:
        if self.rows is None:
            return "not built"
        if self.failing:
            return "failing tests"
        if self.rows == 0:
            return "empty"
        if not self.tests_run:
            return "untested"
        return "ok"

    def quarantine_text(self) -> str:
        return ", ".join(f"{reason} ({cat}) {n:,}" for (cat, reason), n in self.quarantine.most_common())


@dataclass
class ConformanceReport:
    supplier: str | None  # the supplier the SSD was built from (manifest), or as asked
    where: str
    run_results: Path | None
    tables: list[TableReport]
    warnings: list[str] = field(default_factory=list)

    def verdict_counts(self) -> Counter:
        return Counter(t.verdict for t in self.tables)

    @property
    def ok(self) -> bool:
        return not any(t.verdict in ("not built", "failing tests") for t in self.tables)


# --- dbt artifacts -------------------------------------------------------------------------------


def _load_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def built_supplier(manifest: dict | None) -> str | None:
    """The supplier whose intermediate model ssd_person was built from, per the manifest (through the SSD gate,
    int_gate__ssd_person, which reads the supplier's model)."""
    if not manifest:
        return None
    nodes = manifest.get("nodes", {})
    todo, seen = ["model.ssd.ssd_person"], set()
    while todo:
        node_id = todo.pop()
        if node_id in seen:
            continue
        seen.add(node_id)
        for dep in nodes.get(node_id, {}).get("depends_on", {}).get("nodes", []):
            name = dep.split(".")[-1]
            if name == "int_gate__ssd_person":
                todo.append(dep)
            elif name.startswith("int_") and name.endswith("__ssd_person"):
                return name[len("int_"):-len("__ssd_person")]
    return None


def _owner(model_id: str | None, supplier: str | None) -> tuple[str, str] | None:
    """(ssd_table, layer) for model.ssd.ssd_<t> or model.ssd.int_<supplier>__ssd_<t>; else None."""
    if not model_id or not model_id.startswith("model."):
        return None
    name = model_id.split(".")[-1]
    if name in spec.ALL_TABLES:
        return name, "ssd"
    if supplier and name.startswith(f"int_{supplier}__ssd_"):
        table = "ssd_" + name[len(f"int_{supplier}__ssd_"):]
        if table in spec.ALL_TABLES:
            return table, "mapping"
    return None


def dbt_results(run_results: dict | None, manifest: dict | None, supplier: str | None) -> list[DbtResult]:
    """The run results (tests and model builds) that concern an SSD table, mapped to table and column."""
    if not run_results:
        return []
    nodes = (manifest or {}).get("nodes", {})
    out = []
    for r in run_results.get("results", []):
        uid = r.get("unique_id", "")
        status = str(r.get("status", ""))
        message = r.get("message") or ""
        if uid.startswith("model."):
            owner = _owner(uid, supplier)
            if owner:
                out.append(DbtResult(owner[0], None, "build", owner[1], status, None, message, uid))
            continue
        if not uid.startswith("test."):
            continue
        node = nodes.get(uid, {})
        attached = node.get("attached_node")
        if attached is None:  # singular test: attach to the one SSD model it reads, if exactly one
            deps = [d for d in node.get("depends_on", {}).get("nodes", []) if _owner(d, supplier)]
            attached = deps[0] if len(deps) == 1 else None
        owner = _owner(attached, supplier)
        if not owner:
            continue
        name = (node.get("test_metadata") or {}).get("name") or node.get("name", uid.split(".")[2])
        failures = r.get("failures")
        out.append(DbtResult(owner[0], node.get("column_name"), name, owner[1], status,
                              int(failures) if failures is not None else None, message, uid))
    return out


# --- counting ------------------------------------------------------------------------------------


def _execute(con: object, kind: str, sql: str) -> list[tuple]:
    if kind == "duckdb":
        return con.execute(sql).fetchall()
    cur = con.cursor()
    cur.execute(sql)
    return cur.fetchall()


def _existing_relations(con: object, target: Target, schema: str) -> set[str]:
    catalog = f" and table_catalog = '{target.duckdb_path.stem}'" if target.kind == "duckdb" else ""
    rows = _execute(
        con, target.kind,
        f"select table_name from information_schema.tables where table_schema = '{target.schema(schema)}'{catalog}",
    )
    return {str(r[0]) for r in rows}


def _count_fields(con: object, target: Target, table: str) -> tuple[int, list[int]]:
    cols = spec.columns(table)
    counts = ", ".join(f'count("{c}")' for c in cols)
    row = _execute(con, target.kind, f"select count(*), {counts} from {target.rel('ssd', table)}")[0]
    return int(row[0]), [int(v) for v in row[1:]]


def collect(
    target: Target,
    supplier: str | None = None,
    target_path: Path | None = None,
    tables: list[str] | None = None,
) -> ConformanceReport:
    """Measure every SSD table (or `tables`) in target and attach the dbt results in target_path."""
    target_path = Path(target_path or dbt_target_dir())
    rr_path = target_path / "run_results.json"
    run_results = _load_json(rr_path)
    manifest = _load_json(target_path / "manifest.json")
    warnings = []
    built = built_supplier(manifest)
    if supplier and built and supplier != built:
        warnings.append(
            f"the last dbt run in {target_path} built the SSD from {built!r}, not {supplier!r}: rebuild with "
            f"--vars '{{ssd_supplier: {supplier}}}' first; test results below are read for {supplier!r}"
        )
    who = supplier or built
    if run_results is None:
        warnings.append(f"no {rr_path}: run `dbt build` first; the report has counts but no test results")
    elif manifest is None:
        warnings.append(f"no manifest.json in {target_path}: test results cannot be matched to columns")
    results = dbt_results(run_results, manifest, who)
    declared = _declared_gaps(who)
    by_table: dict[str, list[DbtResult]] = {}
    for r in results:
        by_table.setdefault(r.ssd_table, []).append(r)

    reports = []
    with connect(target, read_only=True) as con:
        ssd_relations = _existing_relations(con, target, "ssd")
        quality = _existing_relations(con, target, "quality")
        quarantine: dict[str, Counter] = {}
        if "dq_quarantine" in quality:
            sql = (
                "select ssd_table, coalesce(dq_category, 'uncatalogued'), dq_reason, count(*) "
                f"from {target.rel('quality', 'dq_quarantine')} group by ssd_table, dq_category, dq_reason"
            )
            for t, cat, reason, n in _execute(con, target.kind, sql):
                quarantine.setdefault(str(t), Counter())[(str(cat), str(reason))] += int(n)
        else:
            warnings.append("quality.dq_quarantine is not built: quarantined rows are not reported")
        offered: dict[str, int] = {}
        if "dq_conservation" in quality:
            sql = f"select ssd_table, supplier_rows from {target.rel('quality', 'dq_conservation')}"
            offered = {str(t): int(n) for t, n in _execute(con, target.kind, sql) if n is not None}
        for table in tables or list(spec.ALL_TABLES):
            rows: int | None = None
            counts: list[int | None] = [None] * len(spec.columns(table))
            if table in ssd_relations:
                rows, counts = _count_fields(con, target, table)
            table_tests = by_table.get(table, [])
            fields = [
                FieldReport(
                    table, f.column, f.item_ref, f.logical_type, f.required or f.primary_key, rows, n,
                    [t for t in table_tests if t.column == f.column],
                )
                for f, n in zip(spec.table_fields(table), counts, strict=True)
            ]
            reports.append(
                TableReport(table, rows, fields, quarantine.get(table, Counter()), offered.get(table), table_tests,
                            declared.get(table, ""))
            )
            if rows and table in declared and declared[table].startswith("no source"):
                warnings.append(f"{table} has {rows:,} rows but {who}'s supplier.yml declares no source for it")
    where = target.describe()
    return ConformanceReport(who, where, rr_path if run_results is not None else None, reports, warnings)


def _declared_gaps(supplier: str | None) -> dict[str, str]:
    """{ssd table: the gap suppliers/<supplier>/supplier.yml declares for it}; {} for an unknown supplier."""
    if not supplier or not suppliers.exists(supplier):
        return {}
    gaps = suppliers.load(supplier).gaps
    out = {t: f"cannot carry {', '.join(cols)}" for t, cols in gaps.cannot_carry.items()}
    for g in gaps.json_key_gaps:
        out[g.table] = "; ".join(filter(None, [out.get(g.table), f"cannot fill {g.column} keys {', '.join(g.keys)}"]))
    for t, why in gaps.no_source_tables.items():
        out[t] = f"no source: {why}"
    return out


# --- output ----------------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _num(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"


def table_rows(report: ConformanceReport) -> list[dict[str, str]]:
    """One display row per SSD table."""
    out = []
    for t in report.tables:
        out.append({
            "ssd_table": t.ssd_table,
            "rows": _num(t.rows),
            "supplier rows": _num(t.supplier_rows),
            "quarantined": _num(t.quarantined_rows),
            "fields populated": (
                "-" if not t.rows else f"{sum(1 for f in t.fields if f.populated)}/{len(t.fields)}"
            ),
            "tests": f"{t.tests_run - sum(1 for x in t.failing if x.name != 'build')}/{t.tests_run} pass"
            if t.tests_run else "-",
            "verdict": t.verdict,
        })
    return out


def field_rows(report: ConformanceReport) -> list[dict[str, object]]:
    """One row per SSD field, with its table's figures repeated (the CSV output)."""
    out = []
    for t in report.tables:
        for f in t.fields:
            out.append({
                "ssd_table": t.ssd_table,
                "verdict": t.verdict,
                "table_rows": t.rows,
                "supplier_rows": t.supplier_rows,
                "quarantined_rows": t.quarantined_rows,
                "field": f.column,
                "item_ref": f.item_ref,
                "logical_type": f.logical_type,
                "required": "Y" if f.required else "N",
                "populated": f.populated,
                "populated_pct": None if f.populated_pct is None else round(f.populated_pct, 1),
                "failing_tests": "; ".join(x.describe() for x in f.failing),
            })
    return out


def to_csv(report: ConformanceReport) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    from ssd_kit.csvsafe import neutralise  # a text cell a spreadsheet would run as a formula gets a leading '

    writer.writeheader()
    for row in field_rows(report):
        writer.writerow({k: "" if v is None else neutralise(v) if isinstance(v, str) else v for k, v in row.items()})
    return buf.getvalue()


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: ConformanceReport) -> str:
    counts = report.verdict_counts()
    lines = [
        f"# SSD conformance: {report.supplier or 'unknown supplier'}",
        "",
        f"Built in {report.where}; dbt results from {report.run_results or '(none)'}.",
        "",
        "Verdicts: " + ", ".join(f"{v} {counts[v]}" for v in VERDICTS if counts[v]) + ".",
        "",
    ]
    lines += [f"> warning: {_md_escape(w)}" for w in report.warnings]
    if report.warnings:
        lines.append("")
    summary = table_rows(report)
    heads = list(summary[0]) if summary else []
    lines += ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    lines += ["| " + " | ".join(_md_escape(r[h]) for h in heads) + " |" for r in summary]
    for t in report.tables:
        lines += ["", f"## {t.ssd_table}: {t.verdict}", ""]
        lines.append(f"Rows {_num(t.rows)}; offered by the supplier {_num(t.supplier_rows)}; "
                     f"quarantined {t.quarantined_rows:,}" + (f" ({t.quarantine_text()})" if t.quarantine else "")
                     + ".")
        if t.declared:
            lines += ["", f"Declared in the supplier's supplier.yml: {_md_escape(t.declared)}."]
        table_level = [x for x in t.failing if x.column is None]
        if table_level:
            lines += ["", "Failing: " + "; ".join(_md_escape(x.describe()) for x in table_level) + "."]
        if not t.rows:
            continue
        lines += ["", "| field | item | type | required | populated | % | failing tests |",
                  "|---|---|---|---|---|---|---|"]
        for f in t.fields:
            lines.append(
                f"| {f.column} | {f.item_ref} | {f.logical_type} | {'Y' if f.required else ''} | "
                f"{_num(f.populated)} | {_pct(f.populated_pct)} | "
                f"{_md_escape('; '.join(x.describe() for x in f.failing))} |"
            )
    return "\n".join(lines) + "\n"


def write(report: ConformanceReport, path: Path) -> Path:
    """Write the report as Markdown (.md) or CSV (.csv), chosen by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".md":
        text = to_markdown(report)
    elif suffix == ".csv":
        text = to_csv(report)
    else:
        raise ValueError(f"{path}: write a .md (Markdown) or .csv file")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def print_report(report: ConformanceReport, console: object, all_fields: bool = False) -> None:
    """The summary table and, for tables with rows (all with all_fields), the per-field table."""
    from rich.markup import escape
    from rich.table import Table

    style = {"ok": "green", "empty": "dim", "untested": "yellow", "failing tests": "red", "not built": "red"}
    summary = Table(title=escape(f"SSD conformance: {report.supplier or '?'} in {report.where}"))
    rows = table_rows(report)
    for head in rows[0] if rows else []:
        summary.add_column(head, justify="left" if head in ("ssd_table", "verdict") else "right", no_wrap=True)
    for r in rows:
        cells = list(r.values())
        cells[-1] = f"[{style[r['verdict']]}]{r['verdict']}[/]"
        summary.add_row(*cells)
    console.print(summary)
    detail = Table(title="SSD fields (tables with rows)" if not all_fields else "SSD fields")
    for head in ("ssd_table", "field", "req", "populated", "%", "failing tests"):
        detail.add_column(head, justify="right" if head in ("populated", "%") else "left")
    for t in report.tables:
        if not (t.rows or all_fields):
            continue
        for f in t.fields:
            pct = f.populated_pct
            pct_text = _pct(pct)
            if f.required and pct is not None and pct < 100:
                pct_text = f"[red]{pct_text}[/]"
            failing = "; ".join(x.describe() for x in f.failing)
            detail.add_row(t.ssd_table, f.column, "Y" if f.required else "", _num(f.populated), pct_text,
                           f"[red]{escape(failing)}[/]" if failing else "")
    if detail.row_count:
        console.print(detail)
    for t in report.tables:
        if t.declared:
            console.print(f"[dim]{t.ssd_table} declared: {escape(t.declared)}[/]")
        if t.quarantine:
            console.print(f"[bold]{t.ssd_table}[/] quarantined: {escape(t.quarantine_text())}")
        for x in t.failing:
            if x.column is None:
                console.print(f"[red]{t.ssd_table}[/] failing: {escape(x.describe())}")

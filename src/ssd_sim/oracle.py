"""The oracle: does every SSD table dbt built equal the simulator's truth, row for row?

Both sides live in the same database (truth in schema `truth`, the SSD in schema `ssd`), so the
comparison is a multiset difference in SQL (EXCEPT ALL both ways) that scales to a large LA and
runs the same on DuckDB and PostgreSQL. A table passes when both differences are empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ssd_kit import spec
from ssd_kit.db import Target, query_df


@dataclass
class TableResult:
    table: str
    truth_rows: int
    ssd_rows: int
    missing_from_ssd: int  # truth rows with no identical SSD row
    unexpected_in_ssd: int  # SSD rows with no identical truth row
    error: str | None = None
    examples: dict[str, pd.DataFrame] = field(default_factory=dict)
    note: str = ""  # how a declared supplier gap was applied (compare_declared)

    @property
    def ok(self) -> bool:
        return self.error is None and self.missing_from_ssd == 0 and self.unexpected_in_ssd == 0


def _diff_sql(cols: list[str], left: str, right: str, left_cols: list[str] | None = None,
              right_cols: list[str] | None = None) -> str:
    return (
        f"select {', '.join(left_cols or cols)} from {left} "
        f"except all select {', '.join(right_cols or cols)} from {right}"
    )


def supplier_gaps(supplier: str) -> dict[str, tuple[str, ...]]:
    """SSD columns a supplier's raw schema has no source for (gaps.cannot_carry of its supplier.yml): the SSD must
    hold null there."""
    from ssd_kit import suppliers

    return {t: tuple(cols) for t, cols in suppliers.load(supplier).gaps.cannot_carry.items()}


def compare_table(
    target: Target,
    table: str,
    truth_schema: str = "truth",
    ssd_schema: str = "ssd",
    examples: int = 3,
    gaps: tuple[str, ...] = (),
) -> TableResult:
    """Compare one table; columns in `gaps` are expected to be null in the SSD, whatever the truth says."""
    cols = spec.columns(table)
    truth = target.rel(truth_schema, table)
    ssd = target.rel(ssd_schema, table)
    truth_cols = [f"null as {c}" if c in gaps else c for c in cols]
    try:
        counts = query_df(
            target,
            f"select (select count(*) from {truth}) as t, (select count(*) from {ssd}) as s, "
            f"(select count(*) from ({_diff_sql(cols, truth, ssd, left_cols=truth_cols)}) a) as m, "
            f"(select count(*) from ({_diff_sql(cols, ssd, truth, right_cols=truth_cols)}) b) as u",
        )
    except Exception as exc:  # a missing table or column is a finding, not a crash
        return TableResult(table, 0, 0, 0, 0, error=f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
    t, s, m, u = (int(counts.iloc[0][c]) for c in ("t", "s", "m", "u"))
    res = TableResult(table, t, s, m, u)
    if not res.ok and examples:
        order = ", ".join(cols[: min(3, len(cols))])
        missing = _diff_sql(cols, truth, ssd, left_cols=truth_cols)
        unexpected = _diff_sql(cols, ssd, truth, right_cols=truth_cols)
        res.examples["missing_from_ssd"] = query_df(
            target, f"select * from ({missing}) a order by {order} limit {examples}"
        )
        res.examples["unexpected_in_ssd"] = query_df(
            target, f"select * from ({unexpected}) b order by {order} limit {examples}"
        )
    return res


def compare_all(
    target: Target, tables: list[str] | None = None, supplier: str = "liquidlogic", **kw: object
) -> list[TableResult]:
    gaps = supplier_gaps(supplier)
    return [compare_table(target, t, gaps=gaps.get(t, ()), **kw) for t in (tables or list(spec.ALL_TABLES))]


def compare_declared(
    target: Target, tables: list[str] | None = None, supplier: str = "liquidlogic"
) -> list[TableResult]:
    """compare_all, applying every gap the supplier declares in its supplier.yml: cannot_carry columns (null in the
    SSD), no_source_tables (the table must be empty), json_key_gaps (keys of a JSON column left out) and
    id_schemes (a key the supplier numbers its own way, left out; the rows must still match one for one)."""
    from ssd_sim.equivalence import Exceptions, compare_frames

    exc = Exceptions.of(supplier)
    out = []
    for table in tables or list(spec.ALL_TABLES):
        own_ids = any(tab == table for tab, _ in exc.id_schemes)
        if table not in exc.no_source and not exc.json_keys(table) and not own_ids:
            out.append(compare_table(target, table, gaps=exc.cannot_carry.get(table, ())))
            continue
        try:
            truth = query_df(target, f"select * from {target.rel('truth', table)}")
            ssd = query_df(target, f"select * from {target.rel('ssd', table)}")
        except Exception as exc_:  # a missing table is a finding, not a crash
            out.append(TableResult(table, 0, 0, 0, 0, error=f"{type(exc_).__name__}: {str(exc_).splitlines()[0]}"))
            continue
        res = compare_frames(table, "ssd", ssd, "truth", truth, exc, None)
        result = TableResult(table, len(truth), len(ssd), res.only_right, res.only_left)
        result.note = res.status if res.ok else ""
        if table in exc.no_source:
            # built empty by design: nothing is "missing", any SSD row is unexpected
            result.missing_from_ssd, result.unexpected_in_ssd = 0, len(ssd)
            result.note = "no source: built empty" if res.ok else ""
        if res.examples is not None:
            result.examples["differences"] = res.examples
        out.append(result)
    return out


def format_report(results: list[TableResult]) -> str:
    lines = [f"{'table':32} {'truth':>9} {'ssd':>9} {'missing':>8} {'extra':>8}  result"]
    for r in results:
        status = ("ok" + (f" ({r.note})" if r.note else "")) if r.ok else ("ERROR " + r.error if r.error else "DIFFERS")
        lines.append(
            f"{r.table:32} {r.truth_rows:9d} {r.ssd_rows:9d} {r.missing_from_ssd:8d} "
            f"{r.unexpected_in_ssd:8d}  {status}"
        )
    bad = [r for r in results if not r.ok]
    for r in bad:
        for kind, df in r.examples.items():
            if len(df):
                lines.append(f"\n{r.table}: {kind} (first rows)")
                lines.append(df.to_string(index=False, max_colwidth=40))
    declared = sum(1 for r in results if r.ok and r.note)
    lines.append(f"\n{len(results) - len(bad) - declared} of {len(results)} tables equal the truth"
                 + (f"; {declared} more hold under the supplier's declared gaps" if declared else ""))
    return "\n".join(lines)

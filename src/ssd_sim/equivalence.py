"""Cross-supplier equivalence: one simulated LA, rendered into several suppliers' raw schemas, built by dbt once
per supplier, and every SSD table compared with the truth and with every other supplier's.

The SSD promises that an LA's tables do not depend on its case-management system. Each supplier declares what it
genuinely cannot carry (the gaps of its suppliers/<name>/supplier.yml: cannot_carry columns, no_source_tables and
json_key_gaps); this module applies exactly those exceptions (and id_schemes: a key the supplier numbers its own
way, left out of the comparison) and nothing else, so a table is one of:

  equal            identical rows (as multisets) once the declared gaps are nulled on both sides
  no source        a supplier has no source for the table: it is built empty, and that is checked
  DIFFERS          anything else: a defect in a mapping (or an undeclared gap)

Each supplier is built into its own DuckDB file under `workdir`, so the builds never share a schema.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

import pandas as pd

from ssd_kit import jsonfmt, pipeline, spec, suppliers
from ssd_kit.db import Target, query_df, write_tables
from ssd_sim.pipeline import render_supplier

DEFAULT_SUPPLIERS = ("liquidlogic", "mosaic", "eclipse")


@dataclass(frozen=True)
class Exceptions:
    """What one supplier declares it cannot carry."""

    cannot_carry: dict[str, tuple[str, ...]]
    no_source: dict[str, str]
    json_key_gaps: dict[tuple[str, str], tuple[str, ...]]
    id_schemes: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, supplier: str) -> Exceptions:
        """The gaps suppliers/<supplier>/supplier.yml declares."""
        gaps = suppliers.load(supplier).gaps
        return cls(
            {t: tuple(cols) for t, cols in gaps.cannot_carry.items()},
            dict(gaps.no_source_tables),
            gaps.json_key_gap_map(),
            gaps.id_scheme_map(),
        )

    def columns(self, table: str) -> set[str]:
        """Columns left out of the comparison: those the supplier cannot carry, and keys it numbers its own way
        (ID_SCHEMES: the rows must still match one for one on every other column)."""
        own_ids = {col for (tab, col) in self.id_schemes if tab == table}
        return set(self.cannot_carry.get(table, ())) | own_ids

    def json_keys(self, table: str) -> dict[str, set[str]]:
        return {col: set(keys) for (tab, col), keys in self.json_key_gaps.items() if tab == table}


@dataclass
class Comparison:
    """One table compared between two sides (a supplier's SSD and the truth, or two suppliers' SSDs)."""

    table: str
    left: str
    right: str
    left_rows: int
    right_rows: int
    only_left: int = 0
    only_right: int = 0
    status: str = "equal"
    nulled: list[str] = field(default_factory=list)
    examples: pd.DataFrame | None = None

    @property
    def ok(self) -> bool:
        return self.status != "DIFFERS"


def _null_json_keys(series: pd.Series, keys: set[str]) -> pd.Series:
    def blank(text: object) -> object:
        if not isinstance(text, str):
            return text
        obj = json.loads(text)
        return jsonfmt.json_object({k: (None if k in keys else v) for k, v in obj.items()})

    return series.map(blank)


def _normalise(df: pd.DataFrame, cols: list[str], nulled: set[str], json_keys: dict[str, set[str]]) -> pd.Series:
    """Each row as one comparable string (vectorised), with the given columns (and JSON keys) blanked."""
    parts = []
    for c in cols:
        s = df[c]
        if c in nulled:
            parts.append(pd.Series("\x00", index=df.index))
            continue
        if c in json_keys:
            s = _null_json_keys(s, json_keys[c])
        if pd.api.types.is_datetime64_any_dtype(s):
            s = s.dt.strftime("%Y-%m-%d %H:%M:%S")
        parts.append(s.astype("string").fillna("\x00"))
    return parts[0].str.cat(parts[1:], sep="\x1f") if len(parts) > 1 else parts[0]


def compare_frames(table: str, left_name: str, left: pd.DataFrame, right_name: str, right: pd.DataFrame,
                   left_exc: Exceptions | None, right_exc: Exceptions | None) -> Comparison:
    """Compare two versions of an SSD table under the union of both sides' declared gaps."""
    cols = spec.columns(table)
    excs = [e for e in (left_exc, right_exc) if e is not None]
    res = Comparison(table, left_name, right_name, len(left), len(right))
    for side, exc, frame in ((left_name, left_exc, left), (right_name, right_exc, right)):
        if exc is not None and table in exc.no_source:
            res.status = f"no source in {side}: {exc.no_source[table]}"
            if len(frame):
                res.status = "DIFFERS"
                res.only_left, res.only_right = (len(frame), 0) if side == left_name else (0, len(frame))
            return res
    nulled = set().union(*(e.columns(table) for e in excs)) if excs else set()
    json_keys: dict[str, set[str]] = {}
    for e in excs:
        for c, keys in e.json_keys(table).items():
            json_keys[c] = json_keys.get(c, set()) | keys
    res.nulled = sorted(nulled) + [f"{c}.{k}" for c, ks in sorted(json_keys.items()) for k in sorted(ks)]
    a = Counter(_normalise(left, cols, nulled, json_keys)) if len(left) else Counter()
    b = Counter(_normalise(right, cols, nulled, json_keys)) if len(right) else Counter()
    only_a, only_b = a - b, b - a
    res.only_left, res.only_right = sum(only_a.values()), sum(only_b.values())
    if res.only_left or res.only_right:
        res.status = "DIFFERS"
        sample = [(left_name, r) for r in list(only_a)[:3]] + [(right_name, r) for r in list(only_b)[:3]]
        res.examples = pd.DataFrame(
            [{"only_in": who, **dict(zip(cols, r.split("\x1f"), strict=True))} for who, r in sample]
        ).replace("\x00", None)
    elif res.nulled:
        res.status = "equal except declared gaps"
    return res


@dataclass
class EquivalenceReport:
    suppliers: list[str]
    profile: str
    seed: int
    vs_truth: list[Comparison]
    pairwise: list[Comparison]
    seconds: dict[str, float]
    workdir: Path | None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.vs_truth + self.pairwise)

    def summary(self) -> pd.DataFrame:
        """Per table: each supplier vs the truth, then each pair."""
        rows: dict[str, dict[str, str]] = {}
        for c in self.vs_truth + self.pairwise:
            col = c.left if c.right == "truth" else f"{c.left}={c.right}"
            mark = "ok" if c.status == "equal" else ("gap" if c.ok and "gaps" in c.status else (
                "none" if c.ok else f"DIFF {c.only_left}/{c.only_right}"))
            rows.setdefault(c.table, {"table": c.table})[col] = mark
        return pd.DataFrame(list(rows.values()))

    def describe(self) -> str:
        lines = [f"{self.profile} LA, seed {self.seed}: {', '.join(self.suppliers)}"]
        lines.append(self.summary().to_string(index=False))
        lines.append("ok = equal; gap = equal once the declared gaps are nulled; none = no source in a supplier "
                     "(built empty, checked); DIFF m/n = rows only on the left / only on the right")
        for c in self.vs_truth + self.pairwise:
            if not c.ok:
                lines.append(f"\n{c.table}: {c.left} vs {c.right}: {c.only_left} / {c.only_right} rows differ")
                if c.examples is not None:
                    lines.append(c.examples.to_string(index=False, max_colwidth=30))
        n_truth = sum(c.ok for c in self.vs_truth)
        n_pair = sum(c.ok for c in self.pairwise)
        lines.append(f"\nvs truth: {n_truth} of {len(self.vs_truth)} comparisons hold; "
                     f"pairwise: {n_pair} of {len(self.pairwise)} hold")
        return "\n".join(lines)


def _read(target: Target, schema: str, table: str) -> pd.DataFrame:
    return query_df(target, f"select * from {target.rel(schema, table)}")


def run_equivalence(
    workdir: Path,
    profile: str = "small",
    seed: int = 20260331,
    suppliers: Iterable[str] = DEFAULT_SUPPLIERS,
    as_at: dt.date = pipeline.DEFAULT_AS_AT,
    tables: list[str] | None = None,
    step: Callable[[str], None] = lambda _m: None,
) -> EquivalenceReport:
    """Simulate once, build every supplier, compare every table with the truth and pairwise."""
    import time

    from ssd_sim.simulate import simulate

    suppliers = list(suppliers)
    tables = tables or list(spec.ALL_TABLES)
    workdir.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    step(f"simulating a {profile} LA (seed {seed})")
    truth = simulate(profile=profile, seed=seed, years=6, as_at=as_at)
    seconds["simulate"] = time.perf_counter() - t0
    base = Target.from_env("duckdb")
    targets: dict[str, Target] = {}
    for supplier in suppliers:
        t0 = time.perf_counter()
        target = replace(base, duckdb_path=workdir / f"equivalence_{supplier}.duckdb", schema_prefix="")
        target.duckdb_path.unlink(missing_ok=True)
        step(f"{supplier}: render, load and dbt build the SSD")
        write_tables(target, "truth", truth)
        write_tables(target, pipeline.supplier_schema(supplier), render_supplier(supplier, truth, seed))
        proc = pipeline.run_dbt(
            ["build", "--select", "+path:models/ssd", "--resource-type", "seed", "--resource-type", "model"],
            target, pipeline.dbt_vars(as_at, supplier=supplier), quiet=True,
        )
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout or "").splitlines()[-30:])
            raise RuntimeError(f"dbt build of the {supplier} SSD failed:\n{tail}")
        targets[supplier] = target
        seconds[supplier] = time.perf_counter() - t0
    step("comparing every table with the truth and between suppliers")
    t0 = time.perf_counter()
    report = compare_built(targets, profile, seed, tables, workdir)
    seconds["compare"] = time.perf_counter() - t0
    report.seconds.update(seconds)
    return report


def compare_built(
    targets: Mapping[str, Target], profile: str, seed: int, tables: list[str] | None = None, workdir: Path | None = None
) -> EquivalenceReport:
    """Compare SSDs already built from one truth (schema truth in each target): every table of every supplier
    with the truth, and every pair of suppliers with each other, applying only the gaps each declares."""
    suppliers = list(targets)
    tables = tables or list(spec.ALL_TABLES)
    excs = {s: Exceptions.of(s) for s in suppliers}
    vs_truth, pairwise = [], []
    for table in tables:
        truth_df = _read(targets[suppliers[0]], "truth", table)  # as loaded: the same types as the SSD
        ssd = {s: _read(targets[s], "ssd", table) for s in suppliers}
        for s in suppliers:
            vs_truth.append(compare_frames(table, s, ssd[s], "truth", truth_df, excs[s], None))
        for a, b in combinations(suppliers, 2):
            pairwise.append(compare_frames(table, a, ssd[a], b, ssd[b], excs[a], excs[b]))
    return EquivalenceReport(suppliers, profile, seed, vs_truth, pairwise, {}, workdir)

"""Build state kept in the warehouse: which raw load is current, and what the last build of the SSD did.

Returns must only ever be written from ONE complete, passing build of the raw data that is loaded now. The state
lives in the warehouse itself (schema <prefix>ssd_meta), so it holds on DuckDB and PostgreSQL and for a plain
`dbt build` as well as `ssd build`:

* ssd_raw_loads: every raw load (`ssd load-files`, the simulator's raw write) records a load id, the time and
  each table's row count (`record_load`, inside the load's own transaction where the loader has one);
* ssd_builds: every dbt invocation records itself from the root project's on-run-start / on-run-end hooks
  (macros/build_state/ssd_build_state.sql): 'started' with the load id it reads, then 'passed' or 'failed'. A
  build that is killed never reaches on-run-end, so it stays 'started' (`ssd build` marks it 'interrupted').

`check_ready` is asked before anything is written from the SSD (`ssd export`, the `ssd run` returns step, the
conservation table `ssd build` prints) and raises NotReady naming the condition that failed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from ssd_kit.db import Target, connect, query_df

META_SCHEMA = "ssd_meta"
LOADS = "ssd_raw_loads"
BUILDS = "ssd_builds"
# Kept equal to macros/build_state/ssd_build_state.sql (the loader may run before any build creates them).
LOADS_DDL = (
    "load_id varchar, loaded_at timestamp, source varchar, schema_name varchar, table_name varchar, row_count bigint"
)
BUILDS_DDL = (
    "invocation_id varchar, started_at timestamp, finished_at timestamp, status varchar, load_id varchar, "
    "ssd_selected integer, ssd_total integer, ssd_ok integer, problems integer, detail varchar, command varchar"
)


class NotReady(RuntimeError):
    """The SSD in the warehouse is not one complete, passing build of the current raw load."""


def _schema_sql(target: Target) -> str:
    schema = target.schema(META_SCHEMA)
    return f'"{target.duckdb_path.stem}"."{schema}"' if target.kind == "duckdb" else f'"{schema}"'


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def record_load_sql(
    target: Target, tables: Mapping[str, Mapping[str, int]], source: str, load_id: str | None = None
) -> list[tuple[str, tuple]]:
    """The statements (sql, params) that record one raw load: {schema: {table: rows}}. Run them in the load's
    own transaction (db.write_tables_atomic's `extra`), or through record_load."""
    load_id = load_id or uuid.uuid4().hex
    mark = "?" if target.kind == "duckdb" else "%s"
    loads = f'{_schema_sql(target)}."{LOADS}"'
    stmts: list[tuple[str, tuple]] = [
        (f"create schema if not exists {_schema_sql(target)}", ()),
        (f"create table if not exists {loads} ({LOADS_DDL})", ()),
    ]
    now = _now()
    for schema, counts in tables.items():
        for table, rows in counts.items():
            stmts.append((
                f"insert into {loads} values ({', '.join([mark] * 6)})",
                (load_id, now, source, target.schema(schema), table, int(rows)),
            ))
    return stmts


def run_statements(target: Target, con: object, stmts: list[tuple[str, tuple]]) -> None:
    cur = con if target.kind == "duckdb" else con.cursor()
    for sql, params in stmts:
        cur.execute(sql, params) if params else cur.execute(sql)


def record_load(target: Target, tables: Mapping[str, Mapping[str, int]], source: str) -> str:
    """Record a raw load (its own transaction); returns the load id."""
    load_id = uuid.uuid4().hex
    stmts = record_load_sql(target, tables, source, load_id)
    with connect(target) as con:
        if target.kind == "duckdb":
            con.execute("begin transaction")
            run_statements(target, con, stmts)
            con.execute("commit")
        else:
            cur = con.cursor()
            cur.execute("begin")
            run_statements(target, con, stmts)
            cur.execute("commit")
    return load_id


def mark_interrupted(target: Target, since: dt.datetime) -> int:
    """Builds started since `since` that never finished become 'interrupted' (best effort; 'started' is refused
    just the same). Returns how many rows changed."""
    builds = f'{_schema_sql(target)}."{BUILDS}"'
    sql = (
        f"update {builds} set status = 'interrupted', finished_at = {'?' if target.kind == 'duckdb' else '%s'} "
        f"where status = 'started' and started_at >= {'?' if target.kind == 'duckdb' else '%s'}"
    )
    with connect(target) as con:
        cur = con if target.kind == "duckdb" else con.cursor()
        cur.execute(sql, (_now(), since))
        return int(getattr(cur, "rowcount", 0) or 0)


@dataclass(frozen=True)
class BuildState:
    invocation_id: str
    started_at: object
    finished_at: object
    status: str
    load_id: str | None
    ssd_selected: int
    ssd_total: int
    ssd_ok: int
    problems: int
    detail: str | None
    command: str | None


def _table_exists(target: Target, table: str) -> bool:
    sql = (
        "select count(*) as n from information_schema.tables where table_schema = "
        f"'{target.schema(META_SCHEMA)}' and table_name = '{table}'"
    )
    return int(query_df(target, sql)["n"].iloc[0]) > 0


def latest_ssd_build(target: Target) -> BuildState | None:
    """The latest dbt invocation that selected any SSD model (None when there is none)."""
    if not _table_exists(target, BUILDS):
        return None
    rows = query_df(
        target,
        f'select * from {_schema_sql(target)}."{BUILDS}" where ssd_selected > 0 '
        "order by started_at desc limit 1",
    )
    if rows.empty:
        return None
    r = rows.iloc[0]
    def _int(v: object) -> int:
        return 0 if v is None or v != v else int(v)  # type: ignore[call-overload]
    def _str(v: object) -> str | None:
        return None if v is None or v != v else str(v)
    return BuildState(
        str(r["invocation_id"]), r["started_at"], r["finished_at"], str(r["status"]), _str(r["load_id"]),
        _int(r["ssd_selected"]), _int(r["ssd_total"]), _int(r["ssd_ok"]), _int(r["problems"]), _str(r["detail"]),
        _str(r["command"]),
    )


def latest_load(target: Target) -> tuple[str, object] | None:
    """(load id, loaded at) of the latest recorded raw load, or None."""
    if not _table_exists(target, LOADS):
        return None
    rows = query_df(
        target,
        f'select load_id, loaded_at from {_schema_sql(target)}."{LOADS}" order by loaded_at desc, load_id desc limit 1',
    )
    return None if rows.empty else (str(rows["load_id"].iloc[0]), rows["loaded_at"].iloc[0])


def check_ready(target: Target) -> BuildState:
    """The latest SSD build, if returns may be written from it; else NotReady naming the condition that failed."""
    try:
        build = latest_ssd_build(target)
        load = latest_load(target)
    except Exception as exc:  # no database file, server down
        raise NotReady(f"cannot read the build state in {target.describe()}: {exc}") from exc
    fix = "run `ssd build` (a full dbt build) and try again"
    if build is None:
        raise NotReady(
            f"no build of the SSD is recorded in {target.describe()} (schema {target.schema(META_SCHEMA)}): {fix}"
        )
    when = f"the latest build of the SSD (dbt invocation {build.invocation_id}, started {build.started_at} UTC)"
    if build.status in ("started", "interrupted"):
        raise NotReady(
            f"{when} did not finish (it was interrupted or killed, or is still running), so the SSD may be half "
            f"rebuilt: {fix}"
        )
    if build.status != "passed":
        raise NotReady(
            f"{when} failed ({build.problems} node(s) errored, failed or were skipped: {build.detail}), so the SSD "
            f"may be incomplete or wrong: fix the cause and {fix}"
        )
    if build.command != "build":
        raise NotReady(f"{when} was a `dbt {build.command}`, not a `dbt build`, so its tests did not run: {fix}")
    if build.ssd_ok < build.ssd_total:
        raise NotReady(
            f"{when} built only {build.ssd_ok} of the {build.ssd_total} SSD models (a partial --select build), so "
            f"the SSD is not one whole build: {fix}"
        )
    if load is not None and load[0] != build.load_id:
        read = f"raw load {build.load_id}" if build.load_id else "no recorded raw load"
        raise NotReady(
            f"{when} read {read}, but the raw data was loaded again since (load {load[0]} at {load[1]} UTC), so "
            f"the SSD is stale: {fix}"
        )
    return build

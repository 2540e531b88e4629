"""Where the data goes: the DuckDB file or PostgreSQL database dbt builds in, or a folder of files.

Connection settings come from the same environment variables as profiles/profiles.yml
(SSD_TARGET, SSD_DUCKDB_PATH, SSD_PG_*), so the simulator writes exactly where dbt reads.
SSD_SCHEMA_PREFIX is applied to every schema, as dbt's generate_schema_name does.
"""

from __future__ import annotations

import functools
import io
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pandas as pd


class ProjectNotFound(RuntimeError):
    """No SSD dbt project could be found (see project_dir)."""


def _is_ssd_project(folder: Path) -> bool:
    path = folder / "dbt_project.yml"
    if not path.is_file():
        return False
    import yaml

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(doc, dict) and doc.get("name") == "ssd"


@functools.cache
def _find_project_dir(env: str | None, cwd: str) -> Path:
    if env:
        folder = Path(env).expanduser().resolve()
        if not _is_ssd_project(folder):
            raise ProjectNotFound(f"SSD_PROJECT_DIR={env}: no dbt_project.yml with name: ssd there")
        return folder
    here = Path(cwd).resolve()
    for folder in (here, *here.parents):
        if _is_ssd_project(folder):
            return folder
    checkout = Path(__file__).resolve().parents[2]  # src/ssd_kit/db.py in a checkout of the project
    if _is_ssd_project(checkout):
        return checkout
    raise ProjectNotFound(
        f"no SSD dbt project found: set SSD_PROJECT_DIR, or run from inside the project (a folder holding a "
        f"dbt_project.yml with name: ssd); none in {here} or its parents, nor in {checkout}"
    )


def project_dir() -> Path:
    """The SSD dbt project: env SSD_PROJECT_DIR, else the nearest parent of the working directory holding a
    dbt_project.yml with `name: ssd`, else the checkout this package sits in. ProjectNotFound when none."""
    return _find_project_dir(os.environ.get("SSD_PROJECT_DIR") or None, os.getcwd())


def __getattr__(name: str) -> Path:  # PROJECT_DIR, found when first asked for (an installed package has no fixed one)
    if name == "PROJECT_DIR":
        return project_dir()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def dbt_target_dir() -> Path:
    """dbt's target folder: DBT_TARGET_PATH when set (each parallel test worker has its own), else target/."""
    configured = os.environ.get("DBT_TARGET_PATH")
    return Path(configured) if configured else project_dir() / "target"


@dataclass(frozen=True)
class Target:
    kind: str  # "duckdb" or "postgres"
    duckdb_path: Path
    pg_dsn: str
    schema_prefix: str
    pg_params: tuple = ()  # (keyword, value) pairs for psycopg2.connect; pg_dsn is the same, libpq-quoted

    def __post_init__(self) -> None:
        # Both reach SQL text (DuckDB names the catalog after the file; dbt's generate_schema_name and our SQL
        # prefix every schema), so each must be a plain identifier (also after dataclasses.replace).
        check_identifier(self.duckdb_path.stem, "the DuckDB file name (SSD_DUCKDB_PATH, without .duckdb)")
        if self.schema_prefix:
            check_identifier(self.schema_prefix, "SSD_SCHEMA_PREFIX")

    @classmethod
    def from_env(cls, kind: str | None = None) -> Target:
        kind = kind or os.environ.get("SSD_TARGET", "duckdb")
        if kind not in ("duckdb", "postgres"):
            raise ValueError(f"unknown target {kind!r}: choose duckdb or postgres")
        path = Path(os.environ.get("SSD_DUCKDB_PATH", "target/ssd.duckdb"))
        if not path.is_absolute():
            path = project_dir() / path
        prefix = os.environ.get("SSD_SCHEMA_PREFIX", "")
        params = pg_params_from_env(warn=kind == "postgres")
        return cls(kind, path, make_pg_dsn(params), prefix, tuple(params.items()))

    def schema(self, name: str) -> str:
        return f"{self.schema_prefix}{name}"

    def rel(self, schema: str, table: str) -> str:
        """The quoted, fully qualified name of schema.table (schema prefix applied).

        DuckDB names the catalog after the file, so a file called ssd.duckdb has a catalog "ssd"
        beside the schema "ssd": always qualify with the catalog there to stay unambiguous.
        """
        name = f'"{self.schema(schema)}"."{table}"'
        return f'"{self.duckdb_path.stem}".{name}' if self.kind == "duckdb" else name

    def describe(self) -> str:
        if self.kind == "duckdb":
            return f"DuckDB file {self.duckdb_path}"
        p = dict(self.pg_params) if self.pg_params else _parse_dsn(self.pg_dsn)
        return f"PostgreSQL {p.get('user')}@{p.get('host')}:{p.get('port')}/{p.get('dbname')}"


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DEFAULT_PG_PASSWORD = "ssd"  # the CI / local development server's (.ci/run); never a real server's


def check_identifier(value: str, what: str) -> str:
    """value if it is a plain SQL identifier (letters, digits, _; not starting with a digit), else ValueError.

    Schema prefixes and the DuckDB catalog name reach SQL text (and dbt's generate_schema_name) from the
    environment; a quote or semicolon there would let a setting run SQL, so anything else is refused.
    """
    if not IDENTIFIER.fullmatch(value or ""):
        raise ValueError(
            f"{what} must be a plain identifier (letters, digits and _, not starting with a digit), got {value!r}"
        )
    return value


_warned_default_password = False


def pg_params_from_env(warn: bool = True) -> dict[str, str]:
    """PostgreSQL connection keywords from SSD_PG_*; a missing SSD_PG_PASSWORD uses the development default,
    said loudly on stderr (set it for any real server)."""
    global _warned_default_password
    password = os.environ.get("SSD_PG_PASSWORD")
    if password is None:
        password = DEFAULT_PG_PASSWORD
        if warn and not _warned_default_password:
            _warned_default_password = True
            print(
                "WARNING: SSD_PG_PASSWORD is not set: using the development default password "
                f"{DEFAULT_PG_PASSWORD!r} (only for a local test server; set SSD_PG_PASSWORD for any real one)",
                file=sys.stderr,
            )
    return {
        "host": os.environ.get("SSD_PG_HOST", "localhost"),
        "port": os.environ.get("SSD_PG_PORT", "5432"),
        "user": os.environ.get("SSD_PG_USER", "ssd"),
        "password": password,
        "dbname": os.environ.get("SSD_PG_DATABASE", "ssd"),
    }


def _libpq_quote(value: str) -> str:
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def make_pg_dsn(params: Mapping[str, str]) -> str:
    """A libpq connection string with every value quoted (a space or quote in a password cannot add keywords)."""
    return " ".join(f"{k}={_libpq_quote(v)}" for k, v in params.items())


def _parse_dsn(dsn: str) -> dict[str, str]:
    try:
        from psycopg2.extensions import parse_dsn

        return parse_dsn(dsn)
    except Exception:
        return {}


def owner_only(path: Path, directory: bool = False) -> None:
    """chmod 700 (folder) or 600 (file) when we own it: these files hold child-level data."""
    with suppress(OSError):
        if path.exists() and path.stat().st_uid == os.getuid():
            path.chmod(0o700 if directory else 0o600)


@contextmanager
def connect(target: Target, read_only: bool = False) -> Iterator[object]:
    """A DB-API connection (duckdb or psycopg2), closed on exit."""
    if target.kind == "duckdb":
        import duckdb

        if not read_only:
            target.duckdb_path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(target.duckdb_path), read_only=read_only)
        if not read_only:
            owner_only(target.duckdb_path)
        try:
            yield con
        finally:
            con.close()
    else:
        import psycopg2

        con = psycopg2.connect(**dict(target.pg_params)) if target.pg_params else psycopg2.connect(target.pg_dsn)
        con.autocommit = True
        try:
            yield con
        finally:
            con.close()


def query_df(target: Target, sql: str) -> pd.DataFrame:
    with connect(target, read_only=True) as con:
        if target.kind == "duckdb":
            return con.execute(sql).df()
        cur = con.cursor()
        cur.execute(sql)
        cols = [d[0] for d in cur.description]
        return pd.DataFrame(cur.fetchall(), columns=cols)


def query_scalar(target: Target, sql: str) -> object:
    with connect(target, read_only=True) as con:
        if target.kind == "duckdb":
            row = con.execute(sql).fetchone()
        else:
            cur = con.cursor()
            cur.execute(sql)
            row = cur.fetchone()
    return row[0] if row else None


def _pg_type(s: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(s):
        return "boolean"
    if pd.api.types.is_integer_dtype(s):
        return "bigint"
    if pd.api.types.is_float_dtype(s):
        return "double precision"
    if pd.api.types.is_datetime64_any_dtype(s):
        return "timestamp"
    return "text"


def write_tables(target: Target, schema: str, frames: Mapping[str, pd.DataFrame]) -> None:
    """Replace schema.<table> for every frame, atomically per table (views built on it are dropped).

    PostgreSQL gets lower-case table and column names (it folds unquoted identifiers to lower
    case, and the dbt sources refer to them unquoted); DuckDB keeps the names as given and
    matches them case-insensitively.
    """
    schema = target.schema(schema)
    with connect(target) as con:
        if target.kind == "duckdb":
            qualified = f'"{target.duckdb_path.stem}"."{schema}"'
            con.execute(f"create schema if not exists {qualified}")
            for name, df in frames.items():
                con.register("_frame", df)
                con.execute(f'create or replace table {qualified}."{name}" as select * from _frame')
                con.unregister("_frame")
            return
        cur = con.cursor()
        cur.execute(f'create schema if not exists "{schema}"')
        for name, df in frames.items():
            table = f'"{schema}"."{name.lower()}"'
            cols = ", ".join(f'"{c.lower()}" {_pg_type(df[c])}' for c in df.columns)
            buf = io.StringIO()
            out = df.copy()
            for c in out.columns:
                if pd.api.types.is_datetime64_any_dtype(out[c]):
                    out[c] = out[c].dt.strftime("%Y-%m-%d %H:%M:%S")
            out.to_csv(buf, index=False, header=False, na_rep="\\N")
            buf.seek(0)
            cur.execute("begin")
            # cascade: dbt's staging views on the raw table go too; the next dbt build recreates them
            cur.execute(f"drop table if exists {table} cascade")
            cur.execute(f"create table {table} ({cols})")
            cur.copy_expert(f"copy {table} from stdin with (format csv, null '\\N')", buf)
            cur.execute("commit")


def write_files(folder: Path, frames: Mapping[str, pd.DataFrame], fmt: str = "csv") -> list[Path]:
    """One file per table (CSV with a header, or Parquet); returns the paths written."""
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown file format {fmt!r}: choose csv or parquet")
    folder.mkdir(parents=True, exist_ok=True)
    owner_only(folder, directory=True)
    paths = []
    for name, df in frames.items():
        path = folder / f"{name}.{fmt}"
        if fmt == "csv":
            out = df.copy()
            for c in out.columns:
                if pd.api.types.is_datetime64_any_dtype(out[c]):
                    out[c] = out[c].dt.strftime("%Y-%m-%d %H:%M:%S")
            out.to_csv(path, index=False)
        else:
            df.to_parquet(path, index=False)
        owner_only(path)
        paths.append(path)
    return paths


def write_tables_atomic(
    target: Target, schema: str, frames: Mapping[str, pd.DataFrame], extra: Callable[[object], None] | None = None
) -> None:
    """Replace schema.<table> for every frame in ONE transaction: all tables change, or none does.

    Same table and column naming and types as write_tables (PostgreSQL: lower-case names, and views
    built on a replaced table are dropped with it; the next dbt build recreates them). If any
    statement fails the transaction is rolled back and the previous tables stay exactly as they were.
    """
    schema = target.schema(schema)
    with connect(target) as con:
        if target.kind == "duckdb":
            _duckdb_write_atomic(con, f'"{target.duckdb_path.stem}"."{schema}"', frames, extra)
        else:
            _postgres_write_atomic(con, f'"{schema}"', frames, extra)


def _duckdb_write_atomic(
    con: object, qualified_schema: str, frames: Mapping[str, pd.DataFrame], extra: Callable[[object], None] | None
) -> None:
    con.execute("begin transaction")
    try:
        con.execute(f"create schema if not exists {qualified_schema}")
        for name, df in frames.items():
            con.register("_frame", df)
            con.execute(f'create or replace table {qualified_schema}."{name}" as select * from _frame')
            con.unregister("_frame")
        if extra is not None:  # e.g. the load's record in ssd_meta (ssd_kit.buildstate), in the same transaction
            extra(con)
        con.execute("commit")
    except BaseException:
        with suppress(Exception):  # keep the original error if the connection itself is gone
            con.execute("rollback")
        raise


def _postgres_copy_buffer(df: pd.DataFrame) -> io.StringIO:
    """df as headerless CSV for COPY, timestamps as text and nulls as \\N."""
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[c]):
            out[c] = out[c].dt.strftime("%Y-%m-%d %H:%M:%S")
    buf = io.StringIO()
    out.to_csv(buf, index=False, header=False, na_rep="\\N")
    buf.seek(0)
    return buf


def _postgres_write_atomic(
    con: object, quoted_schema: str, frames: Mapping[str, pd.DataFrame], extra: Callable[[object], None] | None
) -> None:
    cur = con.cursor()
    cur.execute("begin")
    try:
        cur.execute(f"create schema if not exists {quoted_schema}")
        for name, df in frames.items():
            table = f'{quoted_schema}."{name.lower()}"'
            cols = ", ".join(f'"{c.lower()}" {_pg_type(df[c])}' for c in df.columns)
            cur.execute(f"drop table if exists {table} cascade")
            cur.execute(f"create table {table} ({cols})")
            cur.copy_expert(f"copy {table} from stdin with (format csv, null '\\N')", _postgres_copy_buffer(df))
        if extra is not None:
            extra(con)
        cur.execute("commit")
    except BaseException:
        with suppress(Exception):  # keep the original error if the connection itself is gone
            cur.execute("rollback")
        raise

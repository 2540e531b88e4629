"""Scaffold a new supplier's dbt folders from its raw tables (`ssd scaffold-supplier`).

A supplier (or an LA's analyst) starting a mapping needs the same boilerplate every time: a
source YAML listing every raw table and column, one staging view per raw table, and one
intermediate model per SSD table that already meets the contract in SUPPLIERS.md (exact SSD
columns + `_source_table`, `_source_key`, `_dq_reason`) while holding no rows. This module reads
the raw tables' names and columns from a database schema (information_schema, DuckDB or
PostgreSQL) or from a folder of extract files (one CSV/Parquet file per raw table, read with the
`ssd load-files` readers) and writes:

a local dbt package suppliers/<name>/ (added to packages.yml; `dbt deps` links it):

* dbt_project.yml                                    package ssd_<name>: schemas, materialisations, tags;
* models/staging/_<name>__sources.yml                source `<name>`, every table and column;
* models/staging/stg_<name>__<table>.sql             every column, renamed to snake_case;
* models/intermediate/int_<name>__ssd_<t>.sql        `{{ ssd_empty_int('ssd_<t>') }}`: every SSD column as a
  typed null, zero rows, with a TODO header;
* models/intermediate/_int_<name>__models.yml        key tests on the SSD-bound rows.

The stubs parse and build as they are (every SSD table empty and contract-valid), so a supplier can
switch `ssd_supplier` to the new name at once and fill the tables one by one.
"""

from __future__ import annotations

import keyword
import re
import shutil
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from ssd_kit import spec, suppliers

NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
SIMPLE_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Names a supplier folder must not take: they are project folders, schemas or dbt words.
RESERVED_NAMES = frozenset({"ssd", "quality", "returns", "utilities", "marts", "staging", "intermediate",
                            "ref", "truth", "dfe", "source", "this", "target"})
# SQL words that cannot stand unquoted as a column alias on every target we support.
SQL_RESERVED = frozenset({
    "all", "and", "any", "as", "asc", "between", "by", "case", "cast", "check", "column", "constraint",
    "create", "cross", "current_date", "current_time", "current_timestamp", "current_user", "default",
    "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "full",
    "grant", "group", "having", "in", "inner", "intersect", "into", "is", "join", "key", "left", "like",
    "limit", "natural", "not", "null", "offset", "on", "only", "or", "order", "outer", "primary",
    "references", "right", "select", "session_user", "some", "table", "then", "to", "true", "union",
    "unique", "user", "using", "when", "where", "window", "with",
})
RAW_TYPES = ("int", "float", "datetime", "text")
SCAFFOLD_NOTE = "ssd scaffold-supplier"
CAREDIRECTOR = "caredirector"


class ScaffoldError(Exception):
    """The scaffold cannot be written; nothing was changed. str() is the whole explanation."""


@dataclass(frozen=True)
class RawColumn:
    name: str  # as stored in the raw table
    raw_type: str  # the database's type name, or int/float/datetime/text inferred from a file


@dataclass(frozen=True)
class RawTable:
    name: str  # as stored
    columns: tuple[RawColumn, ...]
    origin: str = ""  # the file it was read from, if any


@dataclass
class Scaffold:
    """The files a scaffold writes (paths relative to the project) and what to tell the user."""

    name: str
    schema: str
    tables: list[RawTable]
    files: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def home(self) -> str:
        """The supplier's package: everything it owns."""
        return _rel(suppliers.supplier_dir(self.name, _HERE))

    @property
    def folders(self) -> tuple[str, str, str]:
        """The supplier's staging, intermediate and own (supplier.yml) folders, relative to the project."""
        return _rel(suppliers.staging_dir(self.name, _HERE)), _rel(suppliers.intermediate_dir(self.name, _HERE)), \
            _rel(suppliers.supplier_dir(self.name, _HERE))


_HERE = Path(".")


def _rel(path: Path) -> str:
    return path.as_posix()


# --- names -----------------------------------------------------------------------------------


def validate_name(name: str) -> str:
    """The supplier name if it is a lower-case identifier we can use for folders, schemas and vars."""
    if not NAME_PATTERN.fullmatch(name or ""):
        raise ScaffoldError(
            f"supplier name {name!r} is not a lower-case identifier: use letters a-z, digits and _, "
            "starting with a letter (e.g. mosaic, eclipse, caredirector)"
        )
    if name in RESERVED_NAMES or keyword.iskeyword(name) or name in SQL_RESERVED:
        raise ScaffoldError(f"supplier name {name!r} is reserved in this project; choose another")
    if len(name) > 40:
        raise ScaffoldError(f"supplier name {name!r} is longer than 40 characters")
    return name


def snake_case(name: str) -> str:
    """A raw table or column name as a lower-case snake_case identifier.

    'DIM_PERSON' -> 'dim_person', 'PersonID' -> 'person_id', 'Date of Birth' -> 'date_of_birth',
    'CLA-Start.Date' -> 'cla_start_date'; a leading digit gets a 'c_' prefix; '' becomes 'unnamed'.
    """
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name.strip())
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"[^0-9A-Za-z]+", "_", s).strip("_").lower()
    s = re.sub(r"_+", "_", s) or "unnamed"
    return f"c_{s}" if s[0].isdigit() else s


def _unique_names(names: Sequence[str]) -> list[str]:
    """snake_case names, made unique with _2, _3... in order of appearance."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        base = snake_case(name)
        candidate, n = base, 1
        while candidate in seen:
            n += 1
            candidate = f"{base}_{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


def _alias(name: str) -> str:
    """A column alias that needs no quoting anywhere (reserved words get a _value suffix)."""
    return f"{name}_value" if name in SQL_RESERVED else name


def _column_ref(column: str, exact_case: bool) -> str:
    """How a staging model names a raw column: unquoted when that is safe, else through adapter.quote.

    Unquoted names fold to lower case on PostgreSQL and match case-insensitively on DuckDB, so a
    simple identifier is written in lower case unless the database stores it in another case
    (exact_case: read from PostgreSQL, where "PersonID" only matches quoted).
    """
    lower = column.lower()
    plain = SIMPLE_IDENTIFIER.fullmatch(column) and lower not in SQL_RESERVED
    if plain and (not exact_case or column == lower):
        return lower
    return "{{ adapter.quote(" + repr(column if exact_case else lower) + ") }}"


# --- reading the raw tables ---------------------------------------------------------------------


def tables_from_schema(target: object, schema: str) -> list[RawTable]:
    """Every table and view in `schema` with its columns in order, from information_schema.

    target is an ssd_kit.db.Target; schema is the raw schema name as stored (no prefix added).
    """
    from ssd_kit.db import query_df

    literal = schema.replace("'", "''")
    catalog = ""
    if target.kind == "duckdb":
        catalog = f" and table_catalog = '{target.duckdb_path.stem}'"
    cols = query_df(
        target,
        "select table_name, column_name, data_type from information_schema.columns "
        f"where table_schema = '{literal}'{catalog} order by table_name, ordinal_position",
    )
    if not len(cols):
        raise ScaffoldError(f"schema {schema!r} in {target.describe()} holds no tables (or does not exist)")
    tables = []
    for table, group in cols.groupby("table_name", sort=True):
        columns = tuple(RawColumn(str(r.column_name), str(r.data_type).lower()) for r in group.itertuples())
        tables.append(RawTable(str(table), columns))
    return tables


def tables_from_files(folder: Path) -> list[RawTable]:
    """One raw table per <TABLE>.csv / <TABLE>.parquet in folder: its header and each column's inferred type.

    Read with the `ssd load-files` readers (same encodings, NULL handling and date formats); a column
    is int, float or datetime when every non-null value parses as one, else text.
    """
    from ssd_kit import extracts

    folder = Path(folder)
    if not folder.is_dir():
        raise ScaffoldError(f"{folder} is not a folder (give the folder holding one file per raw table)")
    paths = extracts._table_files(folder)
    if not paths:
        raise ScaffoldError(f"{folder} holds no .csv or .parquet file (one file per raw table)")
    problems = extracts._Problems(extracts.MAX_PROBLEMS)
    by_stem: dict[str, list[Path]] = {}
    for path in paths:
        by_stem.setdefault(path.stem.upper(), []).append(path)
    for group in by_stem.values():
        if len(group) > 1:
            names = " and ".join(p.name for p in group)
            problems.add(extracts.Problem(names, "both hold the same table; keep exactly one file per table"))
    tables = []
    for path in paths:
        if path.suffix.lower() == ".csv":
            read = extracts._read_csv(path, problems)
            frame = read[0] if read else None
        else:
            frame = extracts._read_parquet(path, problems)
        if frame is None:
            continue
        names = [str(c) for c in frame.columns]
        keys = [n.strip().upper() for n in names]
        dupes = sorted({names[i] for i, k in enumerate(keys) if keys.count(k) > 1})
        if dupes:
            problems.add(extracts.Problem(path.name, f"has duplicate column(s) {', '.join(dupes)}"))
            continue
        columns = tuple(RawColumn(n.strip(), infer_type(frame[c])) for n, c in zip(names, frame.columns, strict=True))
        # lower case: the name `ssd load-files` and most loaders give the table (dbt quotes source names)
        tables.append(RawTable(path.stem.lower(), columns, origin=path.name))
    if problems.total:
        raise extracts.ExtractError(problems.items, problems.total, folder)
    return tables


def infer_type(values: pd.Series) -> str:
    """int, float, datetime or text: the narrowest type every non-null value converts to (text if none)."""
    from ssd_kit import extracts

    if pd.api.types.is_bool_dtype(values):
        return "text"
    if pd.api.types.is_integer_dtype(values):
        return "int"
    if pd.api.types.is_float_dtype(values):
        whole = values.dropna()
        return "int" if len(whole) and (whole % 1 == 0).all() else "float"
    if pd.api.types.is_datetime64_any_dtype(values):
        return "datetime"
    text = values.dropna().astype(str).str.strip()
    text = text[(text != "") & (text != "NULL")]
    if not len(text):
        return "text"
    text = text.reset_index(drop=True).astype(object)
    for kind, parse in (
        ("int", extracts._parse_int),
        ("float", extracts._parse_float),
        ("datetime", extracts._parse_datetime),
    ):
        if not len(parse(text).bad):
            return kind
    return "text"


def caredirector_tables() -> list[RawTable]:
    """The CareDirector raw tables the public SSD material documents: none (its schema is not public)."""
    return []


CAREDIRECTOR_FACTS = (
    "CareDirector is one of the case management systems the SSD is meant to support, but its database "
    "schema is not public. The D2I SSD repository holds only an empty placeholder script "
    "for it, and the SSD specification's CareDirector source-path column is empty for every field. So "
    "no CareDirector table or column name is known here."
)


def caredirector_readmes() -> dict[str, str]:
    """README.md text for the CareDirector staging and intermediate folders."""
    staging = f"""# CareDirector staging (template, no tables yet)

{CAREDIRECTOR_FACTS}

This folder holds only `_caredirector__sources.yml`: the source `caredirector` with no tables, its
database and schema from vars `caredirector_database` and `caredirector_schema`. Everything
CareDirector owns is the package `suppliers/caredirector/`; the root `selectors.yml` builds it only
when `ssd_supplier` is `caredirector`. Give it on the command line, `--vars '{{ssd_supplier:
caredirector}}'`: selectors.yml sees the command-line vars only, so changing the default in the root
`dbt_project.yml`'s `vars:` block does not select it.

How a supplier or LA fills it:

1. Put the CareDirector reporting tables the SSD needs in one schema (or export them as one CSV or
   Parquet file per table).
2. Generate the real source YAML and one staging model per table, in a scratch copy of the project:
   `ssd scaffold-supplier caredirector --from-schema <schema> --force` (or `--from-files <folder>`).
   `--force` replaces both model folders, so copy back the intermediate models you have
   already filled, or keep only the new `suppliers/caredirector/models/staging/`.
3. Edit each `stg_caredirector__<table>.sql` as SUPPLIERS.md's staging rules say (cast, trim, flags).
"""
    intermediate = f"""# CareDirector intermediate models (template: every SSD table empty)

{CAREDIRECTOR_FACTS}

Every `int_caredirector__ssd_<table>.sql` here is one call, `{{{{ ssd_empty_int('ssd_<table>') }}}}`:
the SSD table's exact columns as typed nulls plus `_source_table`, `_source_key` and `_dq_reason`,
zero rows, contract-valid. So `dbt build --vars '{{ssd_supplier: caredirector}}'` builds an empty SSD,
and each table can be filled on its own. The fields to map (type, item reference, required, code
set, tests) are in `models/ssd/_ssd__models.yml`.

How to fill one table:

1. Read the `stg_caredirector__*` models it needs (after step 2 of the staging README).
2. Keep one row per raw row in scope; give a `_dq_reason` from `seeds/ssd/ssd__dq_reasons.csv`
   (add new reasons there) instead of filtering; recode to DfE codes through seeds.
3. Replace the `ssd_empty_int` call with the mapping: exactly the SSD fields, in spec order, plus
   `_source_table`, `_source_key` and `_dq_reason` (null for an SSD-bound row). Describe the model in
   `_int_caredirector__models.yml` and add its `row_conservation` test against the staging model it is
   driven by.
4. `dbt build --vars '{{ssd_supplier: caredirector}}'`, then `ssd conformance --supplier caredirector`.

SUPPLIERS.md states the whole contract.
"""
    return {
        _rel(suppliers.staging_dir(CAREDIRECTOR, _HERE)): staging,
        _rel(suppliers.intermediate_dir(CAREDIRECTOR, _HERE)): intermediate,
    }


def caredirector() -> Scaffold:
    """The CareDirector template: what the scaffolder writes from the documented facts (no tables)."""
    return build(
        CAREDIRECTOR,
        caredirector_tables(),
        CAREDIRECTOR,
        description=(
            "CareDirector raw tables: none known yet (the CareDirector schema is not public; see README.md). "
            "Add tables here, or regenerate with `ssd scaffold-supplier caredirector --from-schema ... --force`."
        ),
        readme=caredirector_readmes(),
        no_source_tables={t: CAREDIRECTOR_NO_SOURCE for t in caredirector_no_source_tables()},
    )


CAREDIRECTOR_NO_SOURCE = (
    "no CareDirector table is known (its schema is not public; see models/staging/caredirector/README.md)"
)


def caredirector_no_source_tables() -> list[str]:
    """Every SSD table a case management system fills (all but spec.NO_CMS_SOURCE and the SSD's own version log):
    CareDirector has no known source for any of them."""
    return [t for t in spec.ALL_TABLES if t not in spec.NO_CMS_SOURCE and t != "ssd_version_log"]


# --- what is written ------------------------------------------------------------------------------


def build(
    name: str,
    tables: Sequence[RawTable],
    schema: str,
    description: str | None = None,
    exact_case: bool = False,
    readme: Mapping[str, str] | None = None,
    no_source_tables: Mapping[str, str] | None = None,
) -> Scaffold:
    """The scaffold's files for supplier `name` from its raw tables (nothing written yet)."""
    validate_name(name)
    scaffold = Scaffold(name, schema, list(tables))
    staging, intermediate, own = scaffold.folders
    model_names = _unique_names([t.name for t in tables])
    scaffold.files[_rel(suppliers.sources_yml_path(name, _HERE))] = sources_yaml(name, tables, schema, description)
    scaffold.files[_rel(suppliers.supplier_yml_path(name, _HERE))] = supplier_yml(
        name, tables, schema, description, no_source_tables, scaffold.warnings
    )
    for table, model in zip(tables, model_names, strict=True):
        scaffold.files[f"{staging}/stg_{name}__{model}.sql"] = staging_sql(name, table, exact_case)
        if not table.columns:
            scaffold.warnings.append(f"{table.name} has no columns; its staging model selects nothing useful")
    for ssd_table in spec.ALL_TABLES:
        short = ssd_table.removeprefix("ssd_")
        scaffold.files[f"{intermediate}/int_{name}__ssd_{short}.sql"] = intermediate_sql(name, ssd_table)
    scaffold.files[f"{intermediate}/_int_{name}__models.yml"] = intermediate_yaml(name)
    scaffold.files[f"{scaffold.home}/dbt_project.yml"] = package_project_yml(name)
    for folder, text in (readme or {}).items():
        scaffold.files[f"{folder}/README.md"] = text
    return scaffold


SUPPLIER_YML_HEADER = "written by `ssd scaffold-supplier` (column kinds inferred: check them); yours to edit"

_KIND_WORDS = (
    ("datetime", ("timestamp", "datetime", "datetime2", "date")),
    ("int", ("integer", "bigint", "smallint", "tinyint", "hugeint", "int")),
    ("float", ("float", "double", "real", "decimal", "numeric")),
)


def kind_of(raw_type: str) -> str:
    """int / float / datetime / text (the supplier.yml kinds) for a database type name or an inferred kind."""
    raw = (raw_type or "").lower()
    if raw in suppliers.KINDS:
        return raw
    for kind, words in _KIND_WORDS:
        if any(re.search(rf"\b{w}\b", raw) for w in words):
            return kind
    return "text"


def supplier_yml(
    name: str,
    tables: Sequence[RawTable],
    schema: str,
    description: str | None = None,
    no_source_tables: Mapping[str, str] | None = None,
    warnings: list[str] | None = None,
) -> str:
    """suppliers/<name>/supplier.yml: the raw tables with their kinds (what `ssd load-files` reads)."""
    declared: dict[str, dict[str, str]] = {}
    for table in tables:
        if not table.columns:
            if warnings is not None:
                where = _rel(suppliers.supplier_yml_path(name, _HERE))
                warnings.append(f"{table.name} has no columns; left out of {where}")
            continue
        declared[table.name] = {c.name: kind_of(c.raw_type) for c in table.columns}
    supplier = suppliers.Supplier(
        name=name,
        description=description or f"{name} raw tables, as `ssd scaffold-supplier` found them.",
        default_schema=schema,
        tables=declared,
        gaps=suppliers.Gaps({}, dict(no_source_tables or {}), (), ()),
        path=suppliers.supplier_yml_path(name, _HERE),
    )
    return suppliers.dump(supplier, header=SUPPLIER_YML_HEADER)


def sources_yaml(name: str, tables: Sequence[RawTable], schema: str, description: str | None = None) -> str:
    """The dbt source `name`: database and schema from vars <name>_database / <name>_schema."""
    entries = []
    for table in tables:
        entry: dict[str, object] = {
            "name": table.name,
            "description": f"Raw {name} table {table.name}"
            + (f" (scaffolded from {table.origin})." if table.origin else "."),
        }
        entry["columns"] = [
            {"name": c.name, "description": f"{c.name} ({c.raw_type} in the raw table)."} for c in table.columns
        ]
        entries.append(entry)
    doc = {
        "version": 2,
        "sources": [
            {
                "name": name,
                "description": description
                or (
                    f"{name} raw tables, as scaffolded from schema {schema}. Point var {name}_schema (and "
                    f"{name}_database) at your copy."
                ),
                "database": "{{ var('" + name + "_database', none) or target.database }}",
                "schema": "{{ env_var('SSD_SCHEMA_PREFIX', '') ~ var('" + name + "_schema', '" + schema + "') }}",
                "config": {"meta": {"supplier": name, "generated_by": SCAFFOLD_NOTE}},
                "tables": entries,
            }
        ],
    }
    head = (
        f"# Scaffolded by `{SCAFFOLD_NOTE}`: the raw tables and columns found when it ran. Yours to edit\n"
        "# (descriptions, tests, freshness); rerun with --force only to start over.\n"
    )
    return head + yaml.safe_dump(doc, sort_keys=False, width=120, allow_unicode=True)


def staging_sql(name: str, table: RawTable, exact_case: bool = False) -> str:
    """A staging view selecting every column of the raw table, renamed to snake_case."""
    aliases = [_alias(a) for a in _unique_names([c.name for c in table.columns])]
    lines = [
        f"-- Staging for raw {name} table {table.name}: one row per raw row, every column, renamed to snake_case.",
        "-- TODO: this is a scaffold. Keep one row per raw row (no joins, no filters) and, per SUPPLIERS.md:",
        "--   cast ids with ssd_id(), dates with cast(... as {{ ssd_type('timestamp') }}), trim text with",
        "--   ssd_clean_text(), normalise flags with ssd_yn(), rename to meaningful names; drop columns no",
        "--   intermediate model needs. Raw types found: "
        + ", ".join(sorted({c.raw_type for c in table.columns})) + ".",
        "with source as (",
        "",
        f"    select * from {{{{ source('{name}', '{table.name}') }}}}",
        "",
        "),",
        "",
        "renamed as (",
        "",
        "    select",
    ]
    if table.columns:
        selects = []
        for column, alias in zip(table.columns, aliases, strict=True):
            ref = _column_ref(column.name, exact_case)
            selects.append(f"        {ref}" if ref == alias else f"        {ref} as {alias}")
        lines.append(",\n".join(selects))
    else:
        lines.append("        *")
    lines += ["    from source", "", ")", "", "select * from renamed", ""]
    return "\n".join(lines)


def _comment(text: str, first: str, rest: str, width: int = 118) -> list[str]:
    """SQL comment lines of at most `width` characters (sqlfluff's line limit is 120)."""
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False,
                         drop_whitespace=True) or [first.rstrip()]


def intermediate_sql(name: str, ssd_table: str) -> str:
    """The empty, contract-valid intermediate stub for one SSD table: one call of ssd_empty_int (every SSD column
    a typed null, zero rows), with a comment saying what to replace it with."""
    lines = _comment(
        f"{ssd_table} from {name}: SCAFFOLD, no rows yet. Replace the call below with your mapping (the README.md "
        "of this folder; the fields, types and tests are in models/ssd/_ssd__models.yml).", "-- ", "-- ")
    if ssd_table in spec.NO_CMS_SOURCE:
        lines += _comment(f"Usually left empty: {spec.NO_CMS_SOURCE[ssd_table]}.", "-- ", "-- ")
    lines.append(f"{{{{ ssd_empty_int('{ssd_table}') }}}}")
    return "\n".join(lines) + "\n"


def intermediate_yaml(name: str) -> str:
    """Descriptions and key tests (on the SSD-bound rows) for the intermediate stubs."""
    def where() -> dict[str, object]:  # a fresh dict each time, so the YAML has no anchors
        return {"config": {"where": "_dq_reason is null"}}

    models = []
    for ssd_table in spec.ALL_TABLES:
        short = ssd_table.removeprefix("ssd_")
        keys = spec.primary_key(ssd_table)
        model: dict[str, object] = {
            "name": f"int_{name}__ssd_{short}",
            "description": (
                f"{ssd_table} from {name}. SCAFFOLD: no rows yet. TODO: state the grain (one row per raw row of "
                "which table), the scope, every recode and every _dq_reason this model can give."
            ),
        }
        columns: list[dict[str, object]] = []
        if len(keys) == 1:
            columns.append({
                "name": keys[0],
                "description": f"{ssd_table} key.",
                "data_tests": [{"unique": where()}, {"not_null": where()}],
            })
        else:
            model["data_tests"] = [{
                "unique_combination_of_columns": {
                    "arguments": {"combination_of_columns": list(keys)}, **where(),
                }
            }]
        columns.append({"name": "_dq_reason", "description": "Null for an SSD-bound row, else why it is kept out."})
        model["columns"] = columns
        models.append(model)
    head = (
        f"# Scaffolded by `{SCAFFOLD_NOTE}`. TODO per model: describe the grain and reasons, and add\n"
        f"#   data_tests: [{{row_conservation: {{arguments: {{source_model: ref('stg_{name}__<table>')}}}}}}]\n"
        "# once it reads a staging model (see SUPPLIERS.md).\n"
    )
    return head + yaml.safe_dump({"version": 2, "models": models}, sort_keys=False, width=120)


# --- writing ----------------------------------------------------------------------------------------


def write(scaffold: Scaffold, project_dir: Path, force: bool = False) -> list[Path]:
    """Write the scaffold's files under project_dir and list its package in packages.yml; refuse if a supplier
    folder exists unless force.

    With force the two model folders are replaced as a whole (files not in the scaffold go).
    """
    existing = [project_dir / f for f in scaffold.folders if (project_dir / f).exists()]
    if existing and not force:
        names = " and ".join(str(p.relative_to(project_dir)) for p in existing)
        raise ScaffoldError(
            f"{names} already exist{'s' if len(existing) == 1 else ''}; nothing was written. "
            "Use --force to replace the folder(s) with a fresh scaffold (your edits there are lost)."
        )
    for folder in existing:
        if folder.exists():  # (a folder may sit inside another)
            shutil.rmtree(folder)
    written = []
    for rel, text in scaffold.files.items():
        path = project_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    if add_package(project_dir, scaffold.name):
        written.append(project_dir / "packages.yml")
    return written


def package_project_yml(name: str) -> str:
    """suppliers/<name>/dbt_project.yml: the supplier's package. Its nodes are tagged "supplier" and <name>; the
    root selectors.yml builds them only when var ssd_supplier (or ssd_history_supplier) names the supplier (a
    package's dbt_project.yml does not see --vars, so no +enabled here)."""
    return f"""# The {name} mapping as a local dbt package (root packages.yml; `dbt deps` links it into dbt_packages/).
# Everything this supplier owns is under suppliers/{name}/. Every node is tagged "supplier" and "{name}": the root
# selectors.yml default selector builds a supplier only when var ssd_supplier (or ssd_history_supplier) names it.
name: ssd_{name}
version: "0.1.0"
config-version: 2
require-dbt-version: [">=1.11.0", "<1.12.0"]

model-paths: ["models"]
seed-paths: ["seeds"]
macro-paths: ["macros"]

models:
  ssd_{name}:
    +tags: ["supplier", "{name}"]
    staging:
      +materialized: view
      +schema: stg_{name}
      +tags: ["staging"]
    intermediate:
      +materialized: table
      +schema: int_{name}
      +tags: ["intermediate"]

seeds:
  ssd_{name}:
    +schema: ref
    +quote_columns: false
    +tags: ["supplier", "{name}"]

data_tests:
  ssd_{name}:
    +tags: ["supplier", "{name}"]

unit_tests:
  ssd_{name}:
    +tags: ["supplier", "{name}"]
"""


def add_package(project_dir: Path, name: str) -> bool:
    """List suppliers/<name> in the root packages.yml (after the other suppliers); False when it is there."""
    path = project_dir / "packages.yml"
    line = f"  - local: suppliers/{name}"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else ["packages:"]
    if line in lines:
        return False
    at = max((i for i, x in enumerate(lines) if x.startswith("  - local: suppliers/")), default=len(lines) - 1)
    lines.insert(at + 1, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True


def next_steps(scaffold: Scaffold) -> str:
    name, schema = scaffold.name, scaffold.schema
    staging, intermediate, _own = scaffold.folders
    return "\n".join([
        "Next steps:",
        f"  1. Everything {name} owns is the package {scaffold.home}/ (listed in packages.yml): run `dbt deps`",
        f"     (ssd does it for you). Its raw tables are read from schema var {name}_schema (default {schema}).",
        f"  2. Edit the staging models in {staging}/ (types, trimming, flags; see the header of each).",
        f"  3. Fill the intermediate models in {intermediate}/ one SSD table at a time: each lists the SSD",
        "     fields it must output; keep one row per raw row and give a _dq_reason instead of filtering.",
        f"  4. Build and check: dbt build --vars '{{ssd_supplier: {name}}}' then "
        f"ssd conformance --supplier {name}",
    ])


def scaffold_supplier(
    name: str,
    project_dir: Path,
    *,
    from_schema: str | None = None,
    from_files: Path | None = None,
    target: object | None = None,
    force: bool = False,
    read_tables: Callable[[], list[RawTable]] | None = None,
) -> tuple[Scaffold, list[Path]]:
    """Read the raw tables (schema or files), build the scaffold and write it: (scaffold, files written)."""
    validate_name(name)
    if (from_schema is None) == (from_files is None) and read_tables is None:
        raise ScaffoldError("give exactly one of --from-schema SCHEMA or --from-files FOLDER")
    for folder in Scaffold(name, "", []).folders:
        if (project_dir / folder).exists() and not force:  # refuse before reading anything
            raise ScaffoldError(
                f"{folder} already exists; nothing was written. Use --force to replace it with a fresh "
                "scaffold (your edits there are lost)."
            )
    if read_tables is not None:
        tables, schema, exact = read_tables(), from_schema or name, False
    elif from_schema is not None:
        if target is None:
            raise ScaffoldError("--from-schema needs a target database")
        tables = tables_from_schema(target, from_schema)
        schema, exact = from_schema, target.kind == "postgres"
    else:
        tables, schema, exact = tables_from_files(Path(from_files)), name, False
    scaffold = build(name, tables, schema, exact_case=exact)
    return scaffold, write(scaffold, project_dir, force)

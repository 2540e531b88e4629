"""The suppliers: one declarative `suppliers/<name>/supplier.yml` each, and where each supplier's files live.

A supplier.yml states everything the tools need to know about a supplier's raw data and its gaps:

    name: <name>                      # = the folder name and the dbt var ssd_supplier value
    description: one paragraph        # used in the generated dbt sources YAML
    raw:
      default_schema: <schema>        # dbt var <name>_schema defaults to it
      tables: {TABLE: {COLUMN: int | text | datetime | float}}
    gaps:                             # what the SSD built from this supplier legitimately differs in
      cannot_carry: {ssd_table: [columns]}          # no source: must be null in the SSD
      no_source_tables: {ssd_table: reason}         # built typed and empty
      json_key_gaps: [{table, column, keys: [...]}] # keys of a JSON column it cannot fill
      id_schemes: [{table, column, reason}]         # a key it numbers its own way

The loaders, `ssd gen-sources`, the scaffolder, the conformance report, the oracles and the simulator's
renderers all read it through `load(name)`. The path helpers below are the one statement of where a supplier's
dbt folders are.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

import yaml

from ssd_kit.db import project_dir

KINDS: tuple[str, ...] = ("int", "text", "datetime", "float")
FILE_NAME = "supplier.yml"
_NAME = re.compile(r"[a-z][a-z0-9_]*")


class SupplierError(ValueError):
    """A supplier.yml that is missing or malformed (the message names the file and the key)."""


@dataclass(frozen=True)
class JsonKeyGap:
    table: str
    column: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class IdScheme:
    table: str
    column: str
    reason: str


@dataclass(frozen=True)
class Gaps:
    cannot_carry: Mapping[str, tuple[str, ...]]
    no_source_tables: Mapping[str, str]
    json_key_gaps: tuple[JsonKeyGap, ...]
    id_schemes: tuple[IdScheme, ...]

    def json_key_gap_map(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """{(ssd table, column): keys}"""
        return {(g.table, g.column): g.keys for g in self.json_key_gaps}

    def id_scheme_map(self) -> dict[tuple[str, str], str]:
        """{(ssd table, column): reason}"""
        return {(s.table, s.column): s.reason for s in self.id_schemes}


@dataclass(frozen=True)
class Supplier:
    name: str
    description: str
    default_schema: str
    tables: Mapping[str, Mapping[str, str]]  # raw table -> {column: kind}, in declared order
    gaps: Gaps
    path: Path

    def raw_schema(self) -> dict[str, dict[str, str]]:
        """A mutable copy of the raw tables: {table: {column: kind}}."""
        return {t: dict(cols) for t, cols in self.tables.items()}


# --- where a supplier's files live ---------------------------------------------------------------


def suppliers_root(root: Path | None = None) -> Path:
    return (root or project_dir()) / "suppliers"


def supplier_dir(name: str, root: Path | None = None) -> Path:
    """suppliers/<name>/: the supplier's own folder (its supplier.yml). root: another project than project_dir()."""
    return suppliers_root(root) / name


def supplier_yml_path(name: str, root: Path | None = None) -> Path:
    return supplier_dir(name, root) / FILE_NAME


def staging_dir(name: str, root: Path | None = None) -> Path:
    return supplier_dir(name, root) / "models" / "staging"


def sources_yml_path(name: str, root: Path | None = None) -> Path:
    return staging_dir(name, root) / f"_{name}__sources.yml"


def intermediate_dir(name: str, root: Path | None = None) -> Path:
    return supplier_dir(name, root) / "models" / "intermediate"


def seeds_dir(name: str, root: Path | None = None) -> Path:
    return supplier_dir(name, root) / "seeds"


# --- loading -------------------------------------------------------------------------------------


def names() -> tuple[str, ...]:
    """Every supplier: each folder under suppliers/ holding a supplier.yml, sorted."""
    root = suppliers_root()
    if not root.is_dir():
        return ()
    return tuple(sorted(p.parent.name for p in root.glob(f"*/{FILE_NAME}") if p.is_file()))


def exists(name: str) -> bool:
    return bool(_NAME.fullmatch(name or "")) and supplier_yml_path(name).is_file()


def load(name: str) -> Supplier:
    """The supplier's declaration; SupplierError when it has none or it is malformed."""
    if not _NAME.fullmatch(name or ""):
        raise SupplierError(f"unknown supplier {name!r}: a supplier name is a lower-case identifier")
    path = supplier_yml_path(name)
    if not path.is_file():
        known = ", ".join(names()) or "none"
        raise SupplierError(
            f"unknown supplier {name!r}: no {_show(path)} (known: {known}; start one with "
            f"`ssd scaffold-supplier {name} --from-files <folder>`)"
        )
    return _load_path(path, path.stat().st_mtime_ns)


def parse(text: str, path: Path) -> Supplier:
    """Validate a supplier.yml's text (path names it in errors and gives the expected name)."""
    where = _show(path)
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SupplierError(f"{where}: not valid YAML: {exc}") from None
    doc = _mapping(doc, where, "(top level)")
    _only(doc, where, "", ("name", "description", "raw", "gaps"))
    name = _text(doc.get("name"), where, "name")
    if name != path.parent.name:
        raise SupplierError(f"{where}: key name: {name!r} differs from its folder name {path.parent.name!r}")
    description = _text(doc.get("description"), where, "description")
    raw = _mapping(doc.get("raw"), where, "raw")
    _only(raw, where, "raw.", ("default_schema", "tables"))
    default_schema = _text(raw.get("default_schema"), where, "raw.default_schema")
    tables: dict[str, Mapping[str, str]] = {}
    for table, cols in _mapping(raw.get("tables", {}) or {}, where, "raw.tables").items():
        key = f"raw.tables.{table}"
        _text(table, where, key)
        columns: dict[str, str] = {}
        for col, kind in _mapping(cols, where, key).items():
            _text(col, where, f"{key}.{col}")
            if kind not in KINDS:
                raise SupplierError(f"{where}: key {key}.{col}: kind {kind!r} is not one of {', '.join(KINDS)}")
            columns[str(col)] = kind
        if not columns:
            raise SupplierError(f"{where}: key {key}: a raw table needs at least one column")
        tables[str(table)] = MappingProxyType(columns)
    gaps = _mapping(doc.get("gaps", {}) or {}, where, "gaps")
    _only(gaps, where, "gaps.", ("cannot_carry", "no_source_tables", "json_key_gaps", "id_schemes"))
    cannot_carry = {
        _text(t, where, "gaps.cannot_carry"): _texts(cols, where, f"gaps.cannot_carry.{t}")
        for t, cols in _mapping(gaps.get("cannot_carry", {}) or {}, where, "gaps.cannot_carry").items()
    }
    no_source = {
        _text(t, where, "gaps.no_source_tables"): _text(why, where, f"gaps.no_source_tables.{t}")
        for t, why in _mapping(gaps.get("no_source_tables", {}) or {}, where, "gaps.no_source_tables").items()
    }
    json_gaps = []
    for i, item in enumerate(_list(gaps.get("json_key_gaps", []), where, "gaps.json_key_gaps")):
        key = f"gaps.json_key_gaps[{i}]"
        item = _mapping(item, where, key)
        _only(item, where, key + ".", ("table", "column", "keys"))
        json_gaps.append(
            JsonKeyGap(
                _text(item.get("table"), where, key + ".table"),
                _text(item.get("column"), where, key + ".column"),
                _texts(item.get("keys"), where, key + ".keys"),
            )
        )
    id_schemes = []
    for i, item in enumerate(_list(gaps.get("id_schemes", []), where, "gaps.id_schemes")):
        key = f"gaps.id_schemes[{i}]"
        item = _mapping(item, where, key)
        _only(item, where, key + ".", ("table", "column", "reason"))
        id_schemes.append(
            IdScheme(
                _text(item.get("table"), where, key + ".table"),
                _text(item.get("column"), where, key + ".column"),
                _text(item.get("reason"), where, key + ".reason"),
            )
        )
    return Supplier(
        name=name,
        description=description,
        default_schema=default_schema,
        tables=MappingProxyType(tables),
        gaps=Gaps(MappingProxyType(cannot_carry), MappingProxyType(no_source), tuple(json_gaps), tuple(id_schemes)),
        path=path,
    )


HEADER = "everything tools need to know about this supplier's raw data and its gaps"


def dump(supplier: Supplier, header: str = HEADER) -> str:
    """supplier.yml text for a declaration (the shape parse reads back), one column or gap a line."""
    name = supplier.name
    out = [f"# suppliers/{name}/{FILE_NAME} - {header}", f"name: {_scalar(name)}", "description: >-"]
    out += ["  " + line for line in textwrap.wrap(supplier.description, 112, break_long_words=False,
                                                  break_on_hyphens=False)]
    out += ["raw:", f"  default_schema: {_scalar(supplier.default_schema)}"]
    out.append("  tables:" if supplier.tables else "  tables: {}")
    for table, cols in supplier.tables.items():
        out.append(f"    {_scalar(table)}:")
        out += [f"      {_scalar(col)}: {kind}" for col, kind in cols.items()]
    gaps = supplier.gaps
    out.append("gaps:")
    out.append("  cannot_carry:" if gaps.cannot_carry else "  cannot_carry: {}")
    out += [f"    {_scalar(t)}: [{', '.join(_scalar(c) for c in cols)}]" for t, cols in gaps.cannot_carry.items()]
    out.append("  no_source_tables:" if gaps.no_source_tables else "  no_source_tables: {}")
    out += [f"    {_scalar(t)}: {_scalar(why)}" for t, why in gaps.no_source_tables.items()]
    out.append("  json_key_gaps:" if gaps.json_key_gaps else "  json_key_gaps: []")
    for g in gaps.json_key_gaps:
        keys = ", ".join(map(_scalar, g.keys))
        out.append(f"    - {{table: {_scalar(g.table)}, column: {_scalar(g.column)}, keys: [{keys}]}}")
    out.append("  id_schemes:" if gaps.id_schemes else "  id_schemes: []")
    out += [f"    - {{table: {_scalar(s.table)}, column: {_scalar(s.column)}, reason: {_scalar(s.reason)}}}"
            for s in gaps.id_schemes]
    text = "\n".join(out) + "\n"
    if parse(text, supplier.path) != supplier:
        raise SupplierError(f"{_show(supplier.path)}: the written text does not read back as the declaration")
    return text


def _scalar(value: str) -> str:
    """A YAML scalar for value, quoted only when plain style would not read back as the same string."""
    text = yaml.safe_dump(value, default_flow_style=True, width=100_000, allow_unicode=True).strip()
    return text.removesuffix("...").strip()


@cache
def _load_path(path: Path, _mtime: int) -> Supplier:
    return parse(path.read_text(encoding="utf-8"), path)


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(project_dir()))
    except ValueError:
        return str(path)


def _mapping(value: object, where: str, key: str) -> dict:
    if not isinstance(value, dict):
        raise SupplierError(f"{where}: key {key}: expected a mapping, got {type(value).__name__}")
    return value


def _list(value: object, where: str, key: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise SupplierError(f"{where}: key {key}: expected a list, got {type(value).__name__}")
    return value


def _text(value: object, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SupplierError(f"{where}: key {key}: expected a non-empty string, got {value!r}")
    return value


def _texts(value: object, where: str, key: str) -> tuple[str, ...]:
    items = _list(value, where, key)
    if not items:
        raise SupplierError(f"{where}: key {key}: expected a non-empty list of names")
    return tuple(_text(v, where, key) for v in items)


def _only(doc: dict, where: str, prefix: str, allowed: tuple[str, ...]) -> None:
    unknown = [k for k in doc if k not in allowed]
    if unknown:
        raise SupplierError(f"{where}: unknown key {prefix}{unknown[0]} (expected {', '.join(allowed)})")

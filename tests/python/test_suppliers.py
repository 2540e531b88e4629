"""suppliers/<name>/supplier.yml: every supplier's declaration loads, round-trips and agrees with its dbt sources;
a malformed file is refused with its path and the key at fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssd_kit import sourcesgen, spec, suppliers
from ssd_kit.db import project_dir

GOOD = """\
name: acme
description: >-
  Acme tables.
raw:
  default_schema: acme_raw
  tables:
    PEOPLE:
      ID: int
      BORN: datetime
gaps:
  cannot_carry:
    ssd_person: [pers_send_flag]
  no_source_tables:
    ssd_family: no family table
  json_key_gaps:
    - {table: ssd_address, column: addr_address_json, keys: [EASTING]}
  id_schemes:
    - {table: ssd_legal_status, column: lega_legal_status_id, reason: own numbering}
"""


def _path(tmp_path: Path, name: str = "acme") -> Path:
    return tmp_path / "suppliers" / name / "supplier.yml"


def test_every_supplier_folder_is_declared() -> None:
    assert suppliers.names() == ("azeus", "caredirector", "eclipse", "liquidlogic", "mosaic")


@pytest.mark.parametrize("name", ["azeus", "caredirector", "eclipse", "liquidlogic", "mosaic"])
def test_declaration_is_consistent(name: str) -> None:
    declared = suppliers.load(name)
    assert declared.name == name and declared.description.strip()
    # the committed file is exactly what dump writes (one canonical form)
    assert suppliers.dump(declared, header=declared.path.read_text().splitlines()[0].split(" - ", 1)[1]) == \
        declared.path.read_text(encoding="utf-8")
    gaps = declared.gaps
    for table, cols in gaps.cannot_carry.items():
        assert set(cols) <= set(spec.columns(table)), (table, cols)
    for table, why in gaps.no_source_tables.items():
        assert table in spec.ALL_TABLES and why.strip()
    for g in (*gaps.json_key_gaps, *gaps.id_schemes):
        assert g.column in spec.columns(g.table)
    for cols in declared.tables.values():
        assert set(cols.values()) <= set(suppliers.KINDS)


@pytest.mark.parametrize("name", sourcesgen.generated_suppliers())
def test_generated_sources_match_the_declaration(name: str) -> None:
    assert sourcesgen.generate(name, check=True) == [], f"run `ssd gen-sources --supplier {name}`"


def test_parse_reads_every_key(tmp_path: Path) -> None:
    s = suppliers.parse(GOOD, _path(tmp_path))
    assert s.default_schema == "acme_raw" and dict(s.tables["PEOPLE"]) == {"ID": "int", "BORN": "datetime"}
    assert s.gaps.cannot_carry["ssd_person"] == ("pers_send_flag",)
    assert s.gaps.json_key_gap_map() == {("ssd_address", "addr_address_json"): ("EASTING",)}
    assert s.gaps.id_scheme_map() == {("ssd_legal_status", "lega_legal_status_id"): "own numbering"}
    with pytest.raises(AttributeError):
        s.name = "other"  # frozen
    assert suppliers.parse(suppliers.dump(s), _path(tmp_path)) == s


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("      BORN: datetime", "      BORN: date", "key raw.tables.PEOPLE.BORN: kind 'date' is not one of"),
        ("name: acme", "name: other", "key name: 'other' differs from its folder name"),
        ("  default_schema: acme_raw\n", "", "key raw.default_schema: expected a non-empty string"),
        ("    ssd_person: [pers_send_flag]", "    ssd_person: pers_send_flag", "key gaps.cannot_carry.ssd_person"),
        ("keys: [EASTING]", "keys: []", "key gaps.json_key_gaps[0].keys"),
        ("reason: own numbering}", "why: own numbering}", "unknown key gaps.id_schemes[0].why"),
        ("gaps:", "gapz:", "unknown key gapz"),
        ("    PEOPLE:\n      ID: int\n      BORN: datetime\n", "    PEOPLE: {}\n", "key raw.tables.PEOPLE: a raw"),
        ("raw:", "raw: [", "not valid YAML"),
    ],
)
def test_malformed_file_names_file_and_key(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in GOOD
    with pytest.raises(suppliers.SupplierError) as err:
        suppliers.parse(GOOD.replace(old, new), _path(tmp_path))
    assert message in str(err.value)
    assert "suppliers/acme/supplier.yml" in str(err.value)


def test_unknown_supplier_is_a_clear_error() -> None:
    with pytest.raises(suppliers.SupplierError, match="unknown supplier 'nobody'.*scaffold-supplier"):
        suppliers.load("nobody")
    with pytest.raises(suppliers.SupplierError, match="lower-case identifier"):
        suppliers.load("../etc")


def test_path_helpers() -> None:
    root = project_dir()
    assert suppliers.supplier_dir("mosaic") == root / "suppliers" / "mosaic"
    assert suppliers.sources_yml_path("mosaic").is_file()
    assert suppliers.staging_dir("mosaic").is_dir() and suppliers.intermediate_dir("mosaic").is_dir()
    assert suppliers.seeds_dir("mosaic").is_dir()

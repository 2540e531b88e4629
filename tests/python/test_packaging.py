"""The product (ssd_kit) stands without the simulator (ssd_sim), and its wheel carries the data files it reads."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from ssd_kit.db import project_dir

ROOT = project_dir()

# Run in a fresh interpreter: a meta-path finder refuses ssd_sim (as if the simulator were not installed), then
# every ssd_kit module is imported and `ssd --help` runs through ssd_kit.cli.
WITHOUT_SIMULATOR = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoSimulator:
        def find_spec(self, name, path=None, target=None):
            if name == "ssd_sim" or name.startswith("ssd_sim."):
                raise ImportError(f"ssd_sim is blocked: the product imported {name}")
            return None

    sys.meta_path.insert(0, NoSimulator())
    import ssd_kit
    for mod in pkgutil.walk_packages(ssd_kit.__path__, "ssd_kit."):
        if mod.name != "ssd_kit.__main__":
            importlib.import_module(mod.name)
    assert not [m for m in sys.modules if m.startswith("ssd_sim")]
    from ssd_kit.cli import app
    sys.argv = ["ssd", "--help"]
    try:
        app()
    except SystemExit as exc:
        sys.exit(exc.code)
    """
)


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*args], cwd=ROOT, env=dict(os.environ, COLUMNS="200", **env), text=True, capture_output=True, check=False
    )


def test_import_contract_holds() -> None:
    """import-linter: ssd_kit imports nothing from ssd_sim (the contract is in pyproject.toml)."""
    lint = Path(sys.executable).parent / "lint-imports"
    proc = _run(str(lint), "--no-cache")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 kept, 0 broken" in proc.stdout


def test_product_works_without_the_simulator() -> None:
    proc = _run(sys.executable, "-c", WITHOUT_SIMULATOR)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for command in ("build", "export", "load-files", "gen-ssd", "gen-sources", "scaffold-supplier", "conformance"):
        assert command in proc.stdout, command
    assert "returns-oracle" not in proc.stdout and "equivalence" not in proc.stdout


def test_simulator_commands_join_ssd() -> None:
    proc = _run(sys.executable, "-m", "ssd_kit.cli", "--help")
    assert proc.returncode == 0, proc.stderr
    for command in ("simulate", "run", "oracle", "returns-oracle", "equivalence", "bench", "build", "export"):
        assert command in proc.stdout, command


@pytest.mark.slow
def test_wheel_carries_spec_csvs_and_xsd(tmp_path: Path) -> None:
    proc = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                str(ROOT))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (wheel,) = tmp_path.glob("ssd_kit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    spec_csvs = {f"ssd_kit/spec/{p.name}" for p in (ROOT / "src/ssd_kit/spec").glob("*.csv")}
    assert spec_csvs and spec_csvs <= names
    assert "ssd_kit/returns/schemas/cin_census.xsd" in names
    assert "ssd_sim/cli.py" in names and "ssd_kit/suppliers.py" in names
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "[ssd_kit.commands]" in entry_points and "ssd_sim.cli:register" in entry_points


def test_project_dir_is_found(tmp_path: Path) -> None:
    """SSD_PROJECT_DIR, else the nearest parent of the working directory holding dbt_project.yml named ssd, else the
    checkout the package sits in; a clear error for a wrong SSD_PROJECT_DIR."""
    from ssd_kit import db

    other = tmp_path / "la_project"
    (other / "models" / "deep").mkdir(parents=True)
    (other / "dbt_project.yml").write_text("name: ssd\nversion: '1'\n", encoding="utf-8")
    assert db._find_project_dir(None, str(other / "models" / "deep")) == other.resolve()
    assert db._find_project_dir(str(other), str(ROOT)) == other.resolve()
    not_ssd = tmp_path / "elsewhere"
    not_ssd.mkdir()
    (not_ssd / "dbt_project.yml").write_text("name: something_else\n", encoding="utf-8")
    assert db._find_project_dir(None, str(not_ssd)) == ROOT  # falls back to the checkout
    with pytest.raises(db.ProjectNotFound, match="SSD_PROJECT_DIR=.*no dbt_project.yml with name: ssd"):
        db._find_project_dir(str(not_ssd), str(ROOT))

"""The written returns pass the DfE's own validation rules (the csc-validator packages DfE-funded tools use).

The validators run in their own environment (scripts/setup_validators.sh; test.sh installs it). Clean simulated
data must raise no rule except the ones listed in KNOWN with the reason; a planted error must be caught, which
shows the harness reads our files and can fail.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from ssd_kit.returns import dfe_validation
from ssd_kit.returns.export import write_year

# Rules the official validators raise on clean simulated returns, with why they are not our error.
KNOWN_903: dict[str, str] = {}
KNOWN_CIN: dict[str, str] = {}


@pytest.fixture(scope="module")
def written(returns_by_year: dict, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not dfe_validation.VENV_PYTHON.exists():
        msg = "DfE validators not installed (bash scripts/setup_validators.sh)"
        if os.environ.get("SSD_REQUIRE_VALIDATORS") == "1":
            pytest.fail(msg + " but SSD_REQUIRE_VALIDATORS=1")
        pytest.skip(msg)
    out = tmp_path_factory.mktemp("returns")
    for year, frames in sorted(returns_by_year.items()):
        write_year(frames, out, year, "999", None)
    return out


def _unexpected(report: dfe_validation.ValidationReport, known: dict[str, str]) -> str:
    extra = [e for e in report.errors if e["code"] not in known]
    return dfe_validation.ValidationReport(report.kind, report.ruleset, report.rules, extra).describe()


@pytest.mark.parametrize("year", [2025, 2026])
def test_ssda903_files_pass_the_dfe_rules(written: Path, year: int) -> None:
    previous = written / str(year - 1) / "ssda903"
    report = dfe_validation.validate_ssda903(
        written / str(year) / "ssda903", year, previous if previous.exists() else None
    )
    assert report.rules > 250
    assert not report.failed_to_run or set(report.failed_to_run) <= {"231", "233"}, report.failed_to_run
    assert report.codes() <= set(KNOWN_903), _unexpected(report, KNOWN_903)


@pytest.mark.parametrize("year", [2025, 2026])
def test_cin_census_xml_passes_the_dfe_rules(written: Path, year: int) -> None:
    report = dfe_validation.validate_cin(written / str(year) / f"cin_census_{year}.xml", year)
    assert report.rules > 100
    assert report.codes() <= set(KNOWN_CIN), _unexpected(report, KNOWN_CIN)


def test_the_validator_catches_a_planted_903_error(written: Path, tmp_path: Path) -> None:
    """A child born after their episode started (rule 102 family) must be reported: the harness can fail."""
    folder = tmp_path / "ssda903"
    shutil.copytree(written / "2026" / "ssda903", folder)
    header = pd.read_csv(folder / "header.csv", dtype=str, keep_default_na=False)
    header.loc[0, "DOB"] = "01/01/2030"
    header.to_csv(folder / "header.csv", index=False)
    report = dfe_validation.validate_ssda903(folder, 2026)
    assert report.errors, "a DOB in 2030 raised nothing"

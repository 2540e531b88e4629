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

# Rules the official validators still raise on the simulated small LA (2024/25 and 2025/26), with why. Each is
# a known limit of the simulated data or of the SSD, not a defect of the return models (which equal the
# oracle); each is a to-do for the simulator or the SSD, listed in the issue notes. Anything else fails.
_POSTCODES = "simulated postcodes are not real ONS postcodes, so the validator cannot derive PL_LA / distance"
KNOWN_903: dict[str, str] = {
    "169": _POSTCODES,
    "179": _POSTCODES,
    "392a": _POSTCODES,
    "392c": _POSTCODES,
    "1015": _POSTCODES + " (own-provision placements look out of area)",
    "241": _POSTCODES + " (provider premises vs placement LA)",
    "392b": "simulator: some placements (e.g. with parents, supported lodgings) carry no postcode",
    "146": "simulator: a few 2024/25 placement types (K3 before its validity date) — simulator to-do",
    "131": "simulator: one OC3 care-leaver row with codes outside the 2024/25 list — simulator to-do",
    "132": "simulator: as 131",
    "133": "simulator: as 131",
    "389": "simulator: one E7 (adult services) ending for a child under 16 — simulator to-do",
    "516": "simulator: one E45/E46 ending not from a foster placement — simulator to-do",
    "624": "simulator: a mother's first child's DOB differs between years for one child — simulator to-do",
    "575": "one missing period open at 31 March for a child still in care (validator reads the episode as ended)",
    "577": "as 575",
    "630": "P4 (unknown) previous permanence sent without LA_PERM 999 / ZZ/ZZ/ZZZZ — return / simulator to-do",
    "1001": "OC3 cohort from care before last year's return: the validator only sees two years (its own note)",
    "1002": "as 1001",
    "SW09STG2": "simulator: worker allocations shorter than a day — simulator to-do",
    "SW11bSTG2": "simulator: a worker allocation gap before 31 March — simulator to-do",
    "SW12STG2": "SWEpisodes carries involvements from two years only; the rule wants every episode of the year",
    "SW17STG2": "simulator: children looked after at 31 March without an open CW involvement — simulator to-do",
    "SW18STG2": "simulator: one involvement ending before it starts after the year window cut — to-do",
}
KNOWN_CIN: dict[str, str] = {
    "2991Q": "query: S47 with the assessment authorised before the census year (legitimate)",
    "8569Q": "query: NFA referral made on a Saturday before 1 April (legitimate, sent as recorded)",
    "8670Q": "query: long-running open assessments (legitimate)",
    "8675Q": "query: S47 open at 31 March without an ICPC yet (legitimate)",
    "8770Q": "query: school-age children without a UPN (the simulator leaves ~10% without)",
    "8825Q": "query: RC8 episode whose assessment was authorised before the census year (outside the return)",
    "8873Q": "query: factor 21 on an assessment of an episode still open or closed RC7 — simulator to-do",
    "8565": "simulator: activity a day after closure in a handful of episodes (was 3/year, still 4-12) — to-do",
}


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

"""The committed bank holiday seed is what the generator writes today, and holds the known specials."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from ssd_kit import bank_holidays

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ref" / "ref__england_bank_holidays.csv"


@pytest.fixture(scope="module")
def seed_rows() -> list[dict[str, str]]:
    with SEED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_committed_seed_matches_a_fresh_generation() -> None:
    fresh = bank_holidays.render_csv(bank_holidays.england_bank_holidays())
    assert SEED.read_text(encoding="utf-8") == fresh, (
        "seeds/ref/ref__england_bank_holidays.csv is stale: run `python -m ssd_kit.bank_holidays`"
    )


def test_header_sorted_unique_weekdays_and_years(seed_rows: list[dict[str, str]]) -> None:
    assert list(seed_rows[0]) == list(bank_holidays.COLUMNS)
    dates = [dt.date.fromisoformat(row["holiday_date"]) for row in seed_rows]
    assert dates == sorted(set(dates))
    assert all(day.weekday() < 5 for day in dates)
    assert dates[0].year == bank_holidays.FIRST_YEAR and dates[-1].year == bank_holidays.LAST_YEAR
    # 8 a year plus 5 one-offs (2011 wedding, 2012 jubilee, 2022 jubilee and funeral, 2023 coronation)
    assert len(dates) == 8 * (bank_holidays.LAST_YEAR - bank_holidays.FIRST_YEAR + 1) + 5


@pytest.mark.parametrize(
    ("day", "present"),
    [
        ("2020-05-08", True),  # early May bank holiday moved to VE Day
        ("2020-05-04", False),  # ... so the first Monday of May 2020 was a working day
        ("2022-06-02", True),  # spring bank holiday moved for the platinum jubilee
        ("2022-06-03", True),  # platinum jubilee
        ("2022-05-30", False),  # ... so the last Monday of May 2022 was a working day
        ("2022-09-19", True),  # state funeral of Queen Elizabeth II
        ("2023-05-08", True),  # coronation of King Charles III
        ("2011-04-29", True),  # royal wedding
        ("2012-06-05", True),  # diamond jubilee
        ("2022-12-26", True),  # Boxing Day (Monday)
        ("2022-12-27", True),  # substitute for Christmas Day on a Sunday
        ("2022-12-25", False),  # the Sunday itself is not listed
        ("2023-01-02", True),  # substitute for New Year's Day on a Sunday
        ("2020-12-28", True),  # substitute for Boxing Day on a Saturday
        ("2021-12-27", True),  # Christmas Day on a Saturday -> Monday
        ("2021-12-28", True),  # Boxing Day on a Sunday -> Tuesday
        ("2024-03-29", True),  # Good Friday 2024
        ("2024-04-01", True),  # Easter Monday 2024
        ("2026-04-03", True),  # Good Friday 2026
        ("2026-08-31", True),  # summer bank holiday 2026
        ("2024-03-17", False),  # St Patrick's Day is Northern Ireland only
        ("2024-11-30", False),  # St Andrew's Day is Scotland only
    ],
)
def test_known_dates(seed_rows: list[dict[str, str]], day: str, present: bool) -> None:
    assert (day in {row["holiday_date"] for row in seed_rows}) is present


def test_rejects_reversed_years() -> None:
    with pytest.raises(ValueError):
        bank_holidays.england_bank_holidays(2030, 2020)

"""Write the England & Wales bank holiday seed (`seeds/ref/ref__england_bank_holidays.csv`).

The seed lists the days a working-day count must skip besides Saturdays and Sundays: every England &
Wales bank holiday that falls on a weekday, one row per date, as gov.uk publishes them. The PyPI
`holidays` library (GB, subdivision ENG) supplies the dates, including the one-off days an algorithm
misses (2020-05-08 VE Day move, 2022-06-02/03 jubilee, 2022-09-19 state funeral, 2023-05-08
coronation) and the substitute days when Christmas, Boxing Day or New Year's Day fall at a weekend.
The library also lists the weekend date itself next to its substitute; those are dropped because a
weekend is never a working day.

Run `python -m ssd_kit.bank_holidays` (or `python src/ssd_kit/bank_holidays.py`) after bumping
`LAST_YEAR`; the output is sorted and deterministic so the committed CSV diffs cleanly.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
from pathlib import Path

import holidays

FIRST_YEAR = 2010
LAST_YEAR = 2035
SEED_PATH = Path(__file__).resolve().parents[2] / "seeds" / "ref" / "ref__england_bank_holidays.csv"
COLUMNS = ("holiday_date", "name")


def england_bank_holidays(first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> list[tuple[dt.date, str]]:
    """Weekday England & Wales bank holidays from 1 January `first_year` to 31 December `last_year`, sorted."""
    if first_year > last_year:
        raise ValueError(f"first_year {first_year} is after last_year {last_year}")
    calendar = holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
    rows: list[tuple[dt.date, str]] = []
    for day in sorted(calendar):
        if day.weekday() >= 5:  # the weekend date of a holiday that has a weekday substitute
            continue
        # Several names on one date come joined with "; " (never seen for ENG, but keep it stable).
        names = sorted(calendar.get_list(day))
        rows.append((day, "; ".join(names)))
    return rows


def render_csv(rows: list[tuple[dt.date, str]]) -> str:
    """The seed file's text: a header then one `YYYY-MM-DD,name` line per holiday, LF line endings."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for day, name in rows:
        writer.writerow((day.isoformat(), name))
    return buffer.getvalue()


def write_seed(path: Path = SEED_PATH, first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> int:
    """Write the seed CSV and return how many holidays it holds."""
    rows = england_bank_holidays(first_year, last_year)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_csv(rows), encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=SEED_PATH, help="CSV to write")
    parser.add_argument("--first-year", type=int, default=FIRST_YEAR)
    parser.add_argument("--last-year", type=int, default=LAST_YEAR)
    args = parser.parse_args(argv)
    count = write_seed(args.output, args.first_year, args.last_year)
    print(f"wrote {count} bank holidays to {args.output}")


if __name__ == "__main__":
    main()

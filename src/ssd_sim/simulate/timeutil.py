"""Date arithmetic on float day numbers (days since 1970-01-01, NaN = no date), vectorised."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

YEAR = 365.25


def day(d: dt.date) -> float:
    """A calendar date as a day number."""
    return float((np.datetime64(d, "D") - np.datetime64("1970-01-01", "D")).astype(np.int64))


def to_datetime(days) -> pd.Series:
    """Day numbers -> datetime64[ns] Series at midnight (NaN -> NaT)."""
    arr = np.asarray(days, dtype="float64")
    out = np.full(arr.shape, np.datetime64("NaT"), dtype="datetime64[ns]")
    ok = ~np.isnan(arr)
    out[ok] = np.floor(arr[ok]).astype(np.int64).astype("datetime64[D]").astype("datetime64[ns]")
    return pd.Series(out)


def add_working_days(days, n) -> np.ndarray:
    """Add n working days (Mon-Fri) to each day number, rolling a weekend start forward first."""
    arr = np.asarray(days, dtype="float64")
    n = np.broadcast_to(np.asarray(n, dtype="float64"), arr.shape)
    out = np.full(arr.shape, np.nan)
    ok = ~np.isnan(arr) & ~np.isnan(n)
    d64 = arr[ok].astype(np.int64).astype("datetime64[D]")
    res = np.busday_offset(d64, n[ok].astype(np.int64), roll="forward")
    out[ok] = (res - np.datetime64("1970-01-01", "D")).astype(np.int64)
    return out


def next_weekday(days) -> np.ndarray:
    """Roll weekend day numbers forward to Monday."""
    return add_working_days(days, 0)


def birthday(dob, age: int) -> np.ndarray:
    """The day of the age-th birthday (29 Feb -> 28 Feb), NaN where dob is NaN."""
    ts = pd.DatetimeIndex(to_datetime(dob)) + pd.DateOffset(years=age)
    out = (ts.values.astype("datetime64[D]") - np.datetime64("1970-01-01", "D")).astype("float64")
    out[np.isnat(ts.values)] = np.nan
    return out


def add_months(days, months: int) -> np.ndarray:
    """Add calendar months to day numbers (end-of-month clipped)."""
    ts = pd.DatetimeIndex(to_datetime(days)) + pd.DateOffset(months=months)
    out = (ts.values.astype("datetime64[D]") - np.datetime64("1970-01-01", "D")).astype("float64")
    out[np.isnat(ts.values)] = np.nan
    return out


def age_at(dob, when) -> np.ndarray:
    """Age in (fractional) years at `when`."""
    return (np.asarray(when, dtype="float64") - np.asarray(dob, dtype="float64")) / YEAR


def schedule(start, end, first, step, jitter: float, rng: np.random.Generator, cap: int = 400):
    """Regular events from start+first every `step` days while strictly before end.

    Returns (row index into the inputs, event day). Each event moves by up to +/- jitter days.
    """
    start = np.asarray(start, dtype="float64")
    end = np.asarray(end, dtype="float64")
    first = np.broadcast_to(np.asarray(first, dtype="float64"), start.shape)
    step = np.broadcast_to(np.asarray(step, dtype="float64"), start.shape)
    span = end - start - first
    n = np.where(span > 0, np.ceil(span / step), 0)
    n = np.nan_to_num(n, nan=0).clip(0, cap).astype(np.int64)
    idx = np.repeat(np.arange(len(start)), n)
    k = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    when = start[idx] + first[idx] + k * step[idx]
    if jitter:
        when = when + rng.integers(-int(jitter), int(jitter) + 1, size=len(when))
        when = np.minimum(np.maximum(when, start[idx]), np.where(np.isnan(end[idx]), np.inf, end[idx] - 1))
    return idx, np.floor(when)

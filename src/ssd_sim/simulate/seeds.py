"""Read the DfE code-list seeds (seeds/dfe/*.csv) at run time."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from ssd_kit.db import project_dir


def seeds_dir() -> Path:
    """The project's seeds/ folder."""
    return project_dir() / "seeds"


@cache
def seed(name: str) -> pd.DataFrame:
    """A DfE seed as a string frame, e.g. seed("cin_primary_need") reads dfe__cin_primary_need.csv."""
    path = seeds_dir() / "dfe" / f"dfe__{name}.csv"
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def codes(name: str) -> list[str]:
    """The codes of a seed, in file order."""
    return seed(name)["code"].tolist()


def descriptions(name: str) -> dict[str, str]:
    """code -> description for a seed."""
    df = seed(name)
    return dict(zip(df["code"], df["description"], strict=True))


def factor_sort_order() -> dict[str, int]:
    """CIN assessment factor code -> sort_order (the order codes take inside the JSON array)."""
    df = seed("cin_assessment_factors")
    return {c: int(s) for c, s in zip(df["code"], df["sort_order"], strict=True)}


def version_log() -> pd.DataFrame:
    """ssd_version_log: the SSD release history from seeds/ssd/ssd__version_log.csv (read by dbt as well)."""
    df = pd.read_csv(seeds_dir() / "ssd" / "ssd__version_log.csv", dtype=str, keep_default_na=False)
    df = df.replace("", None)
    df["is_current"] = df["is_current"].map({"true": True, "false": False}).astype("boolean")
    for col in ("release_date", "created_at"):
        df[col] = pd.to_datetime(df[col])
    return df

"""Helpers shared by the tests (importable because pytest puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt

from ssd_kit import pipeline
from ssd_kit.db import Target

AS_AT = dt.date(2026, 10, 31)
SEED = 20260331


def build_la(target: Target, profile: str, seed: int = SEED) -> tuple[Target, str]:
    """Simulate + load an LA into target and dbt build it; return (target, dbt output tail)."""
    pipeline.simulate_and_load(target, profile, seed, 6, AS_AT)
    proc = pipeline.run_dbt(["build"], target, pipeline.dbt_vars(AS_AT), quiet=True)
    tail = "\n".join((proc.stdout or "").splitlines()[-40:])
    assert proc.returncode == 0, f"dbt build failed:\n{tail}"
    return target, tail

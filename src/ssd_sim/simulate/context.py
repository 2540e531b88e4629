"""The run context every stage shares: profile, random generator, id allocator and the time window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from .ids import IdAllocator
from .profiles import Profile
from .timeutil import YEAR, day

BURN_IN_YEARS = 12  # journeys start this long before the lookback so long care stays are in stock


@dataclass
class Context:
    """Shared state of one simulate() call."""

    profile: Profile
    rng: np.random.Generator
    ids: IdAllocator
    as_at: float  # day number of the extract date
    years: int

    @classmethod
    def make(cls, profile: Profile, seed: int, years: int, as_at: dt.date) -> Context:
        return cls(profile, np.random.default_rng(seed), IdAllocator(), day(as_at), years)

    @property
    def window_start(self) -> float:
        """Start of the `years` full reporting years before as_at."""
        return self.as_at - self.years * YEAR

    @property
    def lookback_start(self) -> float:
        """One year before window_start: records ending after this are kept."""
        return self.window_start - YEAR

    @property
    def sim_start(self) -> float:
        """Start of the burn-in: journeys begin from here."""
        return self.lookback_start - BURN_IN_YEARS * YEAR

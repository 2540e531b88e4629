"""The synthetic LA simulator: the ground-truth SSD tables (see TRUTH_RULES.md).

    from ssd_sim.simulate import simulate, PROFILES
    truth = simulate(profile="median", seed=42, years=6, as_at=datetime.date(2026, 10, 31))
"""

from .core import simulate
from .profiles import PROFILES, Profile

__all__ = ["PROFILES", "Profile", "simulate"]

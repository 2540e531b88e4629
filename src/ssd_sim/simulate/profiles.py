"""Local-authority size profiles (targets from DfE 2024-25 published volumes)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """Annual targets for one synthetic LA; the simulator scales its event rates from these."""

    name: str
    population_0_17: int
    referrals_per_year: float
    cp_starts_per_year: float
    cp_at_31_march: float
    cla_at_31_march: float
    cla_starts_per_year: float
    cin_at_31_march: float
    uasc_share_of_cla_starts: float
    town: str
    postcode_areas: tuple[str, ...]
    la_code: str = "841"  # the DfE 3-digit LA code used in the LA's own schools' UPNs (characters 2-4)

    @property
    def scale(self) -> float:
        """Referrals relative to the median LA."""
        return self.referrals_per_year / 3367.0


PROFILES: dict[str, Profile] = {
    "tiny": Profile(
        name="tiny", population_0_17=1_200, referrals_per_year=70, cp_starts_per_year=7,
        cp_at_31_march=6, cla_at_31_march=10, cla_starts_per_year=4, cin_at_31_march=45,
        uasc_share_of_cla_starts=0.05, town="Oakham Vale", postcode_areas=("LE",), la_code="857",
    ),
    "small": Profile(
        name="small", population_0_17=22_000, referrals_per_year=1_550, cp_starts_per_year=175,
        cp_at_31_march=130, cla_at_31_march=300, cla_starts_per_year=95, cin_at_31_march=1_170,
        uasc_share_of_cla_starts=0.04, town="Darlingford", postcode_areas=("DL", "TS"), la_code="841",
    ),
    "median": Profile(
        name="median", population_0_17=62_500, referrals_per_year=3_400, cp_starts_per_year=344,
        cp_at_31_march=275, cla_at_31_march=460, cla_starts_per_year=165, cin_at_31_march=2_250,
        uasc_share_of_cla_starts=0.06, town="Midshire", postcode_areas=("NN", "MK", "LE"), la_code="928",
    ),
    "large": Profile(
        name="large", population_0_17=293_000, referrals_per_year=16_300, cp_starts_per_year=1_900,
        cp_at_31_march=1_677, cla_at_31_march=2_317, cla_starts_per_year=750, cin_at_31_march=9_300,
        uasc_share_of_cla_starts=0.05, town="Brummingham", postcode_areas=("B", "WS", "DY"), la_code="330",
    ),
}

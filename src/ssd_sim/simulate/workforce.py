"""Teams (ssd_department) and workers (ssd_professionals)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .context import Context
from .names import FORENAMES_F, FORENAMES_M, SURNAMES
from .util import choice

# service group -> (team name stem, case-holding worker kind)
GROUPS = {
    "assess": ("Assessment Team", "Social Worker"),
    "safeguard": ("Family Safeguarding Team", "Social Worker"),
    "cic": ("Children in Care Team", "Social Worker"),
    "leaving": ("Leaving Care Team", "Personal Adviser"),
    "adoption": ("Adoption and Permanence Team", "Social Worker"),
}
GROUP_NAMES = {"assess": "Front Door and Assessment", "safeguard": "Safeguarding and Family Support",
               "cic": "Children in Care", "leaving": "Care Leavers Service", "adoption": "Permanence"}
AREAS = ("North", "South", "East", "West", "Central")


@dataclass
class Workforce:
    """Teams and workers, with each worker's team and service group."""

    teams: pd.DataFrame  # team_id, name, parent_id, parent_name, group
    workers: pd.DataFrame  # worker_id, team_id, group, name, ...

    def pick(self, rng: np.random.Generator, group: str, n: int) -> tuple[np.ndarray, np.ndarray]:
        """n random workers of a service group: (worker ids, their team ids)."""
        w = self.workers[self.workers["group"] == group]
        i = rng.integers(0, len(w), n)
        return w["worker_id"].to_numpy()[i], w["team_id"].to_numpy()[i]


def _unique_names(rng: np.random.Generator, n: int) -> np.ndarray:
    names: list[str] = []
    seen: set[str] = set()
    fn = FORENAMES_F + FORENAMES_M
    while len(names) < n:
        cand = f"{fn[rng.integers(len(fn))]} {SURNAMES[rng.integers(len(SURNAMES))]}"
        if cand in seen:
            cand = f"{fn[rng.integers(len(fn))]} {chr(65 + rng.integers(26))}. {SURNAMES[rng.integers(len(SURNAMES))]}"
        if cand not in seen:
            seen.add(cand)
            names.append(cand)
    return np.array(names, dtype=object)


def build_workforce(ctx: Context) -> Workforce:
    """Teams under one root, sized from the profile's caseload, and their workers."""
    rng, p = ctx.rng, ctx.profile
    per_group = {
        "assess": max(2, round(p.cin_at_31_march * 0.25 / 16)),
        "safeguard": max(2, round(p.cin_at_31_march * 0.45 / 16)),
        "cic": max(2, round(p.cla_at_31_march / 14)),
        "leaving": max(2, round(p.cla_at_31_march / 22)),
        "adoption": max(1, round(p.cla_at_31_march / 90)),
    }
    root_id = int(ctx.ids.take(1)[0])
    rows = [{"team_id": root_id, "name": "Children's Social Care", "parent_id": np.nan,
             "parent_name": None, "group": None}]
    group_ids = ctx.ids.take(len(GROUPS))
    team_rows = []
    for gid, g in zip(group_ids, GROUPS, strict=True):
        rows.append({"team_id": int(gid), "name": GROUP_NAMES[g], "parent_id": root_id,
                     "parent_name": "Children's Social Care", "group": None})
        n_teams = max(1, round(per_group[g] / 7))
        for t in range(n_teams):
            suffix = AREAS[t % len(AREAS)] + ("" if t < len(AREAS) else f" {t // len(AREAS) + 1}")
            team_rows.append({"name": f"{GROUPS[g][0]} {suffix}", "parent_id": int(gid),
                              "parent_name": GROUP_NAMES[g], "group": g})
    tids = ctx.ids.take(len(team_rows))
    for tid, tr in zip(tids, team_rows, strict=True):
        rows.append({"team_id": int(tid), **tr})
    teams = pd.DataFrame(rows)

    wrows = []
    for g, n in per_group.items():
        gt = teams[teams["group"] == g]["team_id"].to_numpy()
        wrows.append(pd.DataFrame({"group": g, "team_id": gt[np.arange(n) % len(gt)]}))
    workers = pd.concat(wrows, ignore_index=True)
    n = len(workers)
    workers["worker_id"] = ctx.ids.take(n)
    workers["name"] = _unique_names(rng, n)
    workers["staff_id"] = np.char.add("STF", (rng.permutation(900_000)[:n] + 100_000).astype(str))
    is_pa = workers["group"].eq("leaving").to_numpy()
    title = choice(rng, {"Social Worker": 0.55, "Senior Social Worker": 0.25,
                         "Advanced Practitioner": 0.1, "Team Manager": 0.1}, n)
    title[is_pa] = "Personal Adviser"
    workers["job_title"] = title
    reg = np.char.add("SW", (rng.permutation(900_000)[:n] + 100_000).astype(str)).astype(object)
    reg[is_pa & (rng.random(n) < 0.7)] = None
    workers["registration"] = reg
    workers["fte"] = choice(rng, {"1.0": 0.75, "0.8": 0.12, "0.6": 0.08, "0.5": 0.05}, n).astype(float)
    workers["agency"] = np.where(rng.random(n) < 0.15, "Y", "N")
    return Workforce(teams=teams, workers=workers)

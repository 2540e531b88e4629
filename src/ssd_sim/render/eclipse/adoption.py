"""Adoption journeys: CLAADOPTIONSVIEW, one row per adoption record (a period of care with an ADM decision).

Quirks rendered: the adoption record does not name its period of care (the mapping takes the child's latest
period admitted on or before the ADM decision, DATESHOULDBEPLACED); yes/no answers are the words Yes / No;
the adoption worker is a person id; permanence orders are not on the adoption record at all: the order and
its date are the period's ceasing episode's reason (EOCENDREASONCODE E11/E12 adoption, E41 child arrangements,
E45-E48 special guardianship) and end date in CLAEPISODEOFCAREVIEW, which is also the only record of a
permanence order made without an adoption decision. Noise: an adoption record of a test person.

The D2I extract reads only ADOPTIONID, PERSONID, DATESHOULDBEPLACED and the three codes; the other columns are
an assumption of this simulation (the 903 adoption fields Eclipse must hold to produce its own AD1 and
placed-for-adoption tables), named in Eclipse's style.
"""

from __future__ import annotations

import pandas as pd

from ssd_sim.render.base import RenderContext
from ssd_sim.render.eclipse.people import _ids

TEST_PERSON = 5

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
TABLES: tuple[str, ...] = (
    "CLAADOPTIONSVIEW",
)

_YES_NO = {"Y": "Yes", "N": "No"}


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    p = ctx.truth["ssd_permanence"]
    a = p[p["perm_adm_decision_date"].notna()].reset_index(drop=True)
    rows = pd.DataFrame(
        {
            "ADOPTIONID": _ids(a["perm_table_id"]),
            "PERSONID": _ids(a["perm_person_id"]),
            "DATESHOULDBEPLACED": a["perm_adm_decision_date"],
            "DATEPLACEMENTORDER": a["perm_placement_order_date"],
            "DATEMATCHED": a["perm_matched_date"],
            "DATEPLACED": a["perm_placed_for_adoption_date"],
            "DATENOLONGERPLANNED": a["perm_decision_reversed_date"],
            "REASONNOLONGERPLANNEDCODE": a["perm_decision_reversed_reason"],
            "ADOPTEDBYFOSTERCARERS": a["perm_adopted_by_carer_flag"].map(_YES_NO),
            "DATEPLACEDWITHFOSTERCARERS": a["perm_placed_foster_carer_date"],
            "SIBLINGGROUP": a["perm_part_of_sibling_group"].map(_YES_NO),
            "NUMBERPLACEDTOGETHER": a["perm_siblings_placed_together"],
            "NUMBERPLACEDAPART": a["perm_siblings_placed_apart"],
            "AGENCYURN": a["perm_placement_provider_urn"],
            "ADOPTIONWORKERID": _ids(a["perm_adoption_worker_id"]),
            "GENDEROFADOPTERSCODE": a["perm_adopter_sex"],
            "ADOPTERSLEGALSTATUSCODE": a["perm_adopter_legal_status"],
            "NUMBEROFADOPTERS": a["perm_number_of_adopters"],
        }
    )
    noise = pd.DataFrame(
        {
            "ADOPTIONID": ctx.new_ids(1),
            "PERSONID": [TEST_PERSON],
            "DATESHOULDBEPLACED": [pd.Timestamp("2023-05-02")],
            "SIBLINGGROUP": ["No"],
        }
    )
    return {"CLAADOPTIONSVIEW": [rows, noise]}

"""Independent oracle for five SSDA903 tables: Header, OC2, OC3, AD1 and PlacedAdoption.

Computed from the simulator's truth (SSD-shaped frames) for reporting year Y (1 April Y-1 to 31 March Y),
written from the DfE rules and the D2I validator's tests, never from the dbt models. Returns
``{rpt model name: DataFrame}`` with the DfE columns in DfE order; dates as ``datetime.date``, codes as
text, SDQ_SCORE as an integer, blanks as None.

The rules, per table:

* Episodes are read "as at 31 March": an episode ceasing after 31 March counts as open (no DEC/REC);
  episodes starting after 31 March do not exist. An episode's LS is the legal status current on its
  start date. A child is in the return if an episode overlaps the year (DECOM <= 31 March, DEC blank or
  >= 1 April).
* OC3 cohort: age 17-21 at 31 March (so that birthday fell in the year); looked after for 91+ days since
  the 14th birthday and for some time after the 16th (V3/V4 short breaks do not count; an open final
  episode runs to 31 March); no episode open on or ending on/after this birthday (rules 1007/1016); the
  final episode did not end E2 (died), E3 (another LA) or E11/E12 (adopted) (rules 1000/1011/1001).
  Values come from the care-leaver record nearest the birthday within three months either side.
* Header: children in the return plus the OC3 cohort. UPN is the UPN, else a UN1-UN5 reason. MOTHER
  (females with a non-V3/V4 episode in the year only, rules 165/393/399/628) is 1 when a child of hers
  was born by 31 March or by the day she ceased to be looked after; MC_DOB the earliest such birth.
* OC2: the validator's "continuously looked after for 12 months" test on the year's episodes (no RNE S
  after 1 April, no REC other than X1 with DEC from 1 April to 30 March, no V3/V4 episode). Items by
  age (at 1 April = start, at 31 March = end): SDQ when end >= 4 and start <= 16; CONVICTED when
  end >= 10; HEALTH_CHECK when end < 5. Health items are completed checks in the year.
* AD1: children whose latest episode ceasing in the year ended E11/E12, with that period's adoption
  record.
* PlacedAdoption: adoption (ADM) decisions of periods of care in the return, made by 31 March and not
  reversed before 1 April; a reversal after 31 March is not reported.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

HEADER_COLUMNS = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
OC2_COLUMNS = ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
               "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
               "INTERVENTION_OFFERED"]
OC3_COLUMNS = ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
AD1_COLUMNS = ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
PLACED_COLUMNS = ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]

SHORT_BREAKS = {"V3", "V4"}
UPN_UNKNOWN_903 = {"UN1", "UN2", "UN3", "UN4", "UN5"}
NOT_CARE_LEAVER_ENDS = {"E2", "E3", "E11", "E12"}


def _day(v) -> dt.date | None:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    return pd.Timestamp(v).date()


def _text(v) -> str | None:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    s = str(v).strip().upper()
    return s or None


def age_on(dob: dt.date | None, on: dt.date) -> int | None:
    """Whole years completed on `on` (a 29 February birthday falls on 1 March in other years)."""
    if dob is None or on < dob:
        return None
    return on.year - dob.year - (1 if (on.month, on.day) < (dob.month, dob.day) else 0)


def birthday(dob: dt.date, years: int) -> dt.date:
    year = dob.year + years
    try:
        return dob.replace(year=year)
    except ValueError:  # 29 February in a non-leap year
        return dt.date(year, 3, 1)


def _add_months(d: dt.date, months: int) -> dt.date:
    return (pd.Timestamp(d) + pd.DateOffset(months=months)).date()


def _yn(v) -> str | None:
    s = _text(v)
    if s in ("Y", "YES", "TRUE", "1", "T"):
        return "Y"
    if s in ("N", "NO", "FALSE", "0", "F"):
        return "N"
    return None


def _episodes(truth: dict[str, pd.DataFrame], end: dt.date) -> pd.DataFrame:
    """All episodes started by 31 March, DEC/REC blanked when after 31 March, with LS at DECOM."""
    e = truth["ssd_cla_episodes"]
    legal = truth["ssd_legal_status"]
    statuses: dict[str, list[tuple[dt.date, dt.date | None, str, str | None]]] = {}
    for r in legal.itertuples(index=False):
        start = _day(r.lega_legal_status_start_date)
        if start is None:
            continue
        statuses.setdefault(r.lega_person_id, []).append(
            (start, _day(r.lega_legal_status_end_date), str(r.lega_legal_status_id), _text(r.lega_legal_status)))
    rows = []
    for r in e.itertuples(index=False):
        decom = _day(r.clae_cla_episode_start_date)
        if r.clae_person_id is None or decom is None or decom > end:
            continue
        ceased = _day(r.clae_cla_episode_ceased_date)
        dec = ceased if ceased is not None and ceased <= end else None
        current = [s for s in statuses.get(r.clae_person_id, []) if s[0] <= decom and (s[1] is None or s[1] > decom)]
        current.sort(key=lambda s: (s[0], s[2]), reverse=True)
        rows.append({
            "episode_id": r.clae_cla_episode_id, "person_id": r.clae_person_id, "cla_id": r.clae_cla_id,
            "decom": decom, "rne": _text(r.clae_cla_episode_start_reason), "dec": dec,
            "rec": _text(r.clae_cla_episode_ceased_reason) if dec is not None else None,
            "ls": current[0][3] if current else None,
        })
    return pd.DataFrame(rows, columns=["episode_id", "person_id", "cla_id", "decom", "rne", "dec", "rec", "ls"])


def _in_year(eps: pd.DataFrame, start: dt.date) -> pd.DataFrame:
    return eps[eps["dec"].map(lambda d: d is None or d >= start)]


def oc3_cohort(truth: dict[str, pd.DataFrame], eps: pd.DataFrame, start: dt.date, end: dt.date) -> dict:
    """{person_id: (dob, birthday in the year)} for the OC3 care leavers."""
    out = {}
    by_person = {pid: g for pid, g in eps.groupby("person_id")}
    for p in truth["ssd_person"].itertuples(index=False):
        dob = _day(p.pers_dob)
        age = age_on(dob, end)
        if age is None or not 17 <= age <= 21 or p.pers_person_id not in by_person:
            continue
        g = by_person[p.pers_person_id]
        bd, bd14, bd16 = birthday(dob, age), birthday(dob, 14), birthday(dob, 16)
        days14 = 0
        after16 = False
        on_or_after_birthday = False
        for e in g.itertuples(index=False):
            stop = e.dec if e.dec is not None else end
            if e.dec is None or e.dec >= bd:
                on_or_after_birthday = True
            if e.ls in SHORT_BREAKS:
                continue
            days14 += max((stop - max(e.decom, bd14)).days, 0)
            if (stop - max(e.decom, bd16)).days >= 1:
                after16 = True
        final = g.sort_values(["decom", "episode_id"]).iloc[-1]
        if days14 >= 91 and after16 and not on_or_after_birthday and final["rec"] not in NOT_CARE_LEAVER_ENDS:
            out[p.pers_person_id] = (dob, bd)
    return out


def header(truth, eps, cohort, start, end) -> pd.DataFrame:
    year_eps = _in_year(eps, start)
    non_short: dict[str, bool] = {}
    cutoff: dict[str, dt.date] = {}
    for pid, g in year_eps.groupby("person_id"):
        non_short[pid] = bool((~g["ls"].isin(SHORT_BREAKS)).any())
        last = g.sort_values(["decom", "episode_id"]).iloc[-1]
        cutoff[pid] = last["dec"] if last["dec"] is not None else end
    for pid in cohort:
        non_short.setdefault(pid, False)
    births: dict[str, list[dt.date]] = {}
    for m in truth["ssd_mother"].itertuples(index=False):
        d = _day(m.moth_childs_dob)
        if m.moth_person_id is not None and d is not None:
            births.setdefault(m.moth_person_id, []).append(d)
    rows = []
    for p in truth["ssd_person"].itertuples(index=False):
        pid = p.pers_person_id
        if pid not in non_short:
            continue
        sex = _text(p.pers_sex)
        upn = _text(p.pers_upn)
        unknown = _text(p.pers_upn_unknown)
        if upn is None and unknown in UPN_UNKNOWN_903:
            upn = unknown
        mother = mc_dob = None
        if sex == "F" and non_short[pid]:
            dated = births.get(pid, [])
            before = [d for d in dated if d <= cutoff[pid]]
            if before:
                mother, mc_dob = "1", min(before)
            elif _yn(p.pers_is_mother) == "Y" and not dated:
                mother = "1"
            else:
                mother = "0"
        rows.append({"CHILD": pid, "SEX": sex, "DOB": _day(p.pers_dob), "ETHNIC": _text(p.pers_ethnicity),
                     "UPN": upn, "MOTHER": mother, "MC_DOB": mc_dob})
    return pd.DataFrame(rows, columns=HEADER_COLUMNS)


def _within(d, start: dt.date, end: dt.date) -> bool:
    d = _day(d)
    return d is not None and start <= d <= end


def oc2(truth, eps, start, end) -> pd.DataFrame:
    year_eps = _in_year(eps, start)
    continuous = []
    for pid, g in year_eps.groupby("person_id"):
        broken = False
        for e in g.itertuples(index=False):
            if e.rne == "S" and e.decom > start:
                broken = True
            if e.dec is not None and start <= e.dec < end and e.rec != "X1":
                broken = True
            if e.ls in SHORT_BREAKS:
                broken = True
        if not broken:
            continuous.append(pid)
    people = truth["ssd_person"].set_index("pers_person_id")

    sdq = truth["ssd_sdq_scores"]
    sdq = sdq[sdq["csdq_sdq_completed_date"].map(lambda d: _within(d, start, end))]
    latest_sdq = {}
    for r in sdq.itertuples(index=False):
        key = (_day(r.csdq_sdq_completed_date), str(r.csdq_table_id))
        if r.csdq_person_id not in latest_sdq or key > latest_sdq[r.csdq_person_id][0]:
            latest_sdq[r.csdq_person_id] = (key, r.csdq_sdq_score, _text(r.csdq_sdq_reason))

    checks: dict[str, set[str]] = {}
    for r in truth["ssd_cla_health"].itertuples(index=False):
        if str(r.clah_health_check_status).strip().lower() == "completed" and _within(
                r.clah_health_check_date, start, end):
            checks.setdefault(r.clah_person_id, set()).add(str(r.clah_health_check_type).strip().lower())

    immunised = {}
    for r in truth["ssd_cla_immunisations"].itertuples(index=False):
        d = _day(r.clai_immunisations_status_date)
        if d is not None and d > end:
            continue
        key = d or dt.date.min
        if r.clai_person_id not in immunised or key > immunised[r.clai_person_id][0]:
            immunised[r.clai_person_id] = (key, _yn(r.clai_immunisations_status))

    misuse: dict[str, set[str | None]] = {}
    for r in truth["ssd_cla_substance_misuse"].itertuples(index=False):
        if _within(r.clas_substance_misuse_date, start, end):
            misuse.setdefault(r.clas_person_id, set()).add(_yn(r.clas_intervention_received))

    convicted = {r.clac_person_id for r in truth["ssd_cla_convictions"].itertuples(index=False)
                 if _within(r.clac_cla_conviction_date, start, end)}

    rows = []
    for pid in continuous:
        if pid not in people.index:
            continue
        dob = _day(people.at[pid, "pers_dob"])
        a_start, a_end = age_on(dob, start), age_on(dob, end)
        score = reason = None
        if a_end is not None and a_end >= 4 and (a_start is None or a_start <= 16):
            found = latest_sdq.get(pid)
            if found is not None and found[1] is not None and not pd.isna(found[1]):
                score = int(found[1])
            elif found is not None and found[2] is not None:
                reason = found[2]
            elif a_start is None or a_start < 4 or a_end > 16:
                reason = "SDQ1"
        done = checks.get(pid, set())
        status = immunised.get(pid, (None, None))[1]
        received = misuse.get(pid)
        rows.append({
            "CHILD": pid, "DOB": dob, "SDQ_SCORE": score, "SDQ_REASON": reason,
            "CONVICTED": ("1" if pid in convicted else "0") if a_end is not None and a_end >= 10 else None,
            "HEALTH_CHECK": ("1" if "health surveillance check" in done else "0")
            if a_end is not None and a_end < 5 else None,
            "IMMUNISATIONS": {"Y": "1", "N": "0"}.get(status),
            "TEETH_CHECK": "1" if "dental check" in done else "0",
            "HEALTH_ASSESSMENT": "1" if "health assessment" in done else "0",
            "SUBSTANCE_MISUSE": "1" if received is not None else "0",
            "INTERVENTION_RECEIVED": None if received is None else (
                "1" if "Y" in received else ("0" if "N" in received else None)),
            "INTERVENTION_OFFERED": None,
        })
    out = pd.DataFrame(rows, columns=OC2_COLUMNS)
    out["SDQ_SCORE"] = out["SDQ_SCORE"].astype("Int64")
    return out


def oc3(truth, cohort: dict, start, end) -> pd.DataFrame:
    leavers = truth["ssd_care_leavers"]
    rows = []
    for pid, (dob, bd) in cohort.items():
        lo, hi = _add_months(bd, -3), _add_months(bd, 3)
        best = None
        for r in leavers[leavers["clea_person_id"] == pid].itertuples(index=False):
            c = _day(r.clea_care_leaver_latest_contact)
            if c is None or not lo <= c <= hi:
                continue
            # nearest the birthday; then the earlier contact; then the higher record id
            key = (abs((c - bd).days), c, -int(r.clea_table_id) if str(r.clea_table_id).isdigit() else 0)
            if best is None or key < best[0]:
                best = (key, r)
        touch = activ = accom = None
        if best is not None:
            r = best[1]
            touch = _text(r.clea_care_leaver_in_touch)
            act, acc = _text(r.clea_care_leaver_activity), _text(r.clea_care_leaver_accommodation)
            suit = _text(r.clea_care_leaver_accom_suitable)
            if touch in ("DIED", "RHOM"):
                activ = accom = "0"
            else:
                not_in_touch = touch in ("NO", "REFU", "NREQ")
                activ = act if act is not None else ("0" if not_in_touch else None)
                if acc is not None and len(acc) == 2:
                    accom = acc
                elif acc is not None and len(acc) == 1 and suit in ("1", "2"):
                    accom = acc + suit
                elif acc is None and not_in_touch:
                    accom = "0"
        rows.append({"CHILD": pid, "DOB": dob, "IN_TOUCH": touch, "ACTIV": activ, "ACCOM": accom})
    return pd.DataFrame(rows, columns=OC3_COLUMNS)


def ad1(truth, eps, start, end) -> pd.DataFrame:
    adopted = eps[eps["dec"].map(lambda d: d is not None and start <= d <= end) & eps["rec"].isin(["E11", "E12"])]
    people = truth["ssd_person"].set_index("pers_person_id")
    perm = truth["ssd_permanence"]
    rows = []
    for pid, g in adopted.groupby("person_id"):
        if pid not in people.index:
            continue
        last = g.sort_values(["dec", "episode_id"]).iloc[-1]
        mine = perm[(perm["perm_person_id"] == pid)
                    & (perm["perm_cla_id"].isna() | (perm["perm_cla_id"] == last["cla_id"]))]
        row = {"CHILD": pid, "DOB": _day(people.at[pid, "pers_dob"])}
        if len(mine):
            mine = mine.assign(_has=mine["perm_adm_decision_date"].notna(),
                               _adm=mine["perm_adm_decision_date"].fillna(pd.Timestamp.min),
                               _id=mine["perm_table_id"].astype(str))
            best = mine.sort_values(["_has", "_adm", "_id"], ascending=False).iloc[0]
            n = best["perm_number_of_adopters"]
            row.update({
                "DATE_INT": _day(best["perm_adm_decision_date"]), "DATE_MATCH": _day(best["perm_matched_date"]),
                "FOSTER_CARE": {"Y": "1", "N": "0"}.get(_yn(best["perm_adopted_by_carer_flag"])),
                "NB_ADOPTR": None if pd.isna(n) else str(int(n)),
                "SEX_ADOPTR": _text(best["perm_adopter_sex"]), "LS_ADOPTR": _text(best["perm_adopter_legal_status"]),
            })
        rows.append(row)
    return pd.DataFrame(rows, columns=AD1_COLUMNS)


def placed_adoption(truth, eps, start, end) -> pd.DataFrame:
    year_eps = _in_year(eps, start)
    periods = set(year_eps["cla_id"].dropna())
    children = set(year_eps["person_id"])
    people = truth["ssd_person"].set_index("pers_person_id")
    rows = []
    for r in truth["ssd_permanence"].itertuples(index=False):
        decided, reversed_ = _day(r.perm_adm_decision_date), _day(r.perm_decision_reversed_date)
        if decided is None or decided > end or (reversed_ is not None and reversed_ < start):
            continue
        cla = None if r.perm_cla_id is None or pd.isna(r.perm_cla_id) else r.perm_cla_id
        if not (cla in periods if cla is not None else r.perm_person_id in children):
            continue
        if r.perm_person_id not in people.index:
            continue
        ceased = reversed_ if reversed_ is not None and reversed_ <= end else None
        rows.append({"CHILD": r.perm_person_id, "DOB": _day(people.at[r.perm_person_id, "pers_dob"]),
                     "DATE_PLACED": decided, "DATE_PLACED_CEASED": ceased,
                     "REASON_PLACED_CEASED": _text(r.perm_decision_reversed_reason) if ceased else None})
    return pd.DataFrame(rows, columns=PLACED_COLUMNS)


def compute(truth: dict[str, pd.DataFrame], year: int) -> dict[str, pd.DataFrame]:
    start, end = dt.date(year - 1, 4, 1), dt.date(year, 3, 31)
    eps = _episodes(truth, end)
    cohort = oc3_cohort(truth, eps, start, end)
    return {
        "rpt_ssda903__header": header(truth, eps, cohort, start, end),
        "rpt_ssda903__oc2": oc2(truth, eps, start, end),
        "rpt_ssda903__oc3": oc3(truth, cohort, start, end),
        "rpt_ssda903__ad1": ad1(truth, eps, start, end),
        "rpt_ssda903__placed_adoption": placed_adoption(truth, eps, start, end),
    }

-- Ofsted Annex A list 8: one row per child looked after at any time in the window (children whose
-- latest legal status by the extract date is a short-break one, V3/V4, excluded): the child's latest
-- such episode, latest legal status and placement by the extract date, and counts over the 12 months.
with

people as (
    {{ annex_a_people() }}
),

episodes as (
    select
        clae_cla_episode_id,
        clae_person_id,
        clae_cla_id,
        clae_referral_id,
        cast(clae_cla_episode_start_date as date) as start_date,
        {{ annex_a_by_extract('clae_cla_episode_ceased_date') }} as ceased_date,
        clae_cla_episode_ceased_reason,
        clae_cla_primary_need_code,
        cast(clae_entered_care_date as date) as entered_care_date,
        {{ annex_a_by_extract('clae_cla_last_iro_contact_date') }} as last_iro_date
    from {{ ref('ssd_cla_episodes') }}
    where cast(clae_cla_episode_start_date as date) <= {{ annex_a_extract_date() }}
),

legal as (
    select
        lega_person_id,
        start_date,
        lega_legal_status
    from (
        select
            lega_person_id,
            cast(lega_legal_status_start_date as date) as start_date,
            lega_legal_status,
            row_number() over (
                partition by lega_person_id
                order by cast(lega_legal_status_start_date as date) desc, lega_legal_status_id desc
            ) as rn
        from {{ ref('ssd_legal_status') }}
        where cast(lega_legal_status_start_date as date) <= {{ annex_a_extract_date() }}
    ) as ranked
    where rn = 1
),

short_break_people as (
    select lega_person_id as person_id
    from legal
    where lega_legal_status in ('V3', 'V4')
),

latest as (
    select
        ranked.*,
        coalesce(ranked.ceased_date, {{ annex_a_extract_date() }}) as allocation_date
    from (
        select
            e.*,
            row_number() over (
                partition by e.clae_person_id order by e.start_date desc, e.clae_cla_episode_id desc
            ) as rn
        from episodes as e
        where
            (e.ceased_date is null or e.ceased_date >= {{ annex_a_window_start() }})
            and not exists (
                select sb.person_id
                from short_break_people as sb
                where e.clae_person_id = sb.person_id
            )
    ) as ranked
    where ranked.rn = 1
),

earlier_period as (
    select distinct l.clae_person_id as person_id
    from latest as l
    inner join episodes as e
        on
            l.clae_person_id = e.clae_person_id
            and l.clae_cla_id <> e.clae_cla_id
            and l.entered_care_date > e.start_date
            and e.ceased_date >= {{ annex_a_twelve_month_start() }}
),

uasc as (
    select distinct immi_person_id as person_id
    from {{ ref('ssd_immigration_status') }}
    where
        immi_immigration_status = 'UASC'
        and {{ ssd_overlaps_period('immi_immigration_status_start_date', 'immi_immigration_status_end_date',
                                   annex_a_twelve_month_start(), annex_a_extract_date()) }}
),

reviews as (
    select
        clar_cla_person_id as person_id,
        max(cast(clar_cla_review_date as date)) as review_date
    from {{ ref('ssd_cla_reviews') }}
    where
        cast(clar_cla_review_date as date) <= {{ annex_a_extract_date() }}
        and coalesce(clar_cla_review_cancelled, 'N') <> 'Y'
    group by clar_cla_person_id
),

visits as (
    select
        clav_person_id as person_id,
        max(cast(clav_cla_visit_date as date)) as visit_date
    from {{ ref('ssd_cla_visits') }}
    where cast(clav_cla_visit_date as date) <= {{ annex_a_extract_date() }}
    group by clav_person_id
),

care_plan as (
    select
        lacp_person_id,
        lacp_cla_care_plan_json
    from (
        select
            lacp_person_id,
            lacp_cla_care_plan_json,
            row_number() over (
                partition by lacp_person_id
                order by cast(lacp_cla_care_plan_start_date as date) desc, lacp_table_id desc
            ) as rn
        from {{ ref('ssd_cla_care_plan') }}
        where cast(lacp_cla_care_plan_start_date as date) <= {{ annex_a_extract_date() }}
    ) as ranked
    where rn = 1
),

health as (
    select
        clah_person_id as person_id,
        max(case when clah_health_check_type = 'Health Assessment' then cast(clah_health_check_date as date) end)
            as health_date,
        max(case when clah_health_check_type = 'Dental Check' then cast(clah_health_check_date as date) end)
            as dental_date
    from {{ ref('ssd_cla_health') }}
    where
        clah_health_check_status = 'Completed'
        and cast(clah_health_check_date as date) <= {{ annex_a_extract_date() }}
    group by clah_person_id
),

placements as (
    select
        clap_cla_placement_id,
        clap_person_id,
        cast(clap_cla_placement_start_date as date) as start_date,
        clap_cla_placement_end_date,
        clap_cla_placement_type,
        clap_cla_placement_provider,
        clap_cla_placement_postcode,
        clap_cla_placement_urn
    from {{ ref('ssd_cla_placement') }}
    where cast(clap_cla_placement_start_date as date) <= {{ annex_a_extract_date() }}
),

latest_placement as (
    select *
    from (
        select
            placements.*,
            row_number() over (
                partition by clap_person_id order by start_date desc, clap_cla_placement_id desc
            ) as rn
        from placements
    ) as ranked
    where rn = 1
),

placements_12m as (
    select
        clap_person_id as person_id,
        count(*) as n
    from placements
    where
        clap_cla_placement_end_date is null
        or cast(clap_cla_placement_end_date as date) >= {{ annex_a_twelve_month_start() }}
    group by clap_person_id
),

missing as (
    select
        miss_table_id,
        miss_person_id,
        cast(miss_missing_episode_start_date as date) as start_date,
        miss_missing_episode_type,
        miss_missing_rhi_offered,
        miss_missing_rhi_accepted
    from {{ ref('ssd_missing') }}
    where cast(miss_missing_episode_start_date as date) <= {{ annex_a_extract_date() }}
),

missing_12m as (
    select
        miss_person_id as person_id,
        sum(case when miss_missing_episode_type = 'M' then 1 else 0 end) as n_missing,
        sum(case when miss_missing_episode_type = 'A' then 1 else 0 end) as n_absent
    from missing
    where start_date >= {{ annex_a_twelve_month_start() }}
    group by miss_person_id
),

last_missing as (
    select *
    from (
        select
            missing.*,
            row_number() over (partition by miss_person_id order by start_date desc, miss_table_id desc) as rn
        from missing
        where miss_missing_episode_type = 'M'
    ) as ranked
    where rn = 1
),

allocated as (
    {{ annex_a_allocated('latest', 'clae_cla_episode_id', 'clae_referral_id', 'allocation_date') }}
)

select
    l.clae_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    case when u.person_id is not null then 'a) Yes' else 'b) No' end as uasc_within_last_12_months,
    p.disability as does_the_child_have_a_disability,
    l.entered_care_date as date_started_to_be_looked_after,
    {{ annex_a_label('l.clae_cla_primary_need_code', 'primary_need') }} as childs_category_of_need,
    case when ep.person_id is not null then 'a) Yes' else 'b) No' end as subsequent_period_within_last_12_months,
    lg.start_date as start_date_of_current_legal_status,
    {{ annex_a_label('lg.lega_legal_status', 'legal_status') }} as childs_legal_status,
    rv.review_date as date_of_latest_statutory_review,
    vi.visit_date as date_of_last_social_work_visit,
    case
        when cp.lacp_cla_care_plan_json like '%"ADOPTION":"Y"%' then 'b) Adoption'
        when cp.lacp_cla_care_plan_json like '%"REMAINSUP":"Y"%' then 'a) Return to family'
        when cp.lacp_cla_care_plan_json like '%"RETURN1M":"Y"%' then 'a) Return to family'
        when cp.lacp_cla_care_plan_json like '%"RETURN6M":"Y"%' then 'a) Return to family'
        when cp.lacp_cla_care_plan_json like '%"RETURNEV":"Y"%' then 'a) Return to family'
        when cp.lacp_cla_care_plan_json like '%"LTRELFR":"Y"%' then 'c) SGO/CAO'
        when cp.lacp_cla_care_plan_json like '%"LTFOST18":"Y"%' then 'f) Long-term fostering'
        when cp.lacp_cla_care_plan_json like '%"RESPLMT":"Y"%' then 'e) Long-term residential placement'
        when cp.lacp_cla_care_plan_json like '%"SUPPLIV":"Y"%' then 'd) Supported living in the community'
        when cp.lacp_cla_care_plan_json like '%"OTHERPLN":"Y"%' then 'g) Other'
    end as permanence_plan,
    l.last_iro_date as date_of_last_iro_visit,
    h.health_date as date_of_last_health_assessment,
    h.dental_date as date_of_last_dental_check,
    cast(coalesce(p12.n, 0) as integer) as number_of_placements_in_last_12_months,
    l.ceased_date as date_ceased_to_be_looked_after,
    case
        when l.ceased_date is not null then {{ annex_a_label('l.clae_cla_episode_ceased_reason', 'ceased_reason') }}
    end as reason_ceased_to_be_looked_after,
    lp.start_date as start_date_of_most_recent_placement,
    {{ annex_a_label('lp.clap_cla_placement_type', 'placement_type') }} as placement_type,
    {{ annex_a_label('lp.clap_cla_placement_provider', 'placement_provider') }} as placement_provider,
    lp.clap_cla_placement_postcode as placement_postcode,
    lp.clap_cla_placement_urn as urn_of_placement,
    cast(null as {{ ssd_type('string') }}) as placement_location,
    cast(null as {{ ssd_type('string') }}) as la_of_placement,
    cast(coalesce(m12.n_missing, 0) as integer) as number_of_missing_episodes_in_last_12_months,
    cast(coalesce(m12.n_absent, 0) as integer) as number_of_absent_episodes_in_last_12_months,
    {{ annex_a_yes_no('lm.miss_missing_rhi_offered') }} as return_interview_offered,
    {{ annex_a_yes_no('lm.miss_missing_rhi_accepted') }} as return_interview_accepted,
    a.allocated_team,
    a.allocated_worker
from latest as l
left join people as p on l.clae_person_id = p.person_id
left join uasc as u on l.clae_person_id = u.person_id
left join earlier_period as ep on l.clae_person_id = ep.person_id
left join legal as lg on l.clae_person_id = lg.lega_person_id
left join reviews as rv on l.clae_person_id = rv.person_id
left join visits as vi on l.clae_person_id = vi.person_id
left join care_plan as cp on l.clae_person_id = cp.lacp_person_id
left join health as h on l.clae_person_id = h.person_id
left join placements_12m as p12 on l.clae_person_id = p12.person_id
left join latest_placement as lp on l.clae_person_id = lp.clap_person_id
left join missing_12m as m12 on l.clae_person_id = m12.person_id
left join last_missing as lm on l.clae_person_id = lm.miss_person_id
left join allocated as a on l.clae_cla_episode_id = a.alloc_key

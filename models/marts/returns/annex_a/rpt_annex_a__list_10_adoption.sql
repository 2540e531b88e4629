-- Ofsted Annex A list 10: one row per adoption journey (an ssd_permanence row with a decision that the
-- child should be placed for adoption, made by the extract date) still open at the extract date, or
-- closed by an adoption order or a reversed decision in the 12 months to it.
with

people as (
    {{ annex_a_people() }}
),

journeys as (
    select
        perm_table_id,
        perm_person_id,
        perm_cla_id,
        cast(perm_adm_decision_date as date) as decision_date,
        {{ annex_a_by_extract('perm_placement_order_date') }} as placement_order_date,
        {{ annex_a_by_extract('perm_matched_date') }} as matched_date,
        {{ annex_a_by_extract('perm_placed_for_adoption_date') }} as placed_date,
        {{ annex_a_by_extract('perm_permanence_order_date') }} as adoption_order_date,
        {{ annex_a_by_extract('perm_decision_reversed_date') }} as reversed_date,
        perm_decision_reversed_reason,
        {{ annex_a_by_extract('perm_placed_ffa_cp_date') }} as ffa_date
    from {{ ref('ssd_permanence') }}
    where cast(perm_adm_decision_date as date) <= {{ annex_a_extract_date() }}
),

entered_care as (
    select
        clae_cla_id,
        min(cast(clae_entered_care_date as date)) as entered_care_date
    from {{ ref('ssd_cla_episodes') }}
    group by clae_cla_id
)

select
    j.perm_person_id as child_unique_id,
    cast(null as {{ ssd_type('string') }}) as family_identifier,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    p.disability as does_the_child_have_a_disability,
    ec.entered_care_date as date_the_child_entered_care,
    j.decision_date as date_of_decision_to_place_for_adoption,
    j.placement_order_date as date_of_placement_order,
    j.matched_date as date_of_matching,
    j.placed_date as date_placed_for_adoption,
    j.adoption_order_date as date_of_adoption_order,
    j.reversed_date as date_of_decision_no_longer_placed,
    case
        when j.reversed_date is not null then {{ annex_a_label('j.perm_decision_reversed_reason', 'reversal_reason') }}
    end as reason_no_longer_placed,
    j.ffa_date as date_placed_ffa_or_concurrent
from journeys as j
left join people as p on j.perm_person_id = p.person_id
left join entered_care as ec on j.perm_cla_id = ec.clae_cla_id
where
    (j.adoption_order_date is null and j.reversed_date is null)
    or j.adoption_order_date >= {{ annex_a_twelve_month_start() }}
    or j.reversed_date >= {{ annex_a_twelve_month_start() }}

-- ssd_permanence: one row per permanence journey, from two driving inputs (one row per row of each):
--   * FACT_ADOPTION, the HDM's adoption tracker: one row per adoption journey (a period of care with an
--     adoption decision), keyed by FACT_ADOPTION_ID. A tracker with no ADM decision is not an adoption
--     journey. Adoption milestones, sibling and adopter details come from the tracker;
--   * the FACT_CARE_EPISODES rows that end a period of care in a permanence order (CARE_REASON_END_CODE in
--     seed liquidlogic__permanence_order_types_care) when that period has no adoption journey (SGO, child
--     arrangements order), keyed by FACT_CARE_EPISODES_ID. The episode must be in ssd_cla_episodes.
-- The rest comes from the period's care episodes and placements (those in ssd_cla_episodes /
-- ssd_cla_placement only, so quarantined noise copies cannot shift "first" and "last"):
--   order date / type: the period's episode ending with a permanence REC code (CARE_REASON_END_CODE, seed
--     liquidlogic__permanence_order_types_care): its end date and the order's name;
--   placed for adoption: start of the period's first A3-A6 placement; its URN as the provider URN;
--   FFA / concurrent planning decision: the latest FFA_IS_PLAN_DATE on the period's placements;
--   placed with the (foster) carer: for a child adopted by their foster carers (last placement A5) the start
--     of the placement before it; for an SGO to former foster carers (E45/E46) the start of the last placement.
-- perm_person_id is the person id (DIM_PERSON_ID), never LEGACY_ID.
with adoptions as (

    select * from {{ ref('stg_liquidlogic__adoptions') }}

),

episodes as (

    select * from {{ ref('stg_liquidlogic__care_episodes') }}

),

ssd_cla_episodes as (

    select clae_cla_episode_id from {{ ref('int_liquidlogic__ssd_cla_episodes') }}
    where _dq_reason is null

),

placements as (

    select * from {{ ref('stg_liquidlogic__cla_placements') }}

),

ssd_cla_placement as (

    select clap_cla_placement_id from {{ ref('int_liquidlogic__ssd_cla_placement') }}
    where _dq_reason is null

),

order_types as (

    select
        upper(rec_code) as rec_code,
        order_type
    from {{ ref('liquidlogic__permanence_order_types_care') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

permanence_orders as (

    select
        episodes.period_of_care_id,
        episodes.end_date as order_date,
        episodes.end_reason_code,
        order_types.order_type,
        row_number() over (
            partition by episodes.period_of_care_id
            order by episodes.end_date desc nulls last, episodes.care_episode_key desc
        ) as order_row
    from episodes
    inner join order_types
        on episodes.end_reason_code = order_types.rec_code
    inner join ssd_cla_episodes
        on episodes.care_episode_id = ssd_cla_episodes.clae_cla_episode_id
    where episodes.period_of_care_id is not null

),

placement_urn as (

    select
        placement_id,
        min(ofsted_urn) as urn
    from episodes
    where placement_id is not null
        and ofsted_urn like 'SC%'
        and length(ofsted_urn) = 8
    group by placement_id

),

-- only the placements in ssd_cla_placement (one copy of each), so noise rows cannot shift the last ones
numbered_placements as (

    select
        placements.*,
        row_number() over (partition by placements.placement_key order by placements.start_date) as key_row
    from placements
    inner join ssd_cla_placement
        on placements.placement_id = ssd_cla_placement.clap_cla_placement_id

),

ordered_placements as (

    select
        period_of_care_id,
        placement_id,
        start_date,
        upper(placement_type_code) as placement_type_code,
        ffa_decision_date,
        row_number() over (
            partition by period_of_care_id order by start_date desc nulls last, placement_key desc
        ) as from_last
    from numbered_placements
    where period_of_care_id is not null
        and key_row = 1

),

adoption_placement as (

    select
        ordered_placements.period_of_care_id,
        ordered_placements.start_date as placed_for_adoption_date,
        placement_urn.urn,
        row_number() over (
            partition by ordered_placements.period_of_care_id order by ordered_placements.start_date
        ) as adoption_row
    from ordered_placements
    left join placement_urn
        on ordered_placements.placement_id = placement_urn.placement_id
    where ordered_placements.placement_type_code in ('A3', 'A4', 'A5', 'A6')

),

period_placements as (

    select
        period_of_care_id,
        max(ffa_decision_date) as ffa_decision_date,
        max(case when from_last = 1 then placement_type_code end) as last_type,
        max(case when from_last = 1 then start_date end) as last_start,
        max(case when from_last = 2 then start_date end) as previous_start
    from ordered_placements
    group by period_of_care_id

),

numbered_adoptions as (

    select
        adoptions.*,
        row_number() over (partition by adoptions.adoption_key order by adoptions.decision_date) as key_row
    from adoptions

),

joined_adoptions as (

    select
        numbered_adoptions.*,
        permanence_orders.order_date,
        permanence_orders.end_reason_code,
        permanence_orders.order_type,
        adoption_placement.placed_for_adoption_date,
        adoption_placement.urn as adoption_placement_urn,
        period_placements.ffa_decision_date,
        case
            when period_placements.last_type = 'A5' then period_placements.previous_start
            when permanence_orders.end_reason_code in ('E45', 'E46') then period_placements.last_start
        end as placed_with_carer_date,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered_adoptions
    left join permanence_orders
        on numbered_adoptions.period_of_care_id = permanence_orders.period_of_care_id
            and permanence_orders.order_row = 1
    left join adoption_placement
        on numbered_adoptions.period_of_care_id = adoption_placement.period_of_care_id
            and adoption_placement.adoption_row = 1
    left join period_placements
        on numbered_adoptions.period_of_care_id = period_placements.period_of_care_id
    left join ssd_person
        on numbered_adoptions.person_id = ssd_person.pers_person_id

),

adoption_journeys as (

    select
        adoption_id as perm_table_id,
        person_id as perm_person_id,
        period_of_care_id as perm_cla_id,
        decision_date as perm_adm_decision_date,
        ffa_decision_date as perm_ffa_cp_decision_date,
        placement_order_date as perm_placement_order_date,
        placed_for_adoption_date as perm_placed_for_adoption_date,
        matching_date as perm_matched_date,
        adopted_by_carer_flag as perm_adopted_by_carer_flag,
        foster_to_adopt_date as perm_placed_ffa_cp_date,
        no_longer_placed_date as perm_decision_reversed_date,
        placed_with_carer_date as perm_placed_foster_carer_date,
        sibling_group_flag as perm_part_of_sibling_group,
        number_placed_together as perm_siblings_placed_together,
        number_placed_apart as perm_siblings_placed_apart,
        adoption_placement_urn as perm_placement_provider_urn,
        reason_ceased_code as perm_decision_reversed_reason,
        order_date as perm_permanence_order_date,
        order_type as perm_permanence_order_type,
        adoption_worker_id as perm_adoption_worker_id,
        adopter_sex_code as perm_adopter_sex,
        adopter_legal_status_code as perm_adopter_legal_status,
        number_of_adopters as perm_number_of_adopters,
        'FACT_ADOPTION' as _source_table,
        adoption_key as _source_key,
        case
            when adoption_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when decision_date is null then 'no_adoption_decision'
        end as _dq_reason
    from joined_adoptions

),

adoption_periods as (

    select distinct perm_cla_id as period_of_care_id
    from adoption_journeys
    where _dq_reason is null
        and perm_cla_id is not null

),

numbered_episodes as (

    select
        episodes.*,
        row_number() over (partition by episodes.care_episode_key order by episodes.start_date) as key_row
    from episodes

),

numbered_orders as (

    select
        numbered_episodes.*,
        order_types.order_type
    from numbered_episodes
    inner join order_types
        on numbered_episodes.end_reason_code = order_types.rec_code

),

joined_orders as (

    select
        numbered_orders.*,
        adoption_placement.placed_for_adoption_date,
        adoption_placement.urn as adoption_placement_urn,
        period_placements.ffa_decision_date,
        case
            when period_placements.last_type = 'A5' then period_placements.previous_start
            when numbered_orders.end_reason_code in ('E45', 'E46') then period_placements.last_start
        end as placed_with_carer_date,
        ssd_cla_episodes.clae_cla_episode_id as in_ssd_episode_id,
        adoption_periods.period_of_care_id as adoption_period_id,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered_orders
    left join adoption_placement
        on numbered_orders.period_of_care_id = adoption_placement.period_of_care_id
            and adoption_placement.adoption_row = 1
    left join period_placements
        on numbered_orders.period_of_care_id = period_placements.period_of_care_id
    left join ssd_cla_episodes
        on numbered_orders.care_episode_id = ssd_cla_episodes.clae_cla_episode_id
    left join adoption_periods
        on numbered_orders.period_of_care_id = adoption_periods.period_of_care_id
    left join ssd_person
        on numbered_orders.person_id = ssd_person.pers_person_id

),

order_journeys as (

    select
        care_episode_id as perm_table_id,
        person_id as perm_person_id,
        period_of_care_id as perm_cla_id,
        cast(null as {{ ssd_type('timestamp') }}) as perm_adm_decision_date,
        ffa_decision_date as perm_ffa_cp_decision_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placement_order_date,
        placed_for_adoption_date as perm_placed_for_adoption_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_matched_date,
        cast(null as {{ ssd_type('string') }}) as perm_adopted_by_carer_flag,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placed_ffa_cp_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_decision_reversed_date,
        placed_with_carer_date as perm_placed_foster_carer_date,
        cast(null as {{ ssd_type('string') }}) as perm_part_of_sibling_group,
        cast(null as {{ ssd_type('integer') }}) as perm_siblings_placed_together,
        cast(null as {{ ssd_type('integer') }}) as perm_siblings_placed_apart,
        adoption_placement_urn as perm_placement_provider_urn,
        cast(null as {{ ssd_type('string') }}) as perm_decision_reversed_reason,
        end_date as perm_permanence_order_date,
        order_type as perm_permanence_order_type,
        cast(null as {{ ssd_type('string') }}) as perm_adoption_worker_id,
        cast(null as {{ ssd_type('string') }}) as perm_adopter_sex,
        cast(null as {{ ssd_type('string') }}) as perm_adopter_legal_status,
        cast(null as {{ ssd_type('integer') }}) as perm_number_of_adopters,
        'FACT_CARE_EPISODES' as _source_table,
        care_episode_key as _source_key,
        case
            when care_episode_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when in_ssd_episode_id is null then 'episode_not_in_ssd_cla_episodes'
            when adoption_period_id is not null then 'adoption_journey_recorded'
        end as _dq_reason
    from joined_orders

),

final as (

    select * from adoption_journeys

    union all

    select * from order_journeys

)

select * from final

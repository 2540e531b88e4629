-- ssd_permanence: one row per CLAADOPTIONSVIEW row (adoption journeys) plus one per CLAEPISODEOFCAREVIEW row
-- that ends its period of care in a permanence order (EOCENDREASONCODE E11/E12 adoption, E41 child arrangements
-- order, E45-E48 special guardianship order). Adoption journeys: id ADOPTIONID; the record does not name its
-- period of care, so perm_cla_id is the child's latest period admitted on or before the ADM decision
-- (DATESHOULDBEPLACED), as the extract takes it. Permanence orders are not on the adoption record: the order
-- type and date are the reason and end date of the episode that ends the period. A period ending in an order
-- with no adoption record is its own row: id = that episode's EPISODEOFCAREID; when the order went to the
-- child's carers (E45/E46) the date originally placed with them is the start of the period's last placement;
-- a period with an adoption record is that record's row (the episode is quarantined as
-- adoption_journey_recorded). Fostering-for-adoption dates: no source in Eclipse (null).
with adoptions as (

    select * from {{ ref('stg_eclipse__adoptions') }}

),

episodes as (

    select * from {{ ref('stg_eclipse__care_episodes') }}

),

periods as (

    select
        period_of_care_id,
        max(person_id) as person_id,
        min(admission_date) as admission_date
    from {{ ref('stg_eclipse__periods_of_care') }}
    where period_of_care_id is not null
    group by period_of_care_id

),

adoption_periods as (

    select
        adoptions.adoption_key,
        periods.period_of_care_id,
        row_number() over (
            partition by adoptions.adoption_key
            order by periods.admission_date desc, periods.period_of_care_id desc
        ) as period_row
    from adoptions
    inner join periods
        on
            adoptions.person_id = periods.person_id
            and adoptions.adm_decision_date >= periods.admission_date

),

-- Episodes ending their period in a permanence order (the period's order type and date).
orders as (

    select
        period_of_care_id,
        episode_key,
        episode_id,
        person_id,
        placement_id,
        end_reason_code,
        end_date as order_date,
        case
            when end_reason_code in ('E11', 'E12') then 'Adoption Order'
            when end_reason_code = 'E41' then 'Child Arrangements Order'
            else 'Special Guardianship Order'
        end as order_type,
        row_number() over (
            partition by period_of_care_id order by end_date desc, episode_key desc
        ) as order_row
    from episodes
    where end_reason_code in ('E11', 'E12', 'E41', 'E45', 'E46', 'E47', 'E48')

),

-- When the order went to the child's carers (E45/E46): the start of the placement the period ends in.
carer_placements as (

    select
        orders.period_of_care_id,
        min(episodes.start_date) as placed_with_carer_date
    from orders
    inner join episodes
        on
            orders.period_of_care_id = episodes.period_of_care_id
            and orders.placement_id = episodes.placement_id
    where orders.end_reason_code in ('E45', 'E46')
    group by orders.period_of_care_id

),

adoption_counts as (

    select
        adoption_key,
        count(*) as key_rows
    from adoptions
    group by adoption_key

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

adoption_journeys as (

    select
        adoptions.adoption_id as perm_table_id,
        adoptions.person_id as perm_person_id,
        adoption_periods.period_of_care_id as perm_cla_id,
        adoptions.adm_decision_date as perm_adm_decision_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_ffa_cp_decision_date,
        adoptions.placement_order_date as perm_placement_order_date,
        adoptions.placed_for_adoption_date as perm_placed_for_adoption_date,
        adoptions.matched_date as perm_matched_date,
        adoptions.adopted_by_carer_flag as perm_adopted_by_carer_flag,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placed_ffa_cp_date,
        adoptions.decision_reversed_date as perm_decision_reversed_date,
        adoptions.placed_foster_carer_date as perm_placed_foster_carer_date,
        adoptions.part_of_sibling_group as perm_part_of_sibling_group,
        adoptions.siblings_placed_together as perm_siblings_placed_together,
        adoptions.siblings_placed_apart as perm_siblings_placed_apart,
        adoptions.agency_urn as perm_placement_provider_urn,
        adoptions.decision_reversed_reason as perm_decision_reversed_reason,
        orders.order_date as perm_permanence_order_date,
        orders.order_type as perm_permanence_order_type,
        adoptions.adoption_worker_id as perm_adoption_worker_id,
        adoptions.adopter_sex as perm_adopter_sex,
        adoptions.adopter_legal_status as perm_adopter_legal_status,
        adoptions.number_of_adopters as perm_number_of_adopters,
        'CLAADOPTIONSVIEW' as _source_table,
        adoptions.adoption_key as _source_key,
        case
            when adoptions.adoption_id is null then 'missing_key'
            when adoption_counts.key_rows > 1 then 'duplicate_key'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when adoption_periods.period_of_care_id is null then 'period_of_care_not_found'
        end as _dq_reason
    from adoptions
    left join adoption_counts
        on adoptions.adoption_key = adoption_counts.adoption_key
    left join adoption_periods
        on adoptions.adoption_key = adoption_periods.adoption_key and adoption_periods.period_row = 1
    left join orders
        on adoption_periods.period_of_care_id = orders.period_of_care_id and orders.order_row = 1
    left join people
        on adoptions.person_id = people.pers_person_id

),

adopted_periods as (

    select distinct adoption_periods.period_of_care_id
    from adoption_periods
    inner join adoption_journeys
        on adoption_periods.adoption_key = adoption_journeys._source_key
    where adoption_periods.period_row = 1 and adoption_journeys._dq_reason is null

),

order_journeys as (

    select
        orders.episode_id as perm_table_id,
        orders.person_id as perm_person_id,
        orders.period_of_care_id as perm_cla_id,
        cast(null as {{ ssd_type('timestamp') }}) as perm_adm_decision_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_ffa_cp_decision_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placement_order_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placed_for_adoption_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_matched_date,
        cast(null as {{ ssd_type('string') }}) as perm_adopted_by_carer_flag,
        cast(null as {{ ssd_type('timestamp') }}) as perm_placed_ffa_cp_date,
        cast(null as {{ ssd_type('timestamp') }}) as perm_decision_reversed_date,
        carer_placements.placed_with_carer_date as perm_placed_foster_carer_date,
        cast(null as {{ ssd_type('string') }}) as perm_part_of_sibling_group,
        cast(null as {{ ssd_type('integer') }}) as perm_siblings_placed_together,
        cast(null as {{ ssd_type('integer') }}) as perm_siblings_placed_apart,
        cast(null as {{ ssd_type('string') }}) as perm_placement_provider_urn,
        cast(null as {{ ssd_type('string') }}) as perm_decision_reversed_reason,
        orders.order_date as perm_permanence_order_date,
        orders.order_type as perm_permanence_order_type,
        cast(null as {{ ssd_type('string') }}) as perm_adoption_worker_id,
        cast(null as {{ ssd_type('string') }}) as perm_adopter_sex,
        cast(null as {{ ssd_type('string') }}) as perm_adopter_legal_status,
        cast(null as {{ ssd_type('integer') }}) as perm_number_of_adopters,
        'CLAEPISODEOFCAREVIEW' as _source_table,
        orders.episode_key as _source_key,
        case
            when orders.episode_id is null then 'missing_key'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
            when orders.period_of_care_id is null then 'period_of_care_not_found'
            when in_ssd.clae_cla_episode_id is null then 'episode_not_in_ssd_cla_episodes'
            when adopted_periods.period_of_care_id is not null then 'adoption_journey_recorded'
        end as _dq_reason
    from orders
    left join carer_placements
        on orders.period_of_care_id = carer_placements.period_of_care_id
    left join adopted_periods
        on orders.period_of_care_id = adopted_periods.period_of_care_id
    left join {{ ref('int_eclipse__ssd_cla_episodes') }} as in_ssd
        on orders.episode_key = in_ssd._source_key and in_ssd._dq_reason is null
    left join people
        on orders.person_id = people.pers_person_id

),

final as (

    select * from adoption_journeys

    union all

    select * from order_journeys

)

select * from final

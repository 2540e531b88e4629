-- ssd_cla_placement from FACT_CLA_PLACEMENT: one row per raw row. Placement types outside the 903
-- PLACE list (local codes) reject the row. URN: the first Ofsted URN of the form SC + 6 characters on
-- the care episodes that point at the placement. Distance: DISTANCE_FROM_HOME is text; numeric text is
-- rounded to 1 decimal, anything else becomes null. Postcode: trimmed, upper case, null when 4
-- characters or fewer (placeholders such as ZZ1 / XX).
with placements as (

    select * from {{ ref('stg_liquidlogic__cla_placements') }}

),

episodes as (

    select * from {{ ref('stg_liquidlogic__care_episodes') }}

),

placement_types as (

    select
        code,
        upper(code) as type_key
    from {{ ref('dfe__903_placement_type') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

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

numbered as (

    select
        placements.*,
        -- numeric text only: digits and at most one decimal point (portable: no regex, no try_cast)
        case
            when placements.distance_from_home_text is not null
                and trim(translate(placements.distance_from_home_text, '0123456789.', '')) = ''
                and translate(placements.distance_from_home_text, '.', '') <> ''
                and length(placements.distance_from_home_text)
                - length(replace(placements.distance_from_home_text, '.', '')) <= 1
                then placements.distance_from_home_text
        end as distance_numeric_text,
        {{ ssd_key_row('placements', 'placement_key') }} as key_row,
        {{ ssd_key_conflict('placements', 'placement_key') }} as key_conflict
    from placements

),

joined as (

    select
        numbered.*,
        placement_types.code as known_type,
        placement_urn.urn,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join placement_types
        on upper(numbered.placement_type_code) = placement_types.type_key
    left join placement_urn
        on numbered.placement_id = placement_urn.placement_id
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        placement_id as clap_cla_placement_id,
        start_date as clap_cla_placement_start_date,
        known_type as clap_cla_placement_type,
        urn as clap_cla_placement_urn,
        cast(round(cast(distance_numeric_text as numeric(12, 4)), 1) as {{ ssd_type('float') }})
            as clap_cla_placement_distance,
        period_of_care_id as clap_cla_id,
        placement_provider_code as clap_cla_placement_provider,
        case when length(postcode) > 4 then postcode end as clap_cla_placement_postcode,
        end_date as clap_cla_placement_end_date,
        change_reason_code as clap_cla_placement_change_reason,
        person_id as clap_person_id,
        'FACT_CLA_PLACEMENT' as _source_table,
        placement_key as _source_key,
        case
            when placement_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when placement_type_code is not null and known_type is null then 'unknown_placement_type'
        end as _dq_reason
    from joined

)

select * from final

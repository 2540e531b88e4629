-- ssd_linked_identifiers: one row per SVC_USR_ID row. The SSD row is a former UPN: a valid UPN row whose
-- EFFECT_DT_FR/TO window does not cover the as-at date (the covering one is pers_upn). Other identifier
-- types (NHS number, ...) and rows flagged VALID_IND = N are out. Keyed by the person (one former UPN
-- each, as the SSD has it); the validity dates are the row's window (null for migrated rows).
with identifiers as (

    select * from {{ ref('stg_azeus__svc_usr_id') }}

),

people as (

    select pers_person_id from {{ ref('int_azeus__ssd_person') }}
    where _dq_reason is null

),

classified as (

    select
        identifiers.*,
        people.pers_person_id,
        case
            when identifiers.identifier_type <> 'UPN' then 'not_a_linked_identifier_type'
            when identifiers.is_valid = 'N' then 'record_not_valid'
            when identifiers.effective_from <= {{ ssd_as_at_date() }}
                and (identifiers.effective_to is null or identifiers.effective_to > {{ ssd_as_at_date() }})
                then 'current_identifier'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
        end as scope_reason
    from identifiers
    left join people
        on identifiers.person_id = people.pers_person_id

),

numbered as (

    select
        classified.*,
        row_number() over (
            partition by classified.identifier_id order by classified.identifier_key
        ) as key_row,
        row_number() over (
            partition by classified.person_id, classified.scope_reason
            order by classified.effective_to desc, classified.identifier_key desc
        ) as person_row
    from classified

),

final as (

    select
        person_id as link_table_id,
        person_id as link_person_id,
        'Former Unique Pupil Number' as link_identifier_type,
        substr(identifier_value, 1, 13) as link_identifier_value,
        effective_from as link_valid_from_date,
        effective_to as link_valid_to_date,
        'SVC_USR_ID' as _source_table,
        identifier_key as _source_key,
        case
            when identifier_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when scope_reason is not null then scope_reason
            when person_row > 1 then 'duplicate_key'
        end as _dq_reason
    from numbered

)

select * from final

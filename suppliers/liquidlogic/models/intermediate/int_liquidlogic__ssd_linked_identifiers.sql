-- ssd_linked_identifiers from DIM_PERSON.FORMER_UPN: one row per DIM_PERSON row that holds a former UPN
-- (blank counts as none). The SSD row is keyed by the person (LCS keeps one former UPN per person and no
-- validity dates). SystemC's v1.4.5 extract writes the placeholder 'SSD_PH' instead of the value and adds
-- a row per current UPN with a null value; here the value is the real former UPN and the current UPN
-- stays in ssd_person.pers_upn.
with persons as (

    select * from {{ ref('stg_liquidlogic__persons') }}
    where former_upn is not null

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        persons.*,
        {{ ssd_key_row('persons', 'person_key') }} as key_row,
        {{ ssd_key_conflict('persons', 'person_key') }} as key_conflict
    from persons

),

joined as (

    select
        numbered.*,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        person_id as link_table_id,
        person_id as link_person_id,
        cast('Former Unique Pupil Number' as {{ ssd_type('string') }}) as link_identifier_type,
        former_upn as link_identifier_value,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_from_date,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_to_date,
        'DIM_PERSON' as _source_table,
        person_key as _source_key,
        case
            when person_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final

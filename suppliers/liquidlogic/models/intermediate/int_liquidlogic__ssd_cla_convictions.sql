-- ssd_cla_convictions from FACT_OFFENCE: one row per raw row (no window; the extract can repeat a
-- row, later copies are rejected). The offence is the DESCRIPTION text (trimmed).
with offences as (

    select * from {{ ref('stg_liquidlogic__offences') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        offences.*,
        {{ ssd_key_row('offences', 'offence_key') }} as key_row,
        {{ ssd_key_conflict('offences', 'offence_key') }} as key_conflict
    from offences

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
        offence_id as clac_cla_conviction_id,
        person_id as clac_person_id,
        offence_date as clac_cla_conviction_date,
        offence_desc as clac_cla_conviction_offence,
        'FACT_OFFENCE' as _source_table,
        offence_key as _source_key,
        case
            when offence_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final

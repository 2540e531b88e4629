-- ssd_cla_health from FACT_HEALTH_CHECK: one row per raw row (no window). The check type description
-- is recoded case-insensitively to 'Health Assessment', 'Dental Check' or 'Health Surveillance Check'
-- (any other type rejects the row); the status likewise to 'Completed', 'Refused' or 'Not Completed'.
with health_checks as (

    select * from {{ ref('stg_liquidlogic__health_checks') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        health_checks.*,
        {{ ssd_key_row('health_checks', 'health_check_key') }} as key_row,
        {{ ssd_key_conflict('health_checks', 'health_check_key') }} as key_conflict
    from health_checks

),

joined as (

    select
        numbered.*,
        ssd_person.pers_person_id as in_scope_person_id,
        case upper(numbered.check_type_desc)
            when 'HEALTH ASSESSMENT' then 'Health Assessment'
            when 'DENTAL CHECK' then 'Dental Check'
            when 'HEALTH SURVEILLANCE CHECK' then 'Health Surveillance Check'
        end as check_type,
        case upper(numbered.check_status_desc)
            when 'COMPLETED' then 'Completed'
            when 'REFUSED' then 'Refused'
            when 'NOT COMPLETED' then 'Not Completed'
        end as check_status
    from numbered
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        health_check_id as clah_health_check_id,
        person_id as clah_person_id,
        check_type as clah_health_check_type,
        check_date as clah_health_check_date,
        check_status as clah_health_check_status,
        'FACT_HEALTH_CHECK' as _source_table,
        health_check_key as _source_key,
        case
            when health_check_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when check_type is null then 'unknown_health_check_type'
        end as _dq_reason
    from joined

)

select * from final

-- ssd_cla_health: one row per DM_HEALTH_CHECKS row: check type as recorded (Health Assessment, Dental Check,
-- Health Surveillance Check) and date. The data mart holds no check status (null, renderer CANNOT_CARRY).
with checks as (

    select
        *,
        row_number() over (partition by health_check_id order by health_check_date) as key_row
    from {{ ref('stg_mosaic__dm_health_checks') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        checks.health_check_id as clah_health_check_id,
        checks.person_id as clah_person_id,
        checks.check_type as clah_health_check_type,
        checks.health_check_date as clah_health_check_date,
        cast(null as {{ ssd_type('string') }}) as clah_health_check_status,
        'DM_HEALTH_CHECKS' as _source_table,
        checks.health_check_id as _source_key,
        case
            when checks.health_check_id is null then 'missing_key'
            when checks.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when checks.health_check_date is null then 'missing_start_date'
        end as _dq_reason
    from checks
    left join scope
        on checks.person_id = scope.person_id

)

select * from final

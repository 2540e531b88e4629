-- ssd_immigration_status: one row per FACT_IMMIGRATION_STATUS row (no window); SSD-bound rows belong to
-- people in ssd_person. LCS holds the status as a description: it is recoded to the seed
-- liquidlogic__immigration_status (matching its description or its code, trimmed, case-insensitive); a
-- description that matches neither rejects the row (the returns need the UASC marker); a blank one is null.
with statuses as (

    select * from {{ ref('stg_liquidlogic__immigration_statuses') }}

),

status_codes as (

    select cast(code as {{ ssd_type('string') }}) as code, lower(trim(description)) as match_key
    from {{ ref('liquidlogic__immigration_status') }}
    union
    select cast(code as {{ ssd_type('string') }}) as code, lower(trim(code)) as match_key
    from {{ ref('liquidlogic__immigration_status') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        statuses.*,
        {{ ssd_key_row('statuses', 'immigration_status_key') }} as key_row,
        {{ ssd_key_conflict('statuses', 'immigration_status_key') }} as key_conflict
    from statuses

),

joined as (

    select
        numbered.*,
        status_codes.code as immigration_status_code,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join status_codes
        on lower(numbered.immigration_status_description) = status_codes.match_key
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        person_id as immi_person_id,
        immigration_status_id as immi_immigration_status_id,
        immigration_status_code as immi_immigration_status,
        start_date as immi_immigration_status_start_date,
        end_date as immi_immigration_status_end_date,
        'FACT_IMMIGRATION_STATUS' as _source_table,
        immigration_status_key as _source_key,
        case
            when immigration_status_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
            when immigration_status_description is not null and immigration_status_code is null
                then 'unknown_immigration_status_description'
        end as _dq_reason
    from joined

)

select * from final

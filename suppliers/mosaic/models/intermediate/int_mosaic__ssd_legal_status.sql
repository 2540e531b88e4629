-- ssd_legal_status: one row per DM_LEGAL_STATUSES row: the SSDA903 legal status code and its period
-- (open-ended END_DATE null). Legal statuses of people outside ssd_person are quarantined.
with ls as (

    select
        *,
        row_number() over (partition by legal_status_id order by start_date) as key_row
    from {{ ref('stg_mosaic__dm_legal_statuses') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        ls.legal_status_id as lega_legal_status_id,
        ls.person_id as lega_person_id,
        upper(ls.legal_status) as lega_legal_status,
        ls.start_date as lega_legal_status_start_date,
        ls.end_date as lega_legal_status_end_date,
        'DM_LEGAL_STATUSES' as _source_table,
        ls.legal_status_id as _source_key,
        case
            when ls.legal_status_id is null then 'missing_key'
            when ls.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when ls.start_date is null then 'missing_start_date'
        end as _dq_reason
    from ls
    left join scope
        on ls.person_id = scope.person_id

)

select * from final

-- ssd_legal_status: one row per SVC_USR_LA_LGL_STATUS row. LAC_LGL_STATUS holds the SSDA903 legal status
-- code in any case and padding (upper-cased and trimmed in staging); a code that is not an SSDA903 legal
-- status is quarantined.
with statuses as (

    select * from {{ ref('stg_azeus__svc_usr_la_lgl_status') }}

),

codes as (

    select upper(code) as code from {{ ref('dfe__903_legal_status') }}

),

people as (

    select pers_person_id from {{ ref('int_azeus__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        statuses.*,
        codes.code as known_code,
        people.pers_person_id,
        row_number() over (
            partition by statuses.legal_status_id order by statuses.legal_status_key
        ) as key_row
    from statuses
    left join codes
        on statuses.legal_status_code = codes.code
    left join people
        on statuses.person_id = people.pers_person_id

),

final as (

    select
        legal_status_id as lega_legal_status_id,
        person_id as lega_person_id,
        known_code as lega_legal_status,
        start_date as lega_legal_status_start_date,
        end_date as lega_legal_status_end_date,
        'SVC_USR_LA_LGL_STATUS' as _source_table,
        legal_status_key as _source_key,
        case
            when legal_status_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when known_code is null then 'unknown_legal_status_code'
            when start_date is null then 'missing_start_date'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final

-- ssd_immigration_status: one row per SVC_USR_IMMIG_STATUS row. Rows flagged VALID_IND = N are out.
-- IMMIG_STATUS is a description, recoded through seed azeus__immigration_status (trimmed,
-- case-insensitive); dates are the EFFECT_DT_FR/TO window.
with statuses as (

    select * from {{ ref('stg_azeus__svc_usr_immig_status') }}

),

codes as (

    select
        lower(trim(status_text)) as status_text,
        max(status_code) as status_code
    from {{ ref('azeus__immigration_status') }}
    group by lower(trim(status_text))

),

people as (

    select pers_person_id from {{ ref('int_azeus__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        statuses.*,
        codes.status_code,
        people.pers_person_id,
        row_number() over (
            partition by statuses.immigration_status_id order by statuses.immigration_status_key
        ) as key_row
    from statuses
    left join codes
        on statuses.immigration_status_text = codes.status_text
    left join people
        on statuses.person_id = people.pers_person_id

),

final as (

    select
        person_id as immi_person_id,
        immigration_status_id as immi_immigration_status_id,
        status_code as immi_immigration_status,
        effective_from as immi_immigration_status_start_date,
        effective_to as immi_immigration_status_end_date,
        'SVC_USR_IMMIG_STATUS' as _source_table,
        immigration_status_key as _source_key,
        case
            when immigration_status_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when is_valid = 'N' then 'record_not_valid'
            when status_code is null then 'unknown_immigration_status_description'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final

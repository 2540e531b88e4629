-- Who is in ssd_person, with the split dates assembled: one row per SVC_USR row. A row is out of scope
-- when it has no key or a repeated key, is not a service user (SVC_USR_IND = N: relatives, enquirers) or
-- carries a date whose DAY/MTH/YR parts make no calendar date (31/02, month 13, a part missing).
with users as (

    select * from {{ ref('stg_azeus__svc_usr') }}

),

dated as (

    select
        users.*,
        {{ azeus_date_parts_state('dob_day', 'dob_month', 'dob_year') }} as dob_state,
        {{ azeus_date_parts_state('expected_dob_day', 'expected_dob_month', 'expected_dob_year') }}
            as expected_dob_state,
        {{ azeus_date_parts_state('death_day', 'death_month', 'death_year') }} as death_state,
        {{ azeus_date_from_parts('dob_day', 'dob_month', 'dob_year') }} as birth_date,
        {{ azeus_date_from_parts('expected_dob_day', 'expected_dob_month', 'expected_dob_year') }}
            as expected_birth_date,
        {{ azeus_date_from_parts('death_day', 'death_month', 'death_year') }} as death_date,
        row_number() over (partition by users.person_id order by users.record_id) as key_row
    from users

),

final as (

    select
        dated.*,
        case
            when person_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when is_service_user = 'N' then 'not_a_client'
            when dob_state = 'invalid' or expected_dob_state = 'invalid' or death_state = 'invalid'
                then 'invalid_date_parts'
        end as _dq_reason
    from dated

)

select * from final

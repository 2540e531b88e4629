-- One row per SVC_USR row: a service user (or a non-service-user person, SVC_USR_IND = N). Dates stay as
-- their integer DAY/MTH/YR parts here: the person model validates and assembles them.
with source as (

    select * from {{ source('azeus', 'svc_usr') }}

),

renamed as (

    select
        cast(svc_usr_ref_no as {{ ssd_type('string') }}) as person_key,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        {{ ssd_yn('svc_usr_ind') }} as is_service_user,
        lower({{ ssd_clean_text('reg_gender') }}) as registered_gender_text,
        lower({{ ssd_clean_text('current_gender') }}) as current_gender_text,
        upper({{ ssd_clean_text('ethnic_origin') }}) as ethnic_origin_code,
        cast(dob_day as {{ ssd_type('integer') }}) as dob_day,
        cast(dob_mth as {{ ssd_type('integer') }}) as dob_month,
        cast(dob_yr as {{ ssd_type('integer') }}) as dob_year,
        {{ ssd_yn('dob_unknown') }} as is_dob_unknown,
        cast(expected_dob_day as {{ ssd_type('integer') }}) as expected_dob_day,
        cast(expected_dob_mth as {{ ssd_type('integer') }}) as expected_dob_month,
        cast(expected_dob_yr as {{ ssd_type('integer') }}) as expected_dob_year,
        {{ ssd_yn('deceased_ind') }} as is_deceased,
        cast(dt_of_death_day as {{ ssd_type('integer') }}) as death_day,
        cast(dt_of_death_mth as {{ ssd_type('integer') }}) as death_month,
        cast(dt_of_death_yr as {{ ssd_type('integer') }}) as death_year,
        upper({{ ssd_clean_text('nationality') }}) as nationality_code,
        upper({{ ssd_clean_text('upn_unknwn_reas') }}) as upn_unknown_reason,
        cast(create_dt as {{ ssd_type('timestamp') }}) as created_at,
        {{ ssd_clean_text('s_rec_id') }} as record_id
    from source

)

select * from renamed

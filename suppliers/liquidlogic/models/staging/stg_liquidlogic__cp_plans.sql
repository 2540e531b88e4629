-- One row per FACT_CP_PLAN row (child protection plan), renamed and typed; categories stay descriptions.
with source as (

    select * from {{ source('liquidlogic', 'fact_cp_plan') }}

),

renamed as (

    select
        cast(fact_cp_plan_id as {{ ssd_type('string') }}) as cp_plan_key,
        {{ ssd_id('fact_cp_plan_id') }} as cp_plan_id,
        {{ ssd_id('fact_initial_cp_conference_id') }} as initial_cp_conference_id,
        {{ ssd_id('fact_referral_id') }} as referral_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_yn('is_ola') }} as is_ola_flag,
        {{ ssd_clean_text('init_category_desc') }} as initial_category_description,
        {{ ssd_clean_text('cp_category_desc') }} as latest_category_description
    from source

)

select * from renamed

-- One row per FACT_CP_REVIEW row (child protection review conference), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_cp_review') }}

),

renamed as (

    select
        cast(fact_cp_review_id as {{ ssd_type('string') }}) as cp_review_key,
        {{ ssd_id('fact_cp_review_id') }} as cp_review_id,
        {{ ssd_id('fact_cp_plan_id') }} as cp_plan_id,
        {{ ssd_id('fact_meeting_id') }} as meeting_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(due_dttm as {{ ssd_type('timestamp') }}) as due_date,
        cast(meeting_dttm as {{ ssd_type('timestamp') }}) as meeting_date,
        {{ ssd_yn('outcome_continue_cp_flag') }} as outcome_continue_cp_flag
    from source

)

select * from renamed

-- One row per FACT_CLA_REVIEW row (looked-after child review), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_cla_review') }}

),

renamed as (

    select
        cast(fact_cla_review_id as {{ ssd_type('string') }}) as cla_review_key,
        {{ ssd_id('fact_cla_review_id') }} as cla_review_id,
        {{ ssd_id('fact_cla_id') }} as period_of_care_id,
        {{ ssd_id('fact_meeting_id') }} as meeting_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(due_dttm as {{ ssd_type('timestamp') }}) as due_date,
        cast(meeting_dttm as {{ ssd_type('timestamp') }}) as meeting_date
    from source

)

select * from renamed

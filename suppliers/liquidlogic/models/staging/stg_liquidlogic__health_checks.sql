-- One row per FACT_HEALTH_CHECK row (a health assessment, dental or surveillance check of a child
-- looked after), renamed and typed; type and status stay descriptions (trimmed, case as typed).
with source as (

    select * from {{ source('liquidlogic', 'fact_health_check') }}

),

renamed as (

    select
        cast(fact_health_check_id as {{ ssd_type('string') }}) as health_check_key,
        {{ ssd_id('fact_health_check_id') }} as health_check_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as check_date,
        {{ ssd_clean_text('dim_lookup_event_type_desc') }} as check_type_desc,
        {{ ssd_clean_text('dim_lookup_exam_status_desc') }} as check_status_desc
    from source

)

select * from renamed

-- One row per DM_HEALTH_ASSESSMENTS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_health_assessments') }}

),

renamed as (

    select
        {{ ssd_id('health_id') }} as health_id,
        {{ ssd_id('person_id') }} as person_id,
        cast(health_assessment_date as {{ ssd_type('timestamp') }}) as health_assessment_date,
        {{ ssd_clean_text('sdq_completed') }} as sdq_completed,
        {{ ssd_clean_text('sdq_score') }} as sdq_score,
        {{ ssd_clean_text('sdq_reason') }} as sdq_reason
    from source

)

select * from renamed

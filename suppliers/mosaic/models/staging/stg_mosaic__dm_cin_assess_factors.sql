-- One row per DM_CIN_ASSESS_FACTORS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_cin_assess_factors') }}

),

renamed as (

    select
        {{ ssd_id('assess_factor_id') }} as assess_factor_id,
        {{ ssd_id('assessment_id') }} as assessment_id,
        {{ ssd_clean_text('factor_value') }} as factor_value
    from source

)

select * from renamed

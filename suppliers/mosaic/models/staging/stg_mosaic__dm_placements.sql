-- One row per DM_PLACEMENTS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_placements') }}

),

renamed as (

    select
        {{ ssd_id('placement_id') }} as placement_id,
        cast(split_number as integer) as split_number,
        {{ ssd_id('period_of_care_id') }} as period_of_care_id,
        {{ ssd_id('person_id') }} as person_id,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('placement_type') }} as placement_type,
        {{ ssd_clean_text('ofsted_urn') }} as ofsted_urn,
        {{ ssd_clean_text('cin_provider_category_code') }} as cin_provider_category_code,
        {{ ssd_clean_text('post_code') }} as post_code,
        {{ ssd_clean_text('reason_for_placement_change') }} as reason_for_placement_change
    from source

)

select * from renamed

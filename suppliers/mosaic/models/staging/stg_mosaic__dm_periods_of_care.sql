-- One row per DM_PERIODS_OF_CARE row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_periods_of_care') }}

),

renamed as (

    select
        {{ ssd_id('period_of_care_id') }} as period_of_care_id,
        {{ ssd_id('person_id') }} as person_id,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed

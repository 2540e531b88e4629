-- One row per DM_LEGAL_STATUSES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_legal_statuses') }}

),

renamed as (

    select
        {{ ssd_id('legal_status_id') }} as legal_status_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_id('period_of_care_id') }} as period_of_care_id,
        {{ ssd_clean_text('legal_status') }} as legal_status,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('is_respite_care') }} as is_respite_care
    from source

)

select * from renamed

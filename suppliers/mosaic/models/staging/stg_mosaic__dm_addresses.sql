-- One row per DM_ADDRESSES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_addresses') }}

),

renamed as (

    select
        {{ ssd_id('ref_addresses_people_id') }} as ref_addresses_people_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_clean_text('address') }} as address,
        {{ ssd_clean_text('address_type') }} as address_type,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('post_code') }} as post_code,
        {{ ssd_clean_text('room_description') }} as room_description,
        {{ ssd_clean_text('floor_description') }} as floor_description,
        {{ ssd_clean_text('flat_number') }} as flat_number,
        {{ ssd_clean_text('building') }} as building,
        {{ ssd_clean_text('street_number') }} as street_number,
        {{ ssd_clean_text('street') }} as street,
        {{ ssd_clean_text('town') }} as town,
        {{ ssd_clean_text('uprn') }} as uprn,
        {{ ssd_clean_text('easting') }} as easting,
        {{ ssd_clean_text('northing') }} as northing
    from source

)

select * from renamed

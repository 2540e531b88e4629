-- One row per ADDRESSPERSONVIEW row, renamed and typed.
with source as (

    select * from {{ source('eclipse', 'addresspersonview') }}

),

renamed as (

    select
        cast(addressid as {{ ssd_type('string') }}) as address_key,
        {{ ssd_id('addressid') }} as address_id,
        {{ ssd_id('personid') }} as person_id,
        upper({{ ssd_clean_text('type') }}) as address_type,
        cast(startdate as {{ ssd_type('timestamp') }}) as start_date,
        cast(enddate as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('postcode') }} as postcode,
        {{ ssd_clean_text('roomdescription') }} as room_description,
        {{ ssd_clean_text('floordescription') }} as floor_description,
        {{ ssd_clean_text('buildingnameornumber') }} as building_name_or_number,
        {{ ssd_clean_text('streetname') }} as street_name,
        {{ ssd_clean_text('townorcity') }} as town_or_city,
        {{ ssd_clean_text('uprn') }} as uprn,
        cast(latitude as {{ ssd_type('float') }}) as latitude,
        cast(longitude as {{ ssd_type('float') }}) as longitude
    from source

)

select * from renamed

-- One row per DIM_PERSON_ADDRESS row (address history), renamed and typed; address parts trimmed.
with source as (

    select * from {{ source('liquidlogic', 'dim_person_address') }}

),

renamed as (

    select
        cast(dim_person_address_id as {{ ssd_type('string') }}) as person_address_key,
        {{ ssd_id('dim_person_address_id') }} as person_address_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        {{ ssd_clean_text('addss_type_code') }} as address_type_code,
        cast(start_dttm as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dttm as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('postcode') }} as postcode,
        {{ ssd_clean_text('room_no') }} as room_no,
        {{ ssd_clean_text('floor_no') }} as floor_no,
        {{ ssd_clean_text('flat_no') }} as flat_no,
        {{ ssd_clean_text('building') }} as building,
        {{ ssd_clean_text('house_no') }} as house_no,
        {{ ssd_clean_text('street') }} as street,
        {{ ssd_clean_text('town') }} as town,
        {{ ssd_clean_text('uprn') }} as uprn,
        {{ ssd_clean_text('easting') }} as easting,
        {{ ssd_clean_text('northing') }} as northing
    from source

)

select * from renamed

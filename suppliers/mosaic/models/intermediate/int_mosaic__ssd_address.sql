-- ssd_address: one row per DM_ADDRESSES row. The address JSON is built from the address components
-- (the formatted ADDRESS text is not parsed); ADDRESS_TYPE upper-cased (Home -> HOME); postcode trimmed and
-- upper-cased. Addresses of people outside ssd_person (parents, carers) are quarantined.
with addresses as (

    select * from {{ ref('stg_mosaic__dm_addresses') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        addresses.ref_addresses_people_id as addr_table_id,
        {{ ssd_json_object([
            ('ROOM', 'addresses.room_description'), ('FLOOR', 'addresses.floor_description'),
            ('FLAT', 'addresses.flat_number'), ('BUILDING', 'addresses.building'),
            ('HOUSE', 'addresses.street_number'), ('STREET', 'addresses.street'), ('TOWN', 'addresses.town'),
            ('UPRN', 'addresses.uprn'), ('EASTING', 'addresses.easting'), ('NORTHING', 'addresses.northing'),
        ]) }} as addr_address_json,
        addresses.person_id as addr_person_id,
        upper(addresses.address_type) as addr_address_type,
        addresses.start_date as addr_address_start_date,
        addresses.end_date as addr_address_end_date,
        upper(addresses.post_code) as addr_address_postcode,
        'DM_ADDRESSES' as _source_table,
        addresses.ref_addresses_people_id as _source_key,
        case
            when addresses.ref_addresses_people_id is null then 'missing_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from addresses
    left join scope
        on addresses.person_id = scope.person_id

)

select * from final

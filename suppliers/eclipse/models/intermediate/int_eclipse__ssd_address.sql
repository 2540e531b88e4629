-- ssd_address: one row per ADDRESSPERSONVIEW row; SSD-bound rows belong to people in ssd_person.
-- Postcode upper case. The address JSON is built from Eclipse's address columns: ROOMDESCRIPTION is the
-- FLAT when it names a flat ('Flat ...'), else the ROOM; BUILDINGNAMEORNUMBER is the HOUSE when it is a
-- number, else the BUILDING. Eclipse holds latitude/longitude, not OS easting/northing: those keys are null.
with addresses as (

    select * from {{ ref('stg_eclipse__person_addresses') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        addresses.*,
        people.pers_person_id,
        case when lower(addresses.room_description) like 'flat%' then addresses.room_description end as flat,
        case when lower(addresses.room_description) not like 'flat%' then addresses.room_description end as room,
        case
            when translate(addresses.building_name_or_number, '0123456789', '') = ''
                then addresses.building_name_or_number
        end as house,
        case
            when translate(addresses.building_name_or_number, '0123456789', '') <> ''
                then addresses.building_name_or_number
        end as building,
        row_number() over (partition by addresses.address_key order by addresses.start_date) as key_row
    from addresses
    left join people
        on addresses.person_id = people.pers_person_id

),

final as (

    select
        address_id as addr_table_id,
        {{ ssd_json_object([
            ('ROOM', 'room'), ('FLOOR', 'floor_description'), ('FLAT', 'flat'), ('BUILDING', 'building'),
            ('HOUSE', 'house'), ('STREET', 'street_name'), ('TOWN', 'town_or_city'), ('UPRN', 'uprn'),
            ('EASTING', 'cast(null as ' ~ ssd_type('string') ~ ')'),
            ('NORTHING', 'cast(null as ' ~ ssd_type('string') ~ ')'),
        ]) }} as addr_address_json,
        person_id as addr_person_id,
        address_type as addr_address_type,
        start_date as addr_address_start_date,
        end_date as addr_address_end_date,
        upper(postcode) as addr_address_postcode,
        'ADDRESSPERSONVIEW' as _source_table,
        address_key as _source_key,
        case
            when address_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final

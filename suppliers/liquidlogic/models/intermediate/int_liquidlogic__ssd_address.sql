-- ssd_address: one row per DIM_PERSON_ADDRESS row (all address history, no window); SSD-bound rows
-- belong to people in ssd_person. Postcode upper-cased; placeholders ("nopostcode", all X) become null.
-- The address JSON is built from the address parts (keys ROOM..NORTHING, null where not recorded).
with addresses as (

    select * from {{ ref('stg_liquidlogic__person_addresses') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        addresses.*,
        {{ ssd_key_row('addresses', 'person_address_key') }} as key_row,
        {{ ssd_key_conflict('addresses', 'person_address_key') }} as key_conflict
    from addresses

),

joined as (

    select
        numbered.*,
        ssd_person.pers_person_id as in_scope_person_id,
        case
            when upper(replace(numbered.postcode, ' ', '')) = 'NOPOSTCODE' then null
            when replace(upper(replace(numbered.postcode, ' ', '')), 'X', '') = '' then null
            else upper(numbered.postcode)
        end as clean_postcode
    from numbered
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        person_address_id as addr_table_id,
        {{ ssd_json_object([
            ('ROOM', 'room_no'), ('FLOOR', 'floor_no'), ('FLAT', 'flat_no'), ('BUILDING', 'building'),
            ('HOUSE', 'house_no'), ('STREET', 'street'), ('TOWN', 'town'), ('UPRN', 'uprn'),
            ('EASTING', 'easting'), ('NORTHING', 'northing'),
        ]) }} as addr_address_json,
        person_id as addr_person_id,
        address_type_code as addr_address_type,
        start_date as addr_address_start_date,
        end_date as addr_address_end_date,
        clean_postcode as addr_address_postcode,
        'DIM_PERSON_ADDRESS' as _source_table,
        person_address_key as _source_key,
        case
            when person_address_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final

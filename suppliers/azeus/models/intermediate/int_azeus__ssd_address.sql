-- ssd_address: one row per SVC_USR_ADDR row, keyed by its audit id S_REC_ID (the ghost DDL gives the
-- table no key). Type HOME for a residence (RESIDENCE_IND = Y). Postcode upper case. Address JSON:
-- UNIT_FLAT_START_NO is the flat number ('Flat <n>'; text that is not a number is kept as it is),
-- SUB_BDLG_NM the BUILDING, NAME_AND_NUMBER the HOUSE, STREET_NAME, TOWN and UNQ_PROP_REF_NO (UPRN).
-- Azeus holds no room, floor, easting/northing or address dates: null (CANNOT_CARRY / JSON gaps).
with addresses as (

    select * from {{ ref('stg_azeus__svc_usr_addr') }}

),

people as (

    select pers_person_id from {{ ref('int_azeus__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        addresses.*,
        people.pers_person_id,
        case
            when translate(addresses.flat_number, '0123456789', '') = '' then 'Flat ' || addresses.flat_number
            else addresses.flat_number
        end as flat,
        row_number() over (partition by addresses.address_key order by addresses.person_id) as key_row
    from addresses
    left join people
        on addresses.person_id = people.pers_person_id

),

final as (

    select
        address_key as addr_table_id,
        {{ ssd_json_object([
            ('ROOM', 'cast(null as ' ~ ssd_type('string') ~ ')'),
            ('FLOOR', 'cast(null as ' ~ ssd_type('string') ~ ')'),
            ('FLAT', 'flat'), ('BUILDING', 'building_name'), ('HOUSE', 'house_name_or_number'),
            ('STREET', 'street_name'), ('TOWN', 'town'), ('UPRN', 'uprn'),
            ('EASTING', 'cast(null as ' ~ ssd_type('string') ~ ')'),
            ('NORTHING', 'cast(null as ' ~ ssd_type('string') ~ ')'),
        ]) }} as addr_address_json,
        person_id as addr_person_id,
        case when is_residence = 'Y' then 'HOME' end as addr_address_type,
        cast(null as {{ ssd_type('timestamp') }}) as addr_address_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as addr_address_end_date,
        postcode as addr_address_postcode,
        'SVC_USR_ADDR' as _source_table,
        address_key as _source_key,
        case
            when address_key is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final

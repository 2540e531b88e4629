-- ssd_linked_identifiers: no rows from Eclipse (typed columns, zero rows). Eclipse extract: placeholder (bare
-- SELECT only) (the source map lists it as an Eclipse placeholder).
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as link_table_id,
        cast(null as {{ ssd_type('string') }}) as link_person_id,
        cast(null as {{ ssd_type('string') }}) as link_identifier_type,
        cast(null as {{ ssd_type('string') }}) as link_identifier_value,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_from_date,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_to_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

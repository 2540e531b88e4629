-- ssd_s251_finance: no rows from Azeus (typed columns, zero rows); no known Azeus source (none expected): The
-- SSD spec has it as a future-release placeholder (section 251 finance, draft, placeholder columns only) that
-- no supplier extract populates yet.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as s251_table_id,
        cast(null as {{ ssd_type('string') }}) as s251_cla_placement_id,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_1,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_2,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_3,
        cast(null as {{ ssd_type('string') }}) as s251_placeholder_4,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

-- ssd_cla_placement: no rows from Azeus (typed columns, zero rows); no known Azeus source: the ghost DDL names
-- a candidate table (PLCMT, SVC_COMM) but no document maps its fields or values.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clap_cla_placement_id,
        cast(null as {{ ssd_type('timestamp') }}) as clap_cla_placement_start_date,
        cast(null as {{ ssd_type('string') }}) as clap_cla_placement_type,
        cast(null as {{ ssd_type('string') }}) as clap_cla_placement_urn,
        cast(null as {{ ssd_type('float') }}) as clap_cla_placement_distance,
        cast(null as {{ ssd_type('string') }}) as clap_cla_id,
        cast(null as {{ ssd_type('string') }}) as clap_cla_placement_provider,
        cast(null as {{ ssd_type('string') }}) as clap_cla_placement_postcode,
        cast(null as {{ ssd_type('timestamp') }}) as clap_cla_placement_end_date,
        cast(null as {{ ssd_type('string') }}) as clap_cla_placement_change_reason,
        cast(null as {{ ssd_type('string') }}) as clap_person_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

-- ssd_api_data_staging: no rows from Azeus (typed columns, zero rows); no known Azeus source (none expected):
-- The DfE children's social care API process fills it from the other SSD tables; no case management system
-- extract does.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as id,
        cast(null as {{ ssd_type('string') }}) as person_id,
        cast(null as {{ ssd_type('string') }}) as json_payload,
        cast(null as {{ ssd_type('string') }}) as current_hash,
        cast(null as {{ ssd_type('string') }}) as previous_hash,
        cast(null as {{ ssd_type('string') }}) as submission_status,
        cast(null as {{ ssd_type('timestamp') }}) as submission_timestamp,
        cast(null as {{ ssd_type('string') }}) as api_response,
        cast(null as {{ ssd_type('string') }}) as row_state,
        cast(null as {{ ssd_type('timestamp') }}) as last_updated,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

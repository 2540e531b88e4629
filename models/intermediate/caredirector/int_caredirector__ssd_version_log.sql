-- ssd_version_log from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_version_log) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   version_number      string    VERS1001A  version num (e.g., "1.0.0") [primary key; required (not null)]
--   release_date        timestamp VERS1002A  date of version release
--   description         string    VERS1003A  brief description of version
--   is_current          boolean   VERS1004A  flag to indicate if this is the current version
--   created_at          timestamp VERS1005A  timestamp when record was created
--   created_by          string    VERS1006A  which user created the record
--   impact_description  string    VERS1007A  additional notes on the impact of the release
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as version_number,
        cast(null as {{ ssd_type('timestamp') }}) as release_date,
        cast(null as {{ ssd_type('string') }}) as description,
        cast(null as {{ ssd_type('boolean') }}) as is_current,
        cast(null as {{ ssd_type('timestamp') }}) as created_at,
        cast(null as {{ ssd_type('string') }}) as created_by,
        cast(null as {{ ssd_type('string') }}) as impact_description,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

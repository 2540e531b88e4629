-- ssd_missing from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_missing) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   miss_table_id                    string    MISS001A   Missing Episode Table ID [primary key; required (not null)]
--   miss_person_id                   string    MISS002A   Person Unique ID [joins ssd_person.pers_person_id]
--   miss_missing_episode_start_date  timestamp MISS003A   Missing Episode Start
--   miss_missing_episode_type        string    MISS004A   Episode Type (Missing/ Absent) [code in seed
--                                    dfe__903_missing_type]
--   miss_missing_episode_end_date    timestamp MISS005A   Missing Episode End
--   miss_missing_rhi_offered         string    MISS006A   RHI Offered [one of Y/N/NA]
--   miss_missing_rhi_accepted        string    MISS007A   RHI Accepted [one of Y/N/NA]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as miss_table_id,
        cast(null as {{ ssd_type('string') }}) as miss_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as miss_missing_episode_start_date,
        cast(null as {{ ssd_type('string') }}) as miss_missing_episode_type,
        cast(null as {{ ssd_type('timestamp') }}) as miss_missing_episode_end_date,
        cast(null as {{ ssd_type('string') }}) as miss_missing_rhi_offered,
        cast(null as {{ ssd_type('string') }}) as miss_missing_rhi_accepted,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

-- ssd_early_help_episodes from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_early_help_episodes) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   earl_episode_id            string    EARL001A   EH Episode ID [primary key; required (not null)]
--   earl_person_id             string    EARL002A   Person Unique ID [required (not null); joins
--                              ssd_person.pers_person_id]
--   earl_episode_start_date    timestamp EARL003A   EH Episode Start Date
--   earl_episode_end_date      timestamp EARL004A   EH Episode End Date
--   earl_episode_reason        string    EARL005A   EH Episode Reason for Involvement
--   earl_episode_end_reason    string    EARL006A   EH Episode End Reason
--   earl_episode_organisation  string    EARL007A   EH Episode Allocated Organisation
--   earl_episode_worker_id     string    EARL008A   EH Episode Allocated Worker [joins
--                              ssd_professionals.prof_professional_id]
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as earl_episode_id,
        cast(null as {{ ssd_type('string') }}) as earl_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as earl_episode_start_date,
        cast(null as {{ ssd_type('timestamp') }}) as earl_episode_end_date,
        cast(null as {{ ssd_type('string') }}) as earl_episode_reason,
        cast(null as {{ ssd_type('string') }}) as earl_episode_end_reason,
        cast(null as {{ ssd_type('string') }}) as earl_episode_organisation,
        cast(null as {{ ssd_type('string') }}) as earl_episode_worker_id,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

-- ssd_cla_episodes from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_episodes) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clae_cla_episode_id             string    CLAE001A   Episode ID [primary key; required (not null)]
--   clae_person_id                  string    CLAE002A   Person Unique ID [required (not null); joins
--                                   ssd_person.pers_person_id]
--   clae_cla_episode_start_date     timestamp CLAE003A   Date Episode Commenced
--   clae_cla_episode_start_reason   string    CLAE004A   Reason for New CLA Episode [code in seed
--                                   dfe__903_reason_new_episode]
--   clae_cla_primary_need_code      string    CLAE009A   CIN Primary Need Code [code in seed dfe__cin_primary_need]
--   clae_cla_episode_ceased_date    timestamp CLAE005A   Date Episode Ceased
--   clae_cla_episode_ceased_reason  string    CLAE006A   Reason Episode Ceased [code in seed
--                                   dfe__903_reason_episode_ceased]
--   clae_cla_id                     string    CLAE010A   CLA ID
--   clae_referral_id                string    CLAE011A   Referral ID
--   clae_cla_placement_id           string    CLAE013A   fk reference from cla_placements [joins
--                                   ssd_cla_placement.clap_cla_placement_id]
--   clae_entered_care_date          timestamp CLAE014A   Date the child entered Care
--   clae_cla_last_iro_contact_date  timestamp CLAE012A   Date of Last IRO Visit / Contact to the Child
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as clae_cla_episode_id,
        cast(null as {{ ssd_type('string') }}) as clae_person_id,
        cast(null as {{ ssd_type('timestamp') }}) as clae_cla_episode_start_date,
        cast(null as {{ ssd_type('string') }}) as clae_cla_episode_start_reason,
        cast(null as {{ ssd_type('string') }}) as clae_cla_primary_need_code,
        cast(null as {{ ssd_type('timestamp') }}) as clae_cla_episode_ceased_date,
        cast(null as {{ ssd_type('string') }}) as clae_cla_episode_ceased_reason,
        cast(null as {{ ssd_type('string') }}) as clae_cla_id,
        cast(null as {{ ssd_type('string') }}) as clae_referral_id,
        cast(null as {{ ssd_type('string') }}) as clae_cla_placement_id,
        cast(null as {{ ssd_type('timestamp') }}) as clae_entered_care_date,
        cast(null as {{ ssd_type('timestamp') }}) as clae_cla_last_iro_contact_date,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

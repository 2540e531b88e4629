-- ssd_cla_placement from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_cla_placement) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   clap_cla_placement_id             string    CLAP001A   Placement ID [primary key; required (not null)]
--   clap_cla_placement_start_date     timestamp CLAP003A   Placement Start Date
--   clap_cla_placement_type           string    CLAP004A   Placement Type [code in seed dfe__903_placement_type]
--   clap_cla_placement_urn            string    CLAP005A   URN of Placement
--   clap_cla_placement_distance       float     CLAP011A   Distance of Placement from Home
--   clap_cla_id                       string    CLAP012A   CLA ID [joins ssd_cla_episodes.clae_cla_id]
--   clap_cla_placement_provider       string    CLAP007A   Placement Provider [code in seed
--                                     dfe__903_placement_provider]
--   clap_cla_placement_postcode       string    CLAP008A   Placement Postcode
--   clap_cla_placement_end_date       timestamp CLAP009A   Placement End Date
--   clap_cla_placement_change_reason  string    CLAP010A   Reason for Placement Change [code in seed
--                                     dfe__903_reason_place_change]
--   clap_person_id                    string    CLAP013A   Person Unique ID [joins ssd_person.pers_person_id]
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

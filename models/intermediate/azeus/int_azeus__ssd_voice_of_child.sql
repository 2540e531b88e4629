-- ssd_voice_of_child: no rows from Azeus (typed columns, zero rows); no known Azeus source (none expected):
-- The SSD spec has it as a future-release placeholder (DDSF 1b, draft) that no supplier extract populates yet.
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as voch_table_id,
        cast(null as {{ ssd_type('string') }}) as voch_person_id,
        cast(null as {{ ssd_type('string') }}) as voch_explained_worries,
        cast(null as {{ ssd_type('string') }}) as voch_story_help_understand,
        cast(null as {{ ssd_type('string') }}) as voch_agree_worker,
        cast(null as {{ ssd_type('string') }}) as voch_plan_safe,
        cast(null as {{ ssd_type('string') }}) as voch_tablet_help_explain,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

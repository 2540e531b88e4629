-- ssd_voice_of_child from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- Usually left empty: The SSD spec has it as a future-release placeholder (DDSF 1b, draft) that no supplier extract
-- populates yet.
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_voice_of_child) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   voch_table_id               string    VOCH007A   Voice of the Child table row ID [primary key; required (not
--                               null)]
--   voch_person_id              string    VOCH001A   Person Unique ID [required (not null); joins
--                               ssd_person.pers_person_id]
--   voch_explained_worries      string    VOCH002A   Has someone explained to you why people are worried for your
--                               family in a way that you can understand?
--   voch_story_help_understand  string    VOCH003A   Does your story with words and pictures help you to understand
--                               what has happened in your family?
--   voch_agree_worker           string    VOCH004A   Do you agree with what your worker says needs to happen to keep
--                               you safe?
--   voch_plan_safe              string    VOCH005A   Do you think the plan tells everyone what they need to do to
--                               keep you safe?
--   voch_tablet_help_explain    string    VOCH006A   Did writing/ drawing on the tablet help you to explain what you
--                               were thinking and what you wanted to happen?
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

-- ssd_assessment_factors from caredirector: SCAFFOLD, no rows yet (every SSD column a typed null, `where 1 = 0`).
-- TODO: read your stg_caredirector__* models, keep one row per raw row in scope, and output exactly
-- these SSD fields (spec ssd_assessment_factors) plus _source_table, _source_key and _dq_reason (null for
-- an SSD-bound row; otherwise a reason from seeds/ssd/ssd__dq_reasons.csv). Then delete `where 1 = 0`
-- and add a row_conservation test in _int_caredirector__models.yml. See SUPPLIERS.md.
--   cinf_table_id                 string    CINF003A   Assessment Factors Table ID [primary key; required (not null)]
--   cinf_assessment_id            string    CINF001A   Assessment ID [required (not null); joins
--                                 ssd_cin_assessments.cina_assessment_id]
--   cinf_assessment_factors_json  string    CINF002A   Assessment Factors
with final as (

    select
        cast(null as {{ ssd_type('string') }}) as cinf_table_id,
        cast(null as {{ ssd_type('string') }}) as cinf_assessment_id,
        cast(null as {{ ssd_type('string') }}) as cinf_assessment_factors_json,
        cast(null as {{ ssd_type('string') }}) as _source_table,
        cast(null as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    where 1 = 0

)

select * from final

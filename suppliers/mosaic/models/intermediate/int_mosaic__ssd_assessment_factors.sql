-- ssd_assessment_factors: one row per assessment (DM_CIN_ASSESS_FACTORS.ASSESSMENT_ID = the assessment
-- step) with the JSON array of its distinct factor codes in the DfE order (seed sort_order). Driven by the
-- distinct assessment ids of DM_CIN_ASSESS_FACTORS (a factor recorded twice counts once); cinf_table_id =
-- the assessment id (the extract left it null). Factors of assessments not in ssd_cin_assessments are quarantined.
with factors as (

    select distinct
        factors.assessment_id,
        upper(factors.factor_value) as factor_code,
        seed.sort_order
    from {{ ref('stg_mosaic__dm_cin_assess_factors') }} as factors
    left join {{ ref('dfe__cin_assessment_factors') }} as seed
        on upper(factors.factor_value) = upper(seed.code)

),

assessments as (

    select cina_assessment_id from {{ ref('int_mosaic__ssd_cin_assessments') }}
    where _dq_reason is null

),

grouped as (

    select
        assessment_id,
        {{ ssd_json_array('factor_code', 'sort_order') }} as factors_json
    from factors
    group by assessment_id

),

final as (

    select
        grouped.assessment_id as cinf_table_id,
        grouped.assessment_id as cinf_assessment_id,
        grouped.factors_json as cinf_assessment_factors_json,
        'DM_CIN_ASSESS_FACTORS' as _source_table,
        grouped.assessment_id as _source_key,
        case
            when grouped.assessment_id is null then 'missing_key'
            when assessments.cina_assessment_id is null then 'assessment_not_in_ssd_cin_assessments'
        end as _dq_reason
    from grouped
    left join assessments
        on grouped.assessment_id = assessments.cina_assessment_id

)

select * from final

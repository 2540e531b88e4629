-- ssd_assessment_factors: one row per instance of the Child: Assessment form; SSD-bound rows are the
-- assessments in ssd_cin_assessments that recorded factors. Factors: the CINCensus_* parent/child/other
-- controls answered Yes and each CINCensus_childSpecificFactor short code, recoded through seed
-- eclipse__assessment_factors; the JSON array lists the codes in the DfE factor seed's sort_order and never
-- holds nulls (the extract's array does). cinf_table_id = cinf_assessment_id = the INSTANCEID.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = '94b3f530-a918-4f33-85c2-0ae355c9c2fd'

),

factor_controls as (

    select
        controls.control_name,
        lower(controls.short_answer) as short_answer,
        controls.dfe_code,
        dfe.sort_order
    from {{ ref('eclipse__assessment_factors') }} as controls
    inner join {{ ref('dfe__cin_assessment_factors') }} as dfe
        on controls.dfe_code = dfe.code

),

factor_answers as (

    select
        answers.instance_id,
        factor_controls.dfe_code,
        factor_controls.sort_order
    from {{ ref('stg_eclipse__form_answers') }} as answers
    inner join factor_controls
        on answers.control_name = factor_controls.control_name
            and lower(coalesce(answers.short_answer_value, answers.answer_value)) = factor_controls.short_answer
    where answers.instance_id is not null
    group by answers.instance_id, factor_controls.dfe_code, factor_controls.sort_order

),

factors as (

    select
        instance_id,
        {{ ssd_json_array('dfe_code', order_by='sort_order') }} as factors_json
    from factor_answers
    group by instance_id

),

assessments as (

    select cina_assessment_id from {{ ref('int_eclipse__ssd_cin_assessments') }}
    where _dq_reason is null

),

final as (

    select
        forms.instance_id as cinf_table_id,
        forms.instance_id as cinf_assessment_id,
        factors.factors_json as cinf_assessment_factors_json,
        'FORMANSWERPERSONVIEW' as _source_table,
        forms.instance_id as _source_key,
        case
            when assessments.cina_assessment_id is null then 'assessment_not_in_ssd_cin_assessments'
            when factors.factors_json is null then 'no_assessment_factors'
        end as _dq_reason
    from forms
    left join factors
        on forms.instance_id = factors.instance_id
    left join assessments
        on forms.instance_id = assessments.cina_assessment_id

)

select * from final

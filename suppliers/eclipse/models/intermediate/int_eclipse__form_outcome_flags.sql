-- Ticked outcome options of the multi-select controls (referral next steps, assessment worker outcome,
-- S47 next steps, conference next steps),
-- recoded to the SSD outcome-JSON keys through seed eclipse__outcome_labels (trimmed, case-insensitive).
-- One row per (form instance, JSON column, key); options matching no label are not flags.
with answers as (

    select * from {{ ref('stg_eclipse__form_answers') }}
    where instance_id is not null
        and control_name in (
            'AnnexAReturn_nextSteps_agreed',
            'WorkerOutcome',
            'CINCensus_whatNeedsToHappenNext',
            'ChildProtectionNextStep'
        )

),

labels as (

    select
        json_column,
        lower(trim(answer_text)) as answer_text,
        flag_key
    from {{ ref('eclipse__outcome_labels') }}

),

final as (

    select
        answers.instance_id,
        labels.json_column,
        labels.flag_key
    from answers
    inner join labels
        on lower(answers.answer_value) = labels.answer_text
            and labels.json_column = case answers.control_name
                when 'WorkerOutcome' then 'cina_assessment_outcome_json'
                when 'CINCensus_whatNeedsToHappenNext' then 's47e_s47_outcome_json'
                when 'ChildProtectionNextStep' then 'icpc_icpc_outcome_json'
                else 'cine_referral_outcome_json'
            end
    group by answers.instance_id, labels.json_column, labels.flag_key

)

select * from final

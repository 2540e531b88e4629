-- ssd_sdq_scores: one row per Child in Care: SDQ scores form (design fb7f6ffc-...). Date:
-- 903Return_dateOfLatestSDQRecord; score: the questionnaire score answer as an integer; reason for no score:
-- the answer text recoded through seed eclipse__sdq_reason. SSD-bound rows: COMPLETE forms of people in
-- ssd_person with a numeric score or a known reason.
with forms as (

    select * from {{ ref('int_eclipse__form_instances') }}
    where design_guid = 'fb7f6ffc-e8a1-4b45-8eaa-356a5be33895'

),

reasons as (

    {{ eclipse_seed_lookup('eclipse__sdq_reason', 'answer_text', 'dfe_code') }}

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

joined as (

    select
        forms.*,
        reasons.dfe_code as reason_code,
        people.pers_person_id,
        forms.youngpersonsstrengthsanddifficultiesquestionnairescore as score_text
    from forms
    left join reasons
        on lower(forms.r903_return_reasonfornotsubmittingsdq) = reasons.answer_text
    left join people
        on forms.person_id = people.pers_person_id

),

checked as (

    select
        joined.*,
        translate(score_text, '0123456789', '') = '' as score_is_number
    from joined

),

final as (

    select
        instance_id as csdq_table_id,
        person_id as csdq_person_id,
        r903_return_dateoflatestsdqrecord as csdq_sdq_completed_date,
        reason_code as csdq_sdq_reason,
        case when score_is_number then cast(score_text as {{ ssd_type('integer') }}) end as csdq_sdq_score,
        'FORMANSWERPERSONVIEW' as _source_table,
        instance_id as _source_key,
        case
            when coalesce(instance_state, '') <> 'COMPLETE' then 'form_not_complete'
            when pers_person_id is null then 'person_not_in_ssd_person'
            when score_text is not null and not score_is_number then 'unparseable_sdq_score'
            when r903_return_reasonfornotsubmittingsdq is not null and reason_code is null then 'unknown_sdq_reason'
            when score_text is null and reason_code is null then 'no_sdq_answer'
        end as _dq_reason
    from checked

)

select * from final

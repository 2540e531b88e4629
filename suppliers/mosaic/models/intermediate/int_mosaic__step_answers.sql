-- Helper: the single-valued cached form answers of conference and review steps, one row per workflow step:
-- cp_meeting_id, cp_target_date, cp_transfer_in (initial conferences), cp_review_due, cp_quorate,
-- cp_participation (CP reviews), lac_review_due (CLA reviews). The question user codes are this LA's.
select
    workflow_step_id,
    cast(
        max(case when question_user_code = 'cp_meeting_id' then cast(number_answer as bigint) end)
        as {{ ssd_type('string') }}
    ) as meeting_id,
    max(case when question_user_code = 'cp_target_date' then date_answer end) as target_date,
    max(case when question_user_code = 'cp_transfer_in' then {{ ssd_yn('text_answer') }} end) as transfer_in,
    max(case when question_user_code = 'cp_review_due' then date_answer end) as cp_review_due,
    max(case when question_user_code = 'cp_quorate' then {{ ssd_yn('text_answer') }} end) as quorate,
    max(case when question_user_code = 'cp_participation' then text_answer end) as participation,
    max(case when question_user_code = 'lac_review_due' then date_answer end) as lac_review_due
from {{ ref('stg_mosaic__dm_cached_form_answers') }}
where workflow_step_id is not null
group by workflow_step_id

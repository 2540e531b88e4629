-- Helper: one row per visit recorded as a workflow step (DM_VISITS.VISIT_SOURCE = 'Mos Step'; DM_VISITS
-- row id = the step id) with its cached form answers child_seen and seen_bedroom as Y/N.
select
    workflow_step_id as visit_id,
    max(case when question_user_code = 'child_seen' then {{ ssd_yn('text_answer') }} end) as seen,
    max(case when question_user_code = 'seen_bedroom' then {{ ssd_yn('text_answer') }} end) as bedroom
from {{ ref('stg_mosaic__dm_cached_form_answers') }}
where question_user_code in ('child_seen', 'seen_bedroom')
group by workflow_step_id

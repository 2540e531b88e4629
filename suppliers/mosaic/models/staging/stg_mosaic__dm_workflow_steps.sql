-- One row per DM_WORKFLOW_STEPS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_workflow_steps') }}

),

renamed as (

    select
        {{ ssd_id('workflow_step_id') }} as workflow_step_id,
        {{ ssd_id('workflow_step_type_id') }} as workflow_step_type_id,
        {{ ssd_id('subgroup_id') }} as subgroup_id,
        {{ ssd_clean_text('step_status') }} as step_status,
        cast(incoming_on as {{ ssd_type('timestamp') }}) as incoming_on,
        cast(started_on as {{ ssd_type('timestamp') }}) as started_on,
        cast(completed_on as {{ ssd_type('timestamp') }}) as completed_on,
        cast(cancelled_on as {{ ssd_type('timestamp') }}) as cancelled_on,
        {{ ssd_id('responsible_team_id') }} as responsible_team_id,
        {{ ssd_id('assignee_id') }} as assignee_id,
        {{ ssd_clean_text('is_child_contact') }} as is_child_contact,
        {{ ssd_clean_text('is_child_referral') }} as is_child_referral,
        {{ ssd_clean_text('is_continuous_assessment') }} as is_continuous_assessment,
        {{ ssd_clean_text('is_section_47_enquiry') }} as is_section_47_enquiry,
        {{ ssd_clean_text('is_missing_or_absent') }} as is_missing_or_absent,
        {{ ssd_clean_text('cp_conference_category') }} as cp_conference_category,
        cast(cp_conference_actual_date as {{ ssd_type('timestamp') }}) as cp_conference_actual_date,
        cast(strategy_discussion_date as {{ ssd_type('timestamp') }}) as strategy_discussion_date,
        {{ ssd_clean_text('lac_review_category') }} as lac_review_category,
        cast(lac_review_date as {{ ssd_type('timestamp') }}) as lac_review_date,
        {{ ssd_clean_text('lac_review_participation_code') }} as lac_review_participation_code
    from source

)

select * from renamed

-- Helper: one row per DM_WORKFLOW_STEPS row with the child it is for. Steps belong to subgroups, not people:
-- the person is the subgroup's PER subject (DM_SUBGROUP_SUBJECTS; worker and organisation subjects are not
-- people). The simulated Mosaic files each child's work in the child's own household subgroup, so there is
-- one PER subject per subgroup; the lowest is taken so a shared subgroup can never fan a step out.
with steps as (

    select * from {{ ref('stg_mosaic__dm_workflow_steps') }}

),

subjects as (

    {{ mosaic_subgroup_person() }}

),

final as (

    select
        steps.*,
        subjects.person_id,
        cast(cast(steps.started_on as date) as {{ ssd_type('timestamp') }}) as started_date,
        cast(cast(steps.completed_on as date) as {{ ssd_type('timestamp') }}) as completed_date,
        cast(cast(steps.incoming_on as date) as {{ ssd_type('timestamp') }}) as incoming_date,
        row_number() over (partition by steps.workflow_step_id order by steps.started_on) as key_row
    from steps
    left join subjects
        on steps.subgroup_id = subjects.subgroup_id

)

select * from final

-- ssd_involvements: one row per FACT_INVOLVEMENTS row (no window; every involvement type: CW, 16PLUS,
-- key agencies...); SSD-bound rows have a start date and belong to people in ssd_person. The team is
-- DIM_DEPARTMENT_ID, or FACT_WORKER_HISTORY_DEPARTMENT_ID when that is -1; worker and referral -1 -> null.
with involvements as (

    select * from {{ ref('stg_liquidlogic__involvements') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        involvements.*,
        {{ ssd_key_row('involvements', 'involvement_key') }} as key_row,
        {{ ssd_key_conflict('involvements', 'involvement_key') }} as key_conflict
    from involvements

),

joined as (

    select
        numbered.*,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        involvement_id as invo_involvements_id,
        worker_id as invo_professional_id,
        involvement_type_code as invo_professional_role_id,
        coalesce(team_id, worker_history_team_id) as invo_professional_team,
        start_date as invo_involvement_start_date,
        end_date as invo_involvement_end_date,
        worker_change_reason_code as invo_worker_change_reason,
        person_id as invo_person_id,
        referral_id as invo_referral_id,
        'FACT_INVOLVEMENTS' as _source_table,
        involvement_key as _source_key,
        case
            when involvement_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when start_date is null then 'missing_start_date'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final

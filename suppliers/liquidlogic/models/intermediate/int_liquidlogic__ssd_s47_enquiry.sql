-- ssd_s47_enquiry from FACT_S47: one row per raw row, with _dq_reason for rows kept out of the SSD.
-- The HDM stores the completing worker's STAFF_ID: look it up in DIM_WORKER to get the worker id.
with s47 as (

    select * from {{ ref('stg_liquidlogic__s47_enquiries') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

workers as (

    select * from {{ ref('stg_liquidlogic__workers') }}

),

-- STAFF_ID is meant to be unique; an ambiguous staff id resolves to no worker rather than fanning out.
worker_by_staff_id as (

    select
        upper(staff_id) as staff_key,
        min(worker_id) as worker_id
    from workers
    where staff_id is not null and worker_id is not null
    group by upper(staff_id)
    having count(*) = 1

),

numbered as (

    select
        s47.*,
        {{ ssd_key_row('s47', 's47_enquiry_key') }} as key_row,
        {{ ssd_key_conflict('s47', 's47_enquiry_key') }} as key_conflict
    from s47

),

joined as (

    select
        numbered.*,
        worker_by_staff_id.worker_id as completed_by_worker_id,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join worker_by_staff_id
        on upper(numbered.completed_by_staff_id) = worker_by_staff_id.staff_key
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        s47_enquiry_id as s47e_s47_enquiry_id,
        referral_id as s47e_referral_id,
        person_id as s47e_person_id,
        start_date as s47e_s47_start_date,
        end_date as s47e_s47_end_date,
        outcome_nfa_flag as s47e_s47_nfa,
        {{ ssd_outcome_json(liquidlogic_outcome_pairs('s47e_s47_outcome_json')) }} as s47e_s47_outcome_json,
        completed_by_worker_id as s47e_s47_completed_by_worker_id,
        completed_by_team_id as s47e_s47_completed_by_team,
        'FACT_S47' as _source_table,
        s47_enquiry_key as _source_key,
        case
            when s47_enquiry_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final

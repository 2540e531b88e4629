-- Allocated case workers and teams of each child, for the "worker / team at an event date" lookups: one
-- row per allocated-worker relationship (RELATIONSHIPPROFESSIONALVIEW, ALLOCATEDWORKERCODE = AW) and one
-- per allocated-team relationship (PERSONORGRELATIONSHIPVIEW, ALLOCATEDTEAMCODE = AT). Event models take
-- the allocation that had started on the event date (the latest start on or before it; ties: highest key).
-- Open allocations (no end date) are kept: the extract's `start < end` join silently drops them.
with workers as (

    select
        'worker' as allocation_kind,
        person_id,
        worker_id as allocated_id,
        start_date,
        relationship_key as allocation_key
    from {{ ref('stg_eclipse__professional_relationships') }}
    where allocated_worker_code = 'AW' and person_id is not null and start_date is not null

),

teams as (

    select
        'team' as allocation_kind,
        person_id,
        team_id as allocated_id,
        start_date,
        allocation_key
    from {{ ref('stg_eclipse__team_allocations') }}
    where allocated_team_code = 'AT' and person_id is not null and start_date is not null

),

final as (

    select * from workers
    union all
    select * from teams

)

select * from final

-- ssd_early_help_episodes: one row per CLASSIFICATIONPERSONVIEW row on the Early Help path (69 in the simulated
-- LA; codes 699 Early Help and 1271 Family Help - Early Help). A running episode is re-classified by ending one
-- assignment ('Re-classified') and starting the next the same or next day: such a chain is one episode, whose
-- id is its first assignment's, start = min start, end = max end (null while any part is open); the chain's
-- later rows are quarantined as merged_into_earlier_period. Unlike the extract's merge of any periods within a
-- day, only re-classified assignments are chained: a child can have two early help episodes at once, and a new
-- episode may follow a closed one the next day. Reason: the answer of the person's latest COMPLETE Early Help:
-- Request for support form (design 3a7e5c21-...) started on or before the episode start. End reason: the
-- COMPLETE closure form (Early Help: Closure 12bb8ca2-..., or Family Help: Closure 57eef045-...) dated on the
-- episode end, recoded through seed eclipse__early_help_end_reason. Organisation: the provider allocated with
-- ALLOCATEDTEAMCODE EH that had started on the episode start, its name recoded through seed
-- eclipse__early_help_organisation. Worker: null (no early-help worker allocation is recorded).
with assignments as (

    select * from {{ ref('stg_eclipse__person_classifications') }}
    where path_id = 69

),

live as (

    select * from assignments
    where coalesce(status, '') <> 'DELETED' and person_id is not null and start_date is not null

),

-- The assignment a row continues: the person's assignment ended 'Re-classified' the same or the day before.
links as (

    select
        live.assignment_key,
        max(previous.assignment_key) as previous_key
    from live
    inner join live as previous
        on
            live.person_id = previous.person_id
            and live.assignment_key <> previous.assignment_key
            and lower(coalesce(previous.end_reason, '')) = 're-classified'
            and previous.end_date is not null
            and {{ ssd_days_between('previous.end_date', 'live.start_date') }} between 0 and 1
    group by live.assignment_key

),

-- Each row's episode: the first assignment of its chain (chains of up to three assignments are followed).
heads as (

    select
        live.assignment_key,
        live.person_id,
        live.start_date,
        live.end_date,
        coalesce(second_links.previous_key, links.previous_key, live.assignment_key) as head_key
    from live
    left join links
        on live.assignment_key = links.assignment_key
    left join links as second_links
        on links.previous_key = second_links.assignment_key

),

episodes as (

    select
        heads.head_key,
        min(heads.start_date) as episode_start,
        case when count(*) = count(heads.end_date) then max(heads.end_date) end as episode_end
    from heads
    group by heads.head_key

),

members as (

    select
        heads.assignment_key,
        heads.person_id,
        head_rows.assignment_id as episode_id,
        episodes.episode_start,
        episodes.episode_end
    from heads
    inner join episodes
        on heads.head_key = episodes.head_key
    inner join live as head_rows
        on heads.head_key = head_rows.assignment_key

),

answers as (

    select * from {{ ref('stg_eclipse__form_answers') }}
    where instance_state = 'COMPLETE' and instance_id is not null

),

requests as (

    select
        members.assignment_key,
        answers.answer_value as reason,
        row_number() over (
            partition by members.assignment_key
            order by answers.date_started desc, answers.instance_id desc
        ) as request_row
    from members
    inner join answers
        on
            members.person_id = answers.person_id
            and members.episode_start >= answers.date_started
    where
        answers.design_guid = '3a7e5c21-9b4d-4f0e-8c6a-2d1f0b9e7a54'
        and answers.control_name = 'reasonForRequest'

),

closure_forms as (

    select
        instance_id,
        max(person_id) as person_id,
        max(case when control_name in ('dateOfClosure', 'dateCaseClosed') then date_answer_value end) as closure_date,
        max(
            case when control_name in ('AnnexA_reasonForClosure1', 'reasonForClosure1') then answer_value end
        ) as closure_reason
    from answers
    where design_guid in ('12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0', '57eef045-0dbb-4df4-8dbd-bb07acf99e99')
    group by instance_id

),

end_reasons as (

    {{ eclipse_seed_lookup('eclipse__early_help_end_reason', 'answer_text', 'end_reason_code') }}

),

closures as (

    select
        members.assignment_key,
        end_reasons.end_reason_code,
        row_number() over (
            partition by members.assignment_key order by closure_forms.instance_id desc
        ) as closure_row
    from members
    inner join closure_forms
        on
            members.person_id = closure_forms.person_id
            and members.episode_end = closure_forms.closure_date
    left join end_reasons
        on lower(closure_forms.closure_reason) = end_reasons.answer_text

),

providers as (

    {{ eclipse_seed_lookup('eclipse__early_help_organisation', 'organisation_name', 'organisation_code') }}

),

allocations as (

    select
        members.assignment_key,
        providers.organisation_code,
        row_number() over (
            partition by members.assignment_key
            order by team_allocations.start_date desc, team_allocations.allocation_key desc
        ) as allocation_row
    from members
    inner join {{ ref('stg_eclipse__team_allocations') }} as team_allocations
        on
            members.person_id = team_allocations.person_id
            and members.episode_start >= team_allocations.start_date
            and team_allocations.allocated_team_code = 'EH'
    inner join {{ ref('stg_eclipse__organisations') }} as organisations
        on team_allocations.team_id = organisations.organisation_id
    left join providers
        on lower(organisations.organisation_name) = providers.organisation_name

),

people as (

    select pers_person_id from {{ ref('int_eclipse__ssd_person') }}
    where _dq_reason is null

),

final as (

    select
        assignments.assignment_id as earl_episode_id,
        assignments.person_id as earl_person_id,
        members.episode_start as earl_episode_start_date,
        members.episode_end as earl_episode_end_date,
        requests.reason as earl_episode_reason,
        closures.end_reason_code as earl_episode_end_reason,
        allocations.organisation_code as earl_episode_organisation,
        cast(null as {{ ssd_type('string') }}) as earl_episode_worker_id,
        'CLASSIFICATIONPERSONVIEW' as _source_table,
        assignments.assignment_key as _source_key,
        case
            when assignments.assignment_id is null then 'missing_key'
            when coalesce(assignments.status, '') = 'DELETED' then 'deleted_classification'
            when assignments.start_date is null then 'missing_start_date'
            when members.episode_id <> assignments.assignment_id then 'merged_into_earlier_period'
            when people.pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from assignments
    left join members
        on assignments.assignment_key = members.assignment_key
    left join requests
        on assignments.assignment_key = requests.assignment_key and requests.request_row = 1
    left join closures
        on assignments.assignment_key = closures.assignment_key and closures.closure_row = 1
    left join allocations
        on assignments.assignment_key = allocations.assignment_key and allocations.allocation_row = 1
    left join people
        on assignments.person_id = people.pers_person_id

)

select * from final

-- Ofsted Annex A list 2: one row per early help episode (assessment) open at any time in the window.
with

people as (
    {{ annex_a_people() }}
),

episodes as (
    select
        earl_episode_id,
        earl_person_id,
        cast(earl_episode_start_date as date) as start_date,
        {{ annex_a_by_extract('earl_episode_end_date') }} as end_date,
        earl_episode_organisation
    from {{ ref('ssd_early_help_episodes') }}
    where {{ ssd_overlaps_period('earl_episode_start_date', 'earl_episode_end_date',
                                 annex_a_window_start(), annex_a_extract_date()) }}
)

select
    e.earl_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    e.start_date as assessment_start_date,
    e.end_date as assessment_completion_date,
    e.earl_episode_organisation as organisation_completing_assessment
from episodes as e
left join people as p on e.earl_person_id = p.person_id

{#-
    SSDA903 PrevPerm: one row per child who started to be looked after in the reporting year (an episode
    with RNE = S and DECOM from 1 April to 31 March; 630, 634), with the previous-permanence answer
    recorded for the child. The SSD links previous-permanence rows to the person, not to a period of
    care, so a child with several rows gets the most recently recorded one (highest lapp_table_id,
    compared as a number when it is one). A child with no row is still sent, with PREV_PERM blank,
    so that rule 630 shows the LA the missing answer. At most one row per child (INT35).
-#}

-- DfE column names are upper case and must stay quoted (PostgreSQL folds unquoted names to lower case).
-- noqa: disable=RF06

with

episodes as (
    select * from {{ ref('ssd_cla_episodes') }}
),

previous_permanence as (
    select * from {{ ref('ssd_cla_previous_permanence') }}
),

people as (
    select * from {{ ref('ssd_person') }}
),

starters as (
    select distinct clae_person_id
    from episodes
    where
        clae_cla_episode_start_reason = 'S'
        and cast(clae_cla_episode_start_date as date) between {{ ssd_fy_start() }} and {{ ssd_fy_end() }}
),

ranked as (
    select
        lapp_person_id,
        lapp_previous_permanence_option,
        lapp_previous_permanence_la,
        lapp_previous_permanence_order_date,
        row_number() over (
            partition by lapp_person_id
            order by length(lapp_table_id) desc, lapp_table_id desc
        ) as rank_latest
    from previous_permanence
),

final as (
    select
        starters.clae_person_id as "CHILD",
        cast(people.pers_dob as date) as "DOB",
        ranked.lapp_previous_permanence_option as "PREV_PERM",
        ranked.lapp_previous_permanence_la as "LA_PERM",
        -- Text: the DfE allows unknown parts as ZZ (zz/mm/yyyy), so this is not a date column.
        ranked.lapp_previous_permanence_order_date as "DATE_PERM"
    from starters
    left join ranked
        on
            starters.clae_person_id = ranked.lapp_person_id
            and ranked.rank_latest = 1
    left join people
        on starters.clae_person_id = people.pers_person_id
)

select * from final

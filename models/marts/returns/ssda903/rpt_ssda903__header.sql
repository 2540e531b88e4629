-- SSDA903 Header: one row per child in the return (looked after at any point in the year, or in the
-- OC3 care-leaver cohort). Grain: CHILD.
with

episodes as (
    {{ ssda903_outcomes_episodes() }}
),

in_year as (
    select *
    from episodes
    where dec is null or dec >= {{ ssd_fy_start() }}
),

looked_after as (
    select
        person_id,
        max(case when coalesce(ls, '') in ('V3', 'V4') then 0 else 1 end) as has_non_short_break
    from in_year
    group by person_id
),

-- The date up to which a child counts as a mother (rule 625): the day she ceased to be looked after
-- if her latest episode in the year has ended, else 31 March.
latest_episode as (
    select
        person_id,
        coalesce(dec, {{ ssd_fy_end() }}) as mother_cutoff
    from (
        select
            person_id,
            dec,
            row_number() over (partition by person_id order by decom desc, episode_id desc) as latest
        from in_year
    ) as ranked
    where latest = 1
),

care_leavers as (
    {{ ssda903_outcomes_oc3_cohort() }}
),

children as (
    select
        person_id,
        has_non_short_break
    from looked_after

    union all

    select
        person_id,
        0 as has_non_short_break
    from care_leavers
    where person_id not in (select l.person_id from looked_after as l)
),

births as (
    select
        moth_person_id as person_id,
        cast(moth_childs_dob as date) as childs_dob
    from {{ ref('ssd_mother') }}
    where moth_person_id is not null
),

motherhood as (
    select
        latest_episode.person_id,
        min(case when births.childs_dob <= latest_episode.mother_cutoff then births.childs_dob end)
            as first_childs_dob,
        count(births.childs_dob) as dated_births
    from latest_episode
    left join births
        on latest_episode.person_id = births.person_id
    group by latest_episode.person_id
),

person as (
    select
        pers_person_id as person_id,
        upper(trim(pers_sex)) as sex,
        cast(pers_dob as date) as dob,
        upper(trim(pers_ethnicity)) as ethnic,
        nullif(upper(trim(pers_upn)), '') as upn,
        upper(trim(pers_upn_unknown)) as upn_unknown,
        {{ ssd_yn('pers_is_mother') }} as is_mother
    from {{ ref('ssd_person') }}
),

final as (
    select
        person.person_id as {{ adapter.quote('CHILD') }},
        person.sex as {{ adapter.quote('SEX') }},
        person.dob as {{ adapter.quote('DOB') }},
        person.ethnic as {{ adapter.quote('ETHNIC') }},
        coalesce(
            person.upn,
            case when person.upn_unknown in ('UN1', 'UN2', 'UN3', 'UN4', 'UN5') then person.upn_unknown end
        ) as {{ adapter.quote('UPN') }},
        case
            when person.sex = 'F' and children.has_non_short_break = 1
                then
                    case
                        when motherhood.first_childs_dob is not null then '1'
                        when person.is_mother = 'Y' and coalesce(motherhood.dated_births, 0) = 0 then '1'
                        else '0'
                    end
        end as {{ adapter.quote('MOTHER') }},
        case
            when person.sex = 'F' and children.has_non_short_break = 1
                then motherhood.first_childs_dob
        end as {{ adapter.quote('MC_DOB') }}
    from children
    inner join person
        on children.person_id = person.person_id
    left join motherhood
        on children.person_id = motherhood.person_id
)

select * from final

{#-
    Shared building blocks of the SSDA903 Header / OC2 / OC3 / AD1 / PlacedAdoption models
    (models/marts/returns/ssda903/). Each returns SQL text built only from ref('ssd_*') models and
    the project's date macros, so every return model stays a reader of the SSD layer alone.

    ssda903_outcomes_birthday(dob, years) -> date
        The date of the `years`-th birthday. A 29 February birthday falls on 1 March in a non-leap
        year (the rule ssd_age_at uses), not on 28 February as plain year arithmetic gives.

    ssda903_outcomes_episodes() -> select
        Every SSD care episode that started on or before 31 March of the reporting year, "as at
        31 March" (rules 354/385): an episode that ceased after 31 March is treated as open, so its
        dec and rec are null. Columns: person_id, episode_id, cla_id, decom, rne, dec, rec, ls, where
        ls is the legal status (903 LS) current on the episode's start date (ssd_legal_status period
        with start <= decom and end null or after decom; the latest such period if several).
        Filter on `dec is null or dec >= ssd_fy_start()` for the episodes in the return.

    ssda903_outcomes_oc3_cohort() -> select
        Young people in the OC3 cohort (see the OC3 model's description): person_id, dob, age_end
        (17-21: the birthday that falls in the year) and birthday (that birthday's date).
-#}

{% macro ssda903_outcomes_birthday(dob, years) -%}
    {{ return(adapter.dispatch('ssda903_outcomes_birthday', 'ssd')(dob, years)) }}
{%- endmacro %}

{% macro default__ssda903_outcomes_birthday(dob, years) -%}
    case
        when {{ _ssd_month_day_of(dob) }} = 229
            and {{ _ssd_month_day_of(dbt.dateadd('year', years, dob)) }} = 228
            then {{ ssd_add_days(dbt.dateadd('year', years, dob), 1) }}
        else cast({{ dbt.dateadd('year', years, dob) }} as date)
    end
{%- endmacro %}


{% macro ssda903_outcomes_episodes() -%}
    select
        episode_id,
        person_id,
        cla_id,
        decom,
        rne,
        dec,
        rec,
        ls
    from (
        select
            e.clae_cla_episode_id as episode_id,
            e.clae_person_id as person_id,
            e.clae_cla_id as cla_id,
            cast(e.clae_cla_episode_start_date as date) as decom,
            upper(trim(e.clae_cla_episode_start_reason)) as rne,
            case
                when cast(e.clae_cla_episode_ceased_date as date) <= {{ ssd_fy_end() }}
                    then cast(e.clae_cla_episode_ceased_date as date)
            end as dec,
            case
                when cast(e.clae_cla_episode_ceased_date as date) <= {{ ssd_fy_end() }}
                    then upper(trim(e.clae_cla_episode_ceased_reason))
            end as rec,
            upper(trim(l.lega_legal_status)) as ls,
            row_number() over (
                partition by e.clae_cla_episode_id
                order by l.lega_legal_status_start_date desc, l.lega_legal_status_id desc
            ) as ls_rank
        from {{ ref('ssd_cla_episodes') }} as e
        left join {{ ref('ssd_legal_status') }} as l
            on
                e.clae_person_id = l.lega_person_id
                and cast(l.lega_legal_status_start_date as date) <= cast(e.clae_cla_episode_start_date as date)
                and (
                    l.lega_legal_status_end_date is null
                    or cast(l.lega_legal_status_end_date as date) > cast(e.clae_cla_episode_start_date as date)
                )
        where
            e.clae_person_id is not null
            and cast(e.clae_cla_episode_start_date as date) <= {{ ssd_fy_end() }}
    ) as ranked
    where ls_rank = 1
{%- endmacro %}


{% macro ssda903_outcomes_oc3_cohort() -%}
    select
        person_id,
        dob,
        age_end,
        birthday
    from (
        select
            people.person_id,
            people.dob,
            people.age_end,
            people.birthday,
            sum(
                case
                    when coalesce(eps.ls, '') in ('V3', 'V4') then 0
                    when coalesce(eps.dec, {{ ssd_fy_end() }}) <= people.birthday_14 then 0
                    when eps.decom >= people.birthday_14
                        then {{ ssd_days_between('eps.decom', 'coalesce(eps.dec, ' ~ ssd_fy_end() ~ ')') }}
                    else {{ ssd_days_between('people.birthday_14', 'coalesce(eps.dec, ' ~ ssd_fy_end() ~ ')') }}
                end
            ) as days_since_14,
            sum(
                case
                    when coalesce(eps.ls, '') in ('V3', 'V4') then 0
                    when coalesce(eps.dec, {{ ssd_fy_end() }}) <= people.birthday_16 then 0
                    when coalesce(eps.dec, {{ ssd_fy_end() }}) <= eps.decom then 0
                    else 1
                end
            ) as episodes_after_16,
            sum(
                case when eps.dec is null or eps.dec >= people.birthday then 1 else 0 end
            ) as episodes_on_or_after_birthday
        from (
            select
                person_id,
                dob,
                age_end,
                {{ ssda903_outcomes_birthday('dob', 'age_end') }} as birthday,
                {{ ssda903_outcomes_birthday('dob', 14) }} as birthday_14,
                {{ ssda903_outcomes_birthday('dob', 16) }} as birthday_16
            from (
                select
                    pers_person_id as person_id,
                    cast(pers_dob as date) as dob,
                    {{ ssd_age_at('pers_dob', ssd_fy_end()) }} as age_end
                from {{ ref('ssd_person') }}
            ) as aged
            where age_end between 17 and 21
        ) as people
        inner join ({{ ssda903_outcomes_episodes() }}) as eps
            on people.person_id = eps.person_id
        group by people.person_id, people.dob, people.age_end, people.birthday
    ) as care
    where
        episodes_after_16 > 0
        and episodes_on_or_after_birthday = 0
        and days_since_14 >= 91
        and person_id not in (
            select final_eps.person_id
            from (
                select
                    person_id,
                    rec,
                    row_number() over (partition by person_id order by decom desc, episode_id desc) as latest
                from ({{ ssda903_outcomes_episodes() }}) as all_eps
            ) as final_eps
            where final_eps.latest = 1 and final_eps.rec in ('E2', 'E3', 'E11', 'E12')
        )
{%- endmacro %}

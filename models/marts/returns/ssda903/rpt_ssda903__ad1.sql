-- SSDA903 AD1: one row per child adopted in the year (an episode ceasing in the year with REC E11 or
-- E12). Grain: CHILD.
with

episodes as (
    {{ ssda903_outcomes_episodes() }}
),

adoptions as (
    select
        person_id,
        cla_id
    from (
        select
            person_id,
            cla_id,
            row_number() over (partition by person_id order by dec desc, episode_id desc) as latest
        from episodes
        where
            dec between {{ ssd_fy_start() }} and {{ ssd_fy_end() }}
            and rec in ('E11', 'E12')
    ) as ranked
    where latest = 1
),

-- The adoption record of that period of care (the one with the latest ADM decision if several).
permanence as (
    select
        person_id,
        date_int,
        date_match,
        foster_care,
        nb_adoptr,
        sex_adoptr,
        ls_adoptr
    from (
        select
            adoptions.person_id,
            cast(perm.perm_adm_decision_date as date) as date_int,
            cast(perm.perm_matched_date as date) as date_match,
            case {{ ssd_yn('perm.perm_adopted_by_carer_flag') }}
                when 'Y' then '1'
                when 'N' then '0'
            end as foster_care,
            cast(perm.perm_number_of_adopters as {{ ssd_type('string') }}) as nb_adoptr,
            upper(trim(perm.perm_adopter_sex)) as sex_adoptr,
            upper(trim(perm.perm_adopter_legal_status)) as ls_adoptr,
            row_number() over (
                partition by adoptions.person_id
                order by
                    case when perm.perm_adm_decision_date is null then 1 else 0 end,
                    perm.perm_adm_decision_date desc,
                    perm.perm_table_id desc
            ) as latest
        from adoptions
        inner join {{ ref('ssd_permanence') }} as perm
            on
                adoptions.person_id = perm.perm_person_id
                and (adoptions.cla_id = perm.perm_cla_id or perm.perm_cla_id is null)
    ) as ranked
    where latest = 1
),

final as (
    select
        adoptions.person_id as {{ adapter.quote('CHILD') }},
        cast(person.pers_dob as date) as {{ adapter.quote('DOB') }},
        permanence.date_int as {{ adapter.quote('DATE_INT') }},
        permanence.date_match as {{ adapter.quote('DATE_MATCH') }},
        permanence.foster_care as {{ adapter.quote('FOSTER_CARE') }},
        permanence.nb_adoptr as {{ adapter.quote('NB_ADOPTR') }},
        permanence.sex_adoptr as {{ adapter.quote('SEX_ADOPTR') }},
        permanence.ls_adoptr as {{ adapter.quote('LS_ADOPTR') }}
    from adoptions
    inner join {{ ref('ssd_person') }} as person
        on adoptions.person_id = person.pers_person_id
    left join permanence
        on adoptions.person_id = permanence.person_id
)

select * from final

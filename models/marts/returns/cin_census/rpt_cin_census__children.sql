-- One row per child in the CIN census: ChildIdentifiers and the Ethnicity of ChildCharacteristics.
-- A child is in the return when at least one CIN episode of theirs is (see cin_census__episodes_in_scope).
-- "As at 31 March": a child born after the ReferenceDate was unborn on it (expected date of birth, sex U),
-- and a death after it is not shown.
with

episodes as (
    {{ cin_census__episodes_in_scope() }}
),

children_in_scope as (
    select distinct cine_person_id as person_id
    from episodes
),

people as (
    select * from {{ ref('ssd_person') }}
),

former_upns as (
    select
        link_person_id as person_id,
        max(link_identifier_value) as former_upn
    from {{ ref('ssd_linked_identifiers') }}
    where
        link_identifier_type = 'Former Unique Pupil Number'
        and link_identifier_value is not null
    group by link_person_id
),

children as (
    select
        people.pers_person_id as child_id,
        nullif(trim(people.pers_upn), '') as upn,
        former_upns.former_upn,
        people.pers_upn_unknown as upn_unknown,
        -- born on or before the ReferenceDate
        {{ cin_census__as_at('people.pers_dob') }} as birth_date,
        cast(coalesce(people.pers_expected_dob, people.pers_dob) as date) as expected_or_actual_dob,
        people.pers_sex as sex,
        {{ cin_census__as_at('people.pers_death_date') }} as death_date,
        people.pers_ethnicity as ethnicity
    from children_in_scope
    inner join people
        on children_in_scope.person_id = people.pers_person_id
    left join former_upns
        on children_in_scope.person_id = former_upns.person_id
),

final as (
    select
        child_id as {{ cin_census__col('LAchildID') }},
        upn as {{ cin_census__col('UPN') }},
        former_upn as {{ cin_census__col('FormerUPN') }},
        case when upn is null then upn_unknown end as {{ cin_census__col('UPNunknown') }},
        birth_date as {{ cin_census__col('PersonBirthDate') }},
        case
            when birth_date is null then expected_or_actual_dob
        end as {{ cin_census__col('ExpectedPersonBirthDate') }},
        case
            when birth_date is null and expected_or_actual_dob is not null then 'U'
            else coalesce(sex, 'U')
        end as {{ cin_census__col('Sex') }},
        death_date as {{ cin_census__col('PersonDeathDate') }},
        coalesce(ethnicity, 'NOBT') as {{ cin_census__col('Ethnicity') }}
    from children
)

select * from final

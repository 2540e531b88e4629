-- One row per child and disability code (ChildCharacteristics / Disabilities / Disability), for the children
-- in the return. Codes are de-duplicated (rule 8794), and NONE is dropped when the child also has a real
-- disability code (rule 8790: NONE never goes with another code).
-- A child with no disability code in the SSD gets NONE when rule 8540 needs a code: born on/before 31 March
-- and with an episode in the return that went on to further action (ReferralNFA false). The SSD records
-- current disabilities only, so no row there means none recorded after assessment. Unborn children and
-- children whose every episode was a no-further-action referral get no Disability element.
with

episodes as (
    {{ cin_census__episodes_in_scope() }}
),

children_in_scope as (
    select
        cine_person_id as person_id,
        max(case when upper(trim(cine_referral_nfa)) = 'Y' then 0 else 1 end) as has_further_action
    from episodes
    group by cine_person_id
),

people as (
    select * from {{ ref('ssd_person') }}
),

recorded as (
    select distinct
        disability.disa_person_id as person_id,
        upper(trim(disability.disa_disability_code)) as disability_code
    from {{ ref('ssd_disability') }} as disability
    inner join children_in_scope
        on disability.disa_person_id = children_in_scope.person_id
    where nullif(trim(disability.disa_disability_code), '') is not null
),

children_with_a_disability as (
    select distinct person_id
    from recorded
    where disability_code <> 'NONE'
),

recorded_kept as (
    select
        recorded.person_id,
        recorded.disability_code
    from recorded
    left join children_with_a_disability
        on recorded.person_id = children_with_a_disability.person_id
    where recorded.disability_code <> 'NONE' or children_with_a_disability.person_id is null
),

none_inferred as (
    select
        children_in_scope.person_id,
        'NONE' as disability_code
    from children_in_scope
    inner join people
        on children_in_scope.person_id = people.pers_person_id
    left join recorded
        on children_in_scope.person_id = recorded.person_id
    where
        recorded.person_id is null
        and children_in_scope.has_further_action = 1
        and cast(people.pers_dob as date) <= {{ ssd_census_date() }}
),

codes as (
    select * from recorded_kept
    union all
    select * from none_inferred
),

final as (
    select
        person_id as {{ cin_census__col('LAchildID') }},
        disability_code as {{ cin_census__col('Disability') }}
    from codes
)

select * from final

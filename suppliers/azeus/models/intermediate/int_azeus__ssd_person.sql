-- ssd_person: one row per SVC_USR row (int_azeus__service_users says which are in scope and assembles the
-- DAY/MTH/YR dates). Sex from REG_GENDER and gender from CURRENT_GENDER (Male/Female, anything else U).
-- Ethnicity: the LA code recoded through seed azeus__ethnicity. Expected date of birth from the
-- EXPECTED_DOB_* parts (the D2I select reuses DOB_*: not done here). UPN: the valid (VALID_IND = Y) UPN row
-- of SVC_USR_ID whose EFFECT_DT_FR/TO window covers the as-at date, primary first, latest start first
-- (the D2I select joins any identifier row). UPN unknown: UPN_UNKNWN_REAS, only without a UPN.
-- Mother: a mother-to-child row in ssd_mother. No name, legacy id, common child id or SEND flag in the
-- known Azeus tables: null (CANNOT_CARRY).
with people as (

    select * from {{ ref('int_azeus__service_users') }}

),

ethnicity as (

    select
        upper(local_code) as local_code,
        max(dfe_code) as dfe_code
    from {{ ref('azeus__ethnicity') }}
    group by upper(local_code)

),

upns as (

    select
        person_id,
        identifier_value,
        row_number() over (
            partition by person_id
            order by case when is_primary = 'Y' then 0 else 1 end, effective_from desc, identifier_key desc
        ) as upn_row
    from {{ ref('stg_azeus__svc_usr_id') }}
    where identifier_type = 'UPN'
        and is_valid = 'Y'
        and person_id is not null
        and identifier_value is not null
        and effective_from <= {{ ssd_as_at_date() }}
        and (effective_to is null or effective_to > {{ ssd_as_at_date() }})

),

upn_unknown_codes as (

    select upper(code) as code from {{ ref('dfe__upn_unknown') }}

),

mothers as (

    select moth_person_id
    from {{ ref('int_azeus__ssd_mother') }}
    where _dq_reason is null
    group by moth_person_id

),

final as (

    select
        people.person_id as pers_person_id,
        cast(null as {{ ssd_type('string') }}) as pers_forename,
        cast(null as {{ ssd_type('string') }}) as pers_surname,
        case
            when people.registered_gender_text = 'male' then 'M'
            when people.registered_gender_text = 'female' then 'F'
            when people.registered_gender_text is not null then 'U'
        end as pers_sex,
        case
            when people.current_gender_text = 'male' then 'M'
            when people.current_gender_text = 'female' then 'F'
            when people.current_gender_text is not null then 'U'
        end as pers_gender,
        ethnicity.dfe_code as pers_ethnicity,
        people.birth_date as pers_dob,
        cast(null as {{ ssd_type('string') }}) as pers_common_child_id,
        cast(null as {{ ssd_type('string') }}) as pers_legacy_id,
        substr(upns.identifier_value, 1, 13) as pers_upn,
        case when upns.identifier_value is null then upn_unknown_codes.code end as pers_upn_unknown,
        cast(null as {{ ssd_type('string') }}) as pers_send_flag,
        people.expected_birth_date as pers_expected_dob,
        people.death_date as pers_death_date,
        case when mothers.moth_person_id is not null then 'Y' end as pers_is_mother,
        people.nationality_code as pers_nationality,
        'SVC_USR' as _source_table,
        people.person_key as _source_key,
        people._dq_reason
    from people
    left join ethnicity
        on people.ethnic_origin_code = ethnicity.local_code
    left join upns
        on people.person_id = upns.person_id and upns.upn_row = 1
    left join upn_unknown_codes
        on people.upn_unknown_reason = upn_unknown_codes.code
    left join mothers
        on people.person_id = mothers.moth_person_id

)

select * from final

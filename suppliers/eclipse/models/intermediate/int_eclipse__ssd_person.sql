-- ssd_person: one row per PERSONDEMOGRAPHICSVIEW row; SSD-bound rows are the people
-- int_eclipse__person_scope keeps. Sex from SEX (Male/Female, anything else U); gender from GENDER
-- (Man/Woman, anything else U) on the SSD's M/F/U scale (the extract's 01/02/09 codes are not used).
-- Ethnicity: the Eclipse text code recoded through seed eclipse__ethnicity (null when unknown). Date of
-- birth is DATEOFBIRTH; DUEDATE is the expected date of birth only while there is no date of birth (Eclipse
-- keeps the due date after the birth). UPN: the person's current (open, latest-starting) UPN reference
-- number, cut to 13 characters. UPN unknown: only without a UPN, the latest UN classification (group 2).
-- pers_send_flag: no source in Eclipse (null).
with persons as (

    select * from {{ ref('int_eclipse__person_scope') }}

),

ethnicity as (

    select
        upper(eclipse_ethnicity_code) as ethnicity_code,
        max(dfe_code) as dfe_code
    from {{ ref('eclipse__ethnicity') }}
    group by upper(eclipse_ethnicity_code)

),

upns as (

    select
        person_id,
        reference_number,
        row_number() over (
            partition by person_id order by start_date desc, reference_number_key desc
        ) as upn_row
    from {{ ref('stg_eclipse__reference_numbers') }}
    where reference_type_code = 'UPN' and end_date is null and person_id is not null
        and reference_number is not null

),

upn_unknown as (

    select
        assignments.person_id,
        classifications.classification_code,
        row_number() over (
            partition by assignments.person_id order by assignments.start_date desc, assignments.assignment_key desc
        ) as code_row
    from {{ ref('stg_eclipse__person_classifications') }} as assignments
    inner join {{ ref('stg_eclipse__classifications') }} as classifications
        on assignments.classification_id = classifications.classification_id
    inner join {{ ref('dfe__upn_unknown') }} as codes
        on classifications.classification_code = upper(codes.code)
    where classifications.classification_group_id = '2'
        and coalesce(assignments.status, '') <> 'DELETED'
        and assignments.person_id is not null

),

mothers as (

    select moth_person_id
    from {{ ref('int_eclipse__ssd_mother') }}
    where _dq_reason is null
    group by moth_person_id

),

final as (

    select
        persons.person_id as pers_person_id,
        persons.forename as pers_forename,
        persons.surname as pers_surname,
        case
            when persons.sex_text = 'male' then 'M'
            when persons.sex_text = 'female' then 'F'
            when persons.sex_text is not null then 'U'
        end as pers_sex,
        case
            when persons.gender_text = 'man' then 'M'
            when persons.gender_text = 'woman' then 'F'
            when persons.gender_text is not null then 'U'
        end as pers_gender,
        ethnicity.dfe_code as pers_ethnicity,
        persons.birth_date as pers_dob,
        cast(null as {{ ssd_type('string') }}) as pers_common_child_id,
        persons.carefirst_id as pers_legacy_id,
        substr(upns.reference_number, 1, 13) as pers_upn,
        case when upns.reference_number is null then upn_unknown.classification_code end as pers_upn_unknown,
        cast(null as {{ ssd_type('string') }}) as pers_send_flag,
        case when persons.birth_date is null then persons.due_date end as pers_expected_dob,
        persons.died_date as pers_death_date,
        case when mothers.moth_person_id is not null then 'Y' end as pers_is_mother,
        persons.country_of_birth_code as pers_nationality,
        'PERSONDEMOGRAPHICSVIEW' as _source_table,
        persons.person_key as _source_key,
        persons._dq_reason
    from persons
    left join ethnicity
        on persons.ethnicity_code = ethnicity.ethnicity_code
    left join upns
        on persons.person_id = upns.person_id and upns.upn_row = 1
    left join upn_unknown
        on persons.person_id = upn_unknown.person_id and upn_unknown.code_row = 1
    left join mothers
        on persons.person_id = mothers.moth_person_id

)

select * from final

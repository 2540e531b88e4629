-- ssd_person: one row per DM_PERSONS row (scope from int_mosaic__person_scope). Sex from the GENDER code's
-- REFERENCE_DATA description (Male/Female, anything else U); gender from the MO_PERSON_GENDER_IDENTITIES
-- row open at the as-at date, read the same way; ethnicity via DM_ETHNICITIES.CBDS_ETHNICITY_CODE;
-- DATE_OF_BIRTH after the as-at date is the expected date of birth (an unborn child); nationality is the
-- country of birth description recoded to ISO 3166 alpha-3 (seed mosaic__countries); legacy id from
-- DM_PERSON_REFERENCES type LEGACY; NHS_ID as common child id; pers_is_mother Y when the person is a mother
-- in ssd_mother. No source for UPN unknown or SEN flag (null).
with scope as (

    select * from {{ ref('int_mosaic__person_scope') }}

),

ref_data as (

    select * from {{ ref('stg_mosaic__reference_data') }}

),

identities as (

    select
        person_id,
        max(gender_code) as gender_code
    from {{ ref('stg_mosaic__mo_person_gender_identities') }}
    where
        coalesce(start_date, {{ ssd_as_at_date() }}) <= {{ ssd_as_at_date() }}
        and (end_date is null or end_date > {{ ssd_as_at_date() }})
    group by person_id

),

legacy as (

    select
        person_id,
        max(reference) as legacy_id
    from {{ ref('stg_mosaic__dm_person_references') }}
    where upper(reference_type) = 'LEGACY'
    group by person_id

),

mothers as (

    select distinct moth_person_id
    from {{ ref('int_mosaic__ssd_mother') }}
    where _dq_reason is null

),

final as (

    select
        scope.person_id as pers_person_id,
        scope.first_names as pers_forename,
        scope.last_name as pers_surname,
        case lower(sex_ref.ref_description) when 'male' then 'M' when 'female' then 'F' else 'U' end as pers_sex,
        case lower(gi_ref.ref_description) when 'male' then 'M' when 'female' then 'F' else 'U' end as pers_gender,
        eth.cbds_ethnicity_code as pers_ethnicity,
        case when scope.date_of_birth <= {{ ssd_as_at_date() }} then scope.date_of_birth end as pers_dob,
        scope.nhs_id as pers_common_child_id,
        legacy.legacy_id as pers_legacy_id,
        scope.upn_id as pers_upn,
        cast(null as {{ ssd_type('string') }}) as pers_upn_unknown,
        cast(null as {{ ssd_type('string') }}) as pers_send_flag,
        case when scope.date_of_birth > {{ ssd_as_at_date() }} then scope.date_of_birth end as pers_expected_dob,
        scope.date_of_death as pers_death_date,
        case when mothers.moth_person_id is not null then 'Y' end as pers_is_mother,
        countries.iso3 as pers_nationality,
        'DM_PERSONS' as _source_table,
        scope.person_id as _source_key,
        scope._dq_reason
    from scope
    left join ref_data as sex_ref
        on sex_ref.ref_domain = 'GENDER' and scope.gender = sex_ref.ref_code
    left join identities
        on scope.person_id = identities.person_id
    left join ref_data as gi_ref
        on gi_ref.ref_domain = 'GENDER_IDENTITY' and identities.gender_code = gi_ref.ref_code
    left join {{ ref('stg_mosaic__dm_ethnicities') }} as eth
        on scope.full_ethnicity_code = eth.ethnicity_code
    left join {{ ref('stg_mosaic__dm_countries_of_birth') }} as cob
        on scope.country_of_birth_code = cob.country_of_birth_code
    left join {{ ref('mosaic__countries') }} as countries
        on lower(cob.description) = lower(countries.description)
    left join legacy
        on scope.person_id = legacy.person_id
    left join mothers
        on scope.person_id = mothers.moth_person_id

)

select * from final

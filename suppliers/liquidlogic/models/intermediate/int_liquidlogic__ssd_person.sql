-- ssd_person: one row per DIM_PERSON row; SSD-bound rows are the people int_liquidlogic__person_scope
-- keeps (real, client, not merged). Ethnicity is the DIM_LOOKUP_DFE_ETHNIC NAT_ID of the person's LL
-- code, kept only when it is a DfE ethnicity code (else null: the person is kept). BIRTH_DTTM is the date
-- of birth when DOB_ESTIMATED is N or blank and the expected date of birth when it is Y. Gender by the rule of
-- macro liquidlogic_gender (another value is U and listed in quality.dq_flags). UPN is trimmed and kept when it
-- is 13 characters; any other length is left out (null), never cut, and listed in quality.dq_flags.
-- UPN-unknown is the person's FACT_903_DATA NO_UPN_CODE (highest, if several) when it is a DfE UN code.
-- pers_is_mother is Y for mothers in ssd_mother, else null.
with persons as (

    select * from {{ ref('int_liquidlogic__person_scope') }}

),

ethnicity_lookups as (

    select
        ethnicity_main_code,
        national_code,
        row_number() over (partition by ethnicity_main_code order by national_code) as lookup_row
    from {{ ref('stg_liquidlogic__dfe_ethnicity_lookups') }}
    where ethnicity_main_code is not null and national_code is not null

),

dfe_ethnicity as (

    select upper(code) as code from {{ ref('dfe__ethnicity') }}

),

upn_unknown_codes as (

    select upper(code) as code from {{ ref('dfe__upn_unknown') }}

),

upn_unknown as (

    select
        records.person_id,
        max(records.upn_unknown_code) as upn_unknown_code
    from {{ ref('stg_liquidlogic__ssda903_records') }} as records
    inner join upn_unknown_codes
        on records.upn_unknown_code = upn_unknown_codes.code
    where records.person_id is not null
    group by records.person_id

),

mothers as (

    select moth_person_id
    from {{ ref('int_liquidlogic__ssd_mother') }}
    where _dq_reason is null
    group by moth_person_id

),

joined as (

    select
        persons.*,
        persons._dq_reason as scope_reason,
        dfe_ethnicity.code as ethnicity_code,
        upn_unknown.upn_unknown_code,
        mothers.moth_person_id as mother_id
    from persons
    left join ethnicity_lookups
        on persons.ethnicity_main_code = ethnicity_lookups.ethnicity_main_code
            and ethnicity_lookups.lookup_row = 1
    left join dfe_ethnicity
        on ethnicity_lookups.national_code = dfe_ethnicity.code
    left join upn_unknown
        on persons.person_id = upn_unknown.person_id
    left join mothers
        on persons.person_id = mothers.moth_person_id

),

final as (

    select
        person_id as pers_person_id,
        forename as pers_forename,
        surname as pers_surname,
        {{ liquidlogic_gender('gender_code') }} as pers_sex,
        {{ liquidlogic_gender('gender_code') }} as pers_gender,
        ethnicity_code as pers_ethnicity,
        case when coalesce(is_dob_estimated_flag, 'N') = 'N' then birth_date end as pers_dob,
        cast(null as {{ ssd_type('string') }}) as pers_common_child_id,
        legacy_id as pers_legacy_id,
        case when {{ dbt.length('upn') }} = 13 then upn end as pers_upn,
        upn_unknown_code as pers_upn_unknown,
        sen_flag as pers_send_flag,
        case when is_dob_estimated_flag = 'Y' then birth_date end as pers_expected_dob,
        death_date as pers_death_date,
        case when mother_id is not null then 'Y' end as pers_is_mother,
        nationality_code as pers_nationality,
        'DIM_PERSON' as _source_table,
        person_key as _source_key,
        scope_reason as _dq_reason
    from joined

)

select * from final

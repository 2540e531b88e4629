-- Values the Liquidlogic mapping changed by a documented rule or left out, for quality.dq_flags: one row per
-- in-scope DIM_PERSON row with a gender value the rule does not recognise (mapped to U) or a UPN that is not
-- 13 characters (left out of pers_upn, never cut). The person stays in the SSD.
with persons as (

    select * from {{ ref('int_liquidlogic__person_scope') }}
    where _dq_reason is null

),

gender as (

    select
        'ssd_person' as ssd_table,
        'DIM_PERSON' as source_table,
        person_key as source_key,
        'unrecognised_gender_value' as flag_code,
        'GENDER_MAIN_CODE = ' || gender_code || ' (pers_sex and pers_gender U)' as flag_detail
    from persons
    where gender_code is not null and not {{ liquidlogic_gender_recognised('gender_code') }}

),

upn as (

    select
        'ssd_person' as ssd_table,
        'DIM_PERSON' as source_table,
        person_key as source_key,
        'upn_wrong_length' as flag_code,
        'UPN has ' || cast({{ dbt.length('upn') }} as {{ ssd_type('string') }})
        || ' characters, not 13 (pers_upn left null)' as flag_detail
    from persons
    where upn is not null and {{ dbt.length('upn') }} <> 13

),

final as (

    select * from gender
    union all
    select * from upn

)

select * from final

-- ssd_disability: one row per DM_DISABILITIES row. Only disabilities the LA mapped to a CIN census
-- disability (CIN_DISABILITY_CATEGORY_CODE, via the Child CIN Disabilities mapping group) reach the SSD;
-- local disabilities with no CIN code are quarantined (no_national_disability_code).
with disabilities as (

    select * from {{ ref('stg_mosaic__dm_disabilities') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        disabilities.person_id as disa_person_id,
        disabilities.disability_id as disa_table_id,
        upper(disabilities.cin_disability_category_code) as disa_disability_code,
        'DM_DISABILITIES' as _source_table,
        disabilities.disability_id as _source_key,
        case
            when disabilities.disability_id is null then 'missing_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when disabilities.cin_disability_category_code is null then 'no_national_disability_code'
        end as _dq_reason
    from disabilities
    left join scope
        on disabilities.person_id = scope.person_id

)

select * from final

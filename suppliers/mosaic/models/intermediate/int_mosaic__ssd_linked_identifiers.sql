-- ssd_linked_identifiers: one row per DM_PERSON_REFERENCES row. SSD-bound rows are former UPNs
-- (REFERENCE_TYPE FORMER_UPN, one per person: link_table_id = the person id); other reference types
-- (legacy system ids, which feed pers_legacy_id) are quarantined as not_a_linked_identifier_type. No validity dates.
with refs as (

    select * from {{ ref('stg_mosaic__dm_person_references') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        refs.person_id as link_table_id,
        refs.person_id as link_person_id,
        'Former Unique Pupil Number' as link_identifier_type,
        upper(refs.reference) as link_identifier_value,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_from_date,
        cast(null as {{ ssd_type('timestamp') }}) as link_valid_to_date,
        'DM_PERSON_REFERENCES' as _source_table,
        refs.reference_id as _source_key,
        case
            when refs.reference_id is null then 'missing_key'
            when upper(refs.reference_type) <> 'FORMER_UPN' then 'not_a_linked_identifier_type'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from refs
    left join scope
        on refs.person_id = scope.person_id

)

select * from final

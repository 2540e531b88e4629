-- ssd_cla_convictions: one row per DM_OFFENCES row; offences that did not lead to a conviction
-- (IS_CONVICTED not Y) are quarantined (not_convicted). Date = day of OFFENCE_DATE; offence as recorded.
with offences as (

    select
        *,
        row_number() over (partition by offence_id order by offence_date) as key_row
    from {{ ref('stg_mosaic__dm_offences') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        offences.offence_id as clac_cla_conviction_id,
        offences.person_id as clac_person_id,
        cast(cast(offences.offence_date as date) as {{ ssd_type('timestamp') }}) as clac_cla_conviction_date,
        offences.offence as clac_cla_conviction_offence,
        'DM_OFFENCES' as _source_table,
        offences.offence_id as _source_key,
        case
            when offences.offence_id is null then 'missing_key'
            when offences.key_row > 1 then 'duplicate_key'
            when coalesce({{ ssd_yn('offences.is_convicted') }}, 'N') <> 'Y' then 'not_convicted'
            when scope.person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from offences
    left join scope
        on offences.person_id = scope.person_id

)

select * from final

-- One row per CLAEPISODEOFCAREVIEW row: a 903 episode of care within a period of care, renamed and typed.
with source as (

    select * from {{ source('eclipse', 'claepisodeofcareview') }}

),

renamed as (

    select
        cast(episodeofcareid as {{ ssd_type('string') }}) as episode_key,
        {{ ssd_id('episodeofcareid') }} as episode_id,
        {{ ssd_id('periodofcareid') }} as period_of_care_id,
        {{ ssd_id('personid') }} as person_id,
        cast(eocstartdate as {{ ssd_type('timestamp') }}) as start_date,
        cast(eocenddate as {{ ssd_type('timestamp') }}) as end_date,
        upper({{ ssd_clean_text('eocstartreasoncode') }}) as start_reason_code,
        upper({{ ssd_clean_text('eocendreasoncode') }}) as end_reason_code,
        {{ ssd_clean_text('eocendreason') }} as end_reason,
        upper({{ ssd_clean_text('legalstatus') }}) as legal_status,
        {{ ssd_clean_text('categoryofneed') }} as category_of_need,
        {{ ssd_id('placementaddressid') }} as placement_id,
        upper({{ ssd_clean_text('placementpostcode') }}) as placement_postcode,
        upper({{ ssd_clean_text('placementtypecode') }}) as placement_type_code,
        upper({{ ssd_clean_text('placementprovisioncode') }}) as placement_provision_code,
        upper({{ ssd_clean_text('placementchangereasoncode') }}) as placement_change_reason_code
    from source

)

select * from renamed

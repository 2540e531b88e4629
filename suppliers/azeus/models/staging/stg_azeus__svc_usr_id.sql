-- One row per SVC_USR_ID row: an identifier of a service user (UPN, NHS number, ...) with its validity
-- flag and effective window.
with source as (

    select * from {{ source('azeus', 'svc_usr_id') }}

),

renamed as (

    select
        cast(id_id as {{ ssd_type('string') }}) as identifier_key,
        {{ ssd_id('id_id') }} as identifier_id,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        upper({{ ssd_clean_text('id_typ') }}) as identifier_type,
        {{ ssd_clean_text('id_no') }} as identifier_value,
        {{ ssd_yn('primary_id_ind') }} as is_primary,
        {{ ssd_yn('valid_ind') }} as is_valid,
        cast(effect_dt_fr as {{ ssd_type('timestamp') }}) as effective_from,
        cast(effect_dt_to as {{ ssd_type('timestamp') }}) as effective_to,
        upper({{ ssd_clean_text('issuing_country') }}) as issuing_country
    from source

)

select * from renamed

-- One row per SVC_USR_IMMIG_STATUS row: an immigration status (description) for a window.
with source as (

    select * from {{ source('azeus', 'svc_usr_immig_status') }}

),

renamed as (

    select
        cast(immig_status_id as {{ ssd_type('string') }}) as immigration_status_key,
        {{ ssd_id('immig_status_id') }} as immigration_status_id,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        lower({{ ssd_clean_text('immig_status') }}) as immigration_status_text,
        cast(effect_dt_fr as {{ ssd_type('timestamp') }}) as effective_from,
        cast(effect_dt_to as {{ ssd_type('timestamp') }}) as effective_to,
        {{ ssd_yn('primary_ind') }} as is_primary,
        {{ ssd_yn('valid_ind') }} as is_valid
    from source

)

select * from renamed

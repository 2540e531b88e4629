-- One row per SVC_USR_DISAB row: a disability as a local description, with an effective window.
with source as (

    select * from {{ source('azeus', 'svc_usr_disab') }}

),

renamed as (

    select
        cast(disab_id as {{ ssd_type('string') }}) as disability_key,
        {{ ssd_id('disab_id') }} as disability_id,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        lower({{ ssd_clean_text('disab') }}) as disability_text,
        upper({{ ssd_clean_text('disab_type') }}) as disability_type,
        lower({{ ssd_clean_text('status') }}) as status,
        cast(effect_dt_fr as {{ ssd_type('timestamp') }}) as effective_from,
        cast(effect_dt_to as {{ ssd_type('timestamp') }}) as effective_to
    from source

)

select * from renamed

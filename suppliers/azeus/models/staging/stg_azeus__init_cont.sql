-- One row per INIT_CONT row: an initial contact. SVC_USR_REF_NO is NVARCHAR here (trimmed to an id).
with source as (

    select * from {{ source('azeus', 'init_cont') }}

),

renamed as (

    select
        cast(init_cont_id as {{ ssd_type('string') }}) as contact_key,
        {{ ssd_id('init_cont_id') }} as contact_id,
        {{ ssd_clean_text('svc_usr_ref_no') }} as person_id,
        cast(cont_dt as {{ ssd_type('timestamp') }}) as contact_date,
        upper({{ ssd_clean_text('cont_src') }}) as contact_source_code,
        lower({{ ssd_clean_text('status') }}) as status,
        cast(withdrawn_dt as {{ ssd_type('timestamp') }}) as withdrawn_at
    from source

)

select * from renamed

-- One row per SVC_USR_LA_LGL_STATUS row: a looked-after legal status (SSDA903 code, any case) for a period.
with source as (

    select * from {{ source('azeus', 'svc_usr_la_lgl_status') }}

),

renamed as (

    select
        cast(svc_usr_la_lgl_status_id as {{ ssd_type('string') }}) as legal_status_key,
        {{ ssd_id('svc_usr_la_lgl_status_id') }} as legal_status_id,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        upper({{ ssd_clean_text('lac_lgl_status') }}) as legal_status_code,
        cast(start_dt as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dt as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed

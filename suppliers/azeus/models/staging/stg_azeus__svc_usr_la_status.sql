-- One row per SVC_USR_LA_STATUS row: a looked-after episode with its SSDA903 start reason (LA_LA_REASONS),
-- reason ceased (LA_LA_REASON_CEASED) and category of need (CIN_CODE), trimmed and upper-cased.
with source as (

    select * from {{ source('azeus', 'svc_usr_la_status') }}

),

renamed as (

    select
        cast(svc_usr_la_status_id as {{ ssd_type('string') }}) as episode_key,
        {{ ssd_id('svc_usr_la_status_id') }} as episode_id,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        cast(start_dt as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_dt as {{ ssd_type('timestamp') }}) as end_date,
        upper({{ ssd_clean_text('la_la_reasons') }}) as start_reason_code,
        upper({{ ssd_clean_text('la_la_reason_ceased') }}) as reason_ceased_code,
        upper({{ ssd_clean_text('cin_code') }}) as primary_need_code
    from source

)

select * from renamed

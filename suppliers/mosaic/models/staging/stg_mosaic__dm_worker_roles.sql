-- One row per DM_WORKER_ROLES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_worker_roles') }}

),

renamed as (

    select
        {{ ssd_id('worker_role_id') }} as worker_role_id,
        {{ ssd_id('worker_id') }} as worker_id,
        {{ ssd_id('organisation_id') }} as organisation_id,
        {{ ssd_clean_text('primary_role') }} as primary_role,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date
    from source

)

select * from renamed

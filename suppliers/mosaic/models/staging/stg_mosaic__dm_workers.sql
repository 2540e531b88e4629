-- One row per DM_WORKERS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_workers') }}

),

renamed as (

    select
        {{ ssd_id('worker_id') }} as worker_id,
        {{ ssd_clean_text('full_name') }} as full_name
    from source

)

select * from renamed

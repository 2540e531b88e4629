-- One row per DM_PROF_RELATIONSHIPS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_prof_relationships') }}

),

renamed as (

    select
        {{ ssd_id('prof_relationship_id') }} as prof_relationship_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_id('worker_id') }} as worker_id,
        {{ ssd_clean_text('prof_rel_type_code') }} as prof_rel_type_code,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('end_date_reason') }} as end_date_reason
    from source

)

select * from renamed

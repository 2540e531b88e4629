-- One row per CLASSIFICATION row: the classification codes and their group.
with source as (

    select * from {{ source('eclipse', 'classification') }}

),

renamed as (

    select
        cast(id as {{ ssd_type('string') }}) as classification_id,
        upper({{ ssd_clean_text('code') }}) as classification_code,
        {{ ssd_clean_text('name') }} as classification_name,
        cast(classification_group_id as {{ ssd_type('string') }}) as classification_group_id
    from source

)

select * from renamed

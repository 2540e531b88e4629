-- One row per FACT_MEETINGS row (conferences and reviews of every kind), renamed and typed.
with source as (

    select * from {{ source('liquidlogic', 'fact_meetings') }}

),

renamed as (

    select
        cast(fact_meeting_id as {{ ssd_type('string') }}) as meeting_key,
        {{ ssd_id('fact_meeting_id') }} as meeting_id,
        {{ ssd_clean_text('dim_lookup_mtg_type_id_code') }} as meeting_type_code,
        cast(actual_dttm as {{ ssd_type('timestamp') }}) as actual_date,
        {{ ssd_yn('cancelled') }} as cancelled_flag,
        {{ ssd_clean_text('cancelled') }} as cancelled_raw
    from source

)

select * from renamed

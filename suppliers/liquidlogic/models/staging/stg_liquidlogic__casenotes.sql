-- One row per FACT_CASENOTES row (every case-note type: CIN, CP and CLA visits, IRO contacts), renamed and typed;
-- event_date is the day of EVENT_DTTM; seen flags normalised to Y/N.
with source as (

    select * from {{ source('liquidlogic', 'fact_casenotes') }}

),

renamed as (

    select
        cast(fact_casenote_id as {{ ssd_type('string') }}) as casenote_key,
        {{ ssd_id('fact_casenote_id') }} as casenote_id,
        {{ ssd_id('dim_person_id') }} as person_id,
        cast(event_dttm as {{ ssd_type('timestamp') }}) as event_dttm,
        cast(cast(event_dttm as date) as {{ ssd_type('timestamp') }}) as event_date,
        upper({{ ssd_clean_text('dim_lookup_casnt_type_id_code') }}) as casenote_type_code,
        {{ ssd_yn('seen_flag') }} as seen_flag,
        {{ ssd_yn('seen_alone_flag') }} as seen_alone_flag,
        {{ ssd_yn('seen_bedroom_flag') }} as seen_bedroom_flag
    from source

)

select * from renamed

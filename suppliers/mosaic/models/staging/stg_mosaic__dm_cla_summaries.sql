-- One row per DM_CLA_SUMMARIES row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_cla_summaries') }}

),

renamed as (

    select
        {{ ssd_id('cla_summary_id') }} as cla_summary_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_id('period_of_care_id') }} as period_of_care_id,
        cast(start_date as {{ ssd_type('timestamp') }}) as start_date,
        cast(end_date as {{ ssd_type('timestamp') }}) as end_date,
        {{ ssd_clean_text('reason_new_episode') }} as reason_new_episode,
        {{ ssd_clean_text('category_of_need') }} as category_of_need,
        {{ ssd_clean_text('reason_episode_ceased') }} as reason_episode_ceased,
        {{ ssd_id('placement_id') }} as placement_id
    from source

)

select * from renamed

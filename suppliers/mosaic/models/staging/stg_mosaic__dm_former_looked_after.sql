-- One row per DM_FORMER_LOOKED_AFTER row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_former_looked_after') }}

),

renamed as (

    select
        {{ ssd_id('future_prospect_id') }} as future_prospect_id,
        {{ ssd_id('person_id') }} as person_id,
        cast(date_of_situation as {{ ssd_type('timestamp') }}) as date_of_situation,
        {{ ssd_clean_text('eligibility') }} as eligibility,
        {{ ssd_clean_text('in_touch_type') }} as in_touch_type,
        {{ ssd_clean_text('accomodation_type') }} as accomodation_type,
        {{ ssd_clean_text('accomodation_suitable') }} as accomodation_suitable,
        {{ ssd_clean_text('activity_type') }} as activity_type,
        cast(pathway_plan_review_date as {{ ssd_type('timestamp') }}) as pathway_plan_review_date
    from source

)

select * from renamed

-- One row per DM_REGISTRATIONS row: ids as text (ssd_id), datetimes typed, text trimmed (blank -> null).
with source as (

    select * from {{ source('mosaic', 'dm_registrations') }}

),

renamed as (

    select
        {{ ssd_id('registration_id') }} as registration_id,
        {{ ssd_id('person_id') }} as person_id,
        {{ ssd_id('registration_step_id') }} as registration_step_id,
        {{ ssd_clean_text('is_child_protection_plan') }} as is_child_protection_plan,
        {{ ssd_clean_text('is_temporary_child_protection') }} as is_temporary_child_protection,
        cast(registration_start_date as {{ ssd_type('timestamp') }}) as registration_start_date,
        cast(deregistration_date as {{ ssd_type('timestamp') }}) as deregistration_date,
        {{ ssd_clean_text('is_other_la_plan') }} as is_other_la_plan
    from source

)

select * from renamed

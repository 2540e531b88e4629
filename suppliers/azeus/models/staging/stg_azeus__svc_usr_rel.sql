-- One row per SVC_USR_REL row. Azeus stores each relationship twice, once from each side (PAIR_REL_ID).
with source as (

    select * from {{ source('azeus', 'svc_usr_rel') }}

),

renamed as (

    select
        cast(rel_id as {{ ssd_type('string') }}) as relationship_key,
        {{ ssd_id('rel_id') }} as relationship_id,
        {{ ssd_id('svc_usr_ref_no') }} as person_id,
        {{ ssd_id('rel_svc_usr_ref_no') }} as related_person_id,
        upper({{ ssd_clean_text('rel_type_cd') }}) as relationship_type_code,
        upper({{ ssd_clean_text('rel_cd') }}) as relationship_code,
        {{ ssd_id('pair_rel_id') }} as pair_relationship_id,
        {{ ssd_yn('valid_ind') }} as is_valid,
        cast(effect_dt_fr as {{ ssd_type('timestamp') }}) as effective_from,
        cast(effect_dt_to as {{ ssd_type('timestamp') }}) as effective_to
    from source

)

select * from renamed

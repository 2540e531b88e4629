-- ssd_disability: one row per SVC_USR_DISAB row. The SSD holds current disabilities: a row whose
-- EFFECT_DT_TO is on or before the as-at date is out. DISAB is a local description, recoded to the CIN
-- disability code through seed azeus__disability (trimmed, case-insensitive).
with disabilities as (

    select * from {{ ref('stg_azeus__svc_usr_disab') }}

),

codes as (

    select
        lower(trim(disability_text)) as disability_text,
        max(dfe_code) as dfe_code
    from {{ ref('azeus__disability') }}
    group by lower(trim(disability_text))

),

people as (

    select pers_person_id from {{ ref('int_azeus__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        disabilities.*,
        codes.dfe_code,
        people.pers_person_id,
        row_number() over (
            partition by disabilities.disability_id order by disabilities.disability_key
        ) as key_row
    from disabilities
    left join codes
        on disabilities.disability_text = codes.disability_text
    left join people
        on disabilities.person_id = people.pers_person_id

),

final as (

    select
        person_id as disa_person_id,
        disability_id as disa_table_id,
        dfe_code as disa_disability_code,
        'SVC_USR_DISAB' as _source_table,
        disability_key as _source_key,
        case
            when disability_id is null then 'missing_key'
            when key_row > 1 then 'duplicate_key'
            when effective_to <= {{ ssd_as_at_date() }} then 'disability_ended'
            when disability_text is null then 'missing_disability_code'
            when dfe_code is null then 'no_national_disability_code'
            when pers_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from numbered

)

select * from final

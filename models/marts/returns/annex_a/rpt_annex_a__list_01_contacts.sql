-- Ofsted Annex A list 1: one row per contact dated in the window [window start, extract date].
with

people as (
    {{ annex_a_people() }}
),

contacts as (
    select
        cont_contact_id,
        cont_person_id,
        cast(cont_contact_date as date) as contact_date,
        cont_contact_source_code
    from {{ ref('ssd_contacts') }}
    where
        cast(cont_contact_date as date) >= {{ annex_a_window_start() }}
        and cast(cont_contact_date as date) <= {{ annex_a_extract_date() }}
)

select
    c.cont_person_id as child_unique_id,
    p.gender,
    p.ethnicity,
    p.date_of_birth,
    p.age_of_child_years,
    c.contact_date as date_of_contact,
    {{ annex_a_label('c.cont_contact_source_code', 'source') }} as contact_source
from contacts as c
left join people as p on c.cont_person_id = p.person_id

{#-
    SSDA903 UASC: one row per child sent in Episodes who was an unaccompanied asylum-seeking child at any
    time in the reporting year (an immigration status 'UASC' period overlapping 1 April to 31 March).
    DUC, the date UASC status ceased: the end of the latest UASC period when it ended on or before
    31 March; otherwise (still UASC at 31 March) the child's 18th birthday, when the status ends by law.
    Never after the 18th birthday (304) and never before the year (104).
-#}

-- DfE column names are upper case and must stay quoted (PostgreSQL folds unquoted names to lower case).
-- noqa: disable=RF06

with

statuses as (
    select * from {{ ref('ssd_immigration_status') }}
),

people as (
    select * from {{ ref('ssd_person') }}
),

episodes_children as (
    select distinct "CHILD" from {{ ref('rpt_ssda903__episodes') }}
),

uasc_in_year as (
    select
        immi_person_id,
        max(case when immi_immigration_status_end_date is null then 1 else 0 end) as still_open,
        max(cast(immi_immigration_status_end_date as date)) as latest_end
    from statuses
    where
        immi_immigration_status = 'UASC'
        and {{ ssd_overlaps_period('immi_immigration_status_start_date', 'immi_immigration_status_end_date') }}
    group by immi_person_id
),

with_birthday as (
    select
        uasc_in_year.immi_person_id,
        people.pers_sex,
        cast(people.pers_dob as date) as dob,
        uasc_in_year.still_open,
        uasc_in_year.latest_end,
        cast({{ dbt.dateadd('year', 18, 'cast(people.pers_dob as date)') }} as date) as eighteenth_birthday
    from uasc_in_year
    inner join episodes_children
        on uasc_in_year.immi_person_id = episodes_children."CHILD"
    left join people
        on uasc_in_year.immi_person_id = people.pers_person_id
),

final as (
    select
        immi_person_id as "CHILD",
        pers_sex as "SEX",
        dob as "DOB",
        case
            when still_open = 0 and latest_end <= {{ ssd_fy_end() }} and latest_end <= eighteenth_birthday
                then latest_end
            else eighteenth_birthday
        end as "DUC"
    from with_birthday
)

select * from final

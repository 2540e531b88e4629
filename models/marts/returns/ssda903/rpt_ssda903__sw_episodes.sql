{#-
    SSDA903 SWEpisodes (collected from 2023/24, reporting_year 2024; empty before): the allocated social
    worker episodes (case-worker involvements, role CW) of every child sent in Episodes, over the two-year
    social-worker window: SW_DECOM on or before 31 March (SW06) and SW_DEC blank or on or after 1 April of
    the year before the reporting year (SW07). An episode that ended after 31 March is sent open (SW17).
      * SW_ID: the worker's Social Work England number when it starts 'SW', else the placeholder 'XXXXXX'
        (SW02: starts SW or XX, at least 4 characters).
      * SW_REASON (SW13): why this social worker took over. The SSD records the reason on the involvement
        that ended (invo_worker_change_reason, the simulator's codes); it is carried to the next
        involvement of the child that starts that same day and recoded to the DfE list. An involvement that
        does not follow another on the same day (a new referral or a gap) is a first contact, FCONTA.
-#}

-- DfE column names are upper case and must stay quoted (PostgreSQL folds unquoted names to lower case).
-- noqa: disable=RF06

with

involvements as (
    select * from {{ ref('ssd_involvements') }}
),

professionals as (
    select * from {{ ref('ssd_professionals') }}
),

people as (
    select * from {{ ref('ssd_person') }}
),

episodes_children as (
    select distinct "CHILD" from {{ ref('rpt_ssda903__episodes') }}
),

case_workers as (
    select
        invo_involvements_id,
        invo_person_id,
        invo_professional_id,
        invo_worker_change_reason,
        cast(invo_involvement_start_date as date) as sw_start,
        cast(invo_involvement_end_date as date) as sw_end
    from involvements
    where invo_professional_role_id = 'CW'
),

with_previous as (
    select
        *,
        lag(sw_end) over (
            partition by invo_person_id order by sw_start, invo_involvements_id
        ) as previous_end,
        lag(invo_worker_change_reason) over (
            partition by invo_person_id order by sw_start, invo_involvements_id
        ) as previous_change_reason
    from case_workers
),

in_window as (
    select *
    from with_previous
    where
        {{ var('reporting_year') | int }} >= 2024
        and {{ ssd_overlaps_period('sw_start', 'sw_end',
                                   ssd_fy_start(var('reporting_year') | int - 1), ssd_fy_end()) }}
),

final as (
    select
        in_window.invo_person_id as "CHILD",
        cast(people.pers_dob as date) as "DOB",
        case
            when professionals.prof_social_worker_registration_no like 'SW%'
                then professionals.prof_social_worker_registration_no
            else 'XXXXXX'
        end as "SW_ID",
        in_window.sw_start as "SW_DECOM",
        case when in_window.sw_end <= {{ ssd_fy_end() }} then in_window.sw_end end as "SW_DEC",
        case
            when
                in_window.previous_end is null
                or in_window.previous_end <> in_window.sw_start
                or in_window.previous_change_reason is null
                then 'FCONTA'
            when in_window.previous_change_reason = 'TEAM_TRANSFER' then 'TSPROC'
            when in_window.previous_change_reason = 'WORKER_LEFT' then 'LEFTRL'
            when in_window.previous_change_reason = 'CASELOAD' then 'MANAGE'
            when in_window.previous_change_reason = 'FAMILY_REQUEST' then 'PCCHAN'
            when in_window.previous_change_reason = 'SICKNESS' then 'ABSENC'
            else 'OTHERS'
        end as "SW_REASON"
    from in_window
    inner join episodes_children
        on in_window.invo_person_id = episodes_children."CHILD"
    left join professionals
        on in_window.invo_professional_id = professionals.prof_professional_id
    left join people
        on in_window.invo_person_id = people.pers_person_id
)

select * from final

-- Every SSD date macro applied to the cases in util_date_cases: this model exists so the macros can
-- carry dbt unit tests (see _utilities__models.yml) and be checked against the real holiday seed.
with

date_cases as (

    select * from {{ ref('util_date_cases') }}

),

applied as (

    select
        case_id,
        {{ ssd_fy_start() }} as fy_start,
        {{ ssd_fy_end() }} as fy_end,
        {{ ssd_census_date() }} as census_date,
        {{ ssd_fy_start(2020) }} as fy_2020_start,
        {{ ssd_as_at_date() }} as as_at_date,
        {{ ssd_to_date('start_ts') }} as start_date,
        {{ ssd_days_between('start_ts', 'end_ts') }} as calendar_days,
        {{ ssd_add_days('start_ts', 1) }} as day_after_start,
        {{ ssd_age_at('dob', 'at_date') }} as age_at,
        {{ ssd_age_at('dob') }} as age_at_census,
        {{ ssd_open_at('start_ts', 'end_ts', 'at_date') }} as is_open_at,
        {{ ssd_open_at('start_ts', 'end_ts', 'at_date', end_inclusive=true) }} as is_open_at_end_inclusive,
        {{ ssd_open_at('start_ts', 'end_ts') }} as is_open_at_census,
        {{ ssd_overlaps_period('start_ts', 'end_ts') }} as overlaps_reporting_year,
        {{ ssd_is_working_day('start_ts') }} as start_is_working_day,
        {{ ssd_working_days_between('start_ts', 'end_ts') }} as working_days,
        {{ ssd_working_days_between('start_ts', 'end_ts', include_start=true) }} as working_days_incl_start,
        {{ ssd_add_working_days('start_ts', 'n_working_days') }} as add_working_days,
        expected_age,
        expected_is_open_at,
        expected_working_days,
        expected_add_working_days
    from date_cases

)

select * from applied

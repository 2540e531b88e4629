-- Hand-worked date cases checked against the real bank holiday seed on every engine (the dbt unit
-- tests on util_date_logic cover the edge cases with mocked inputs). Each expected_* value was
-- worked out by hand from a calendar, not by running the macros. Values are written as text and
-- typed below, so every engine reads the literal rows the same way.
with

cases as (

    select *
    from (
        values
        -- case_id, dob, at_date, start_ts, end_ts, n_working_days,
        --     expected_age, expected_is_open_at, expected_working_days, expected_add_working_days
        (
            'xmas_2022', null, null, '2022-12-23 09:00:00', '2023-01-03 16:00:00', '4',
            null, null, '4', '2023-01-03'
        ),
        (
            'xmas_2020', null, null, '2020-12-24 00:00:00', '2021-01-04 00:00:00', '4',
            null, null, '4', '2021-01-04'
        ),
        (
            'easter_2024', null, null, '2024-03-28 00:00:00', '2024-04-02 00:00:00', '1',
            null, null, '1', '2024-04-02'
        ),
        (
            'state_funeral_2022', null, null, '2022-09-16 00:00:00', '2022-09-20 00:00:00', '1',
            null, null, '1', '2022-09-20'
        ),
        (
            've_day_2020', null, null, '2020-05-07 00:00:00', '2020-05-11 00:00:00', '1',
            null, null, '1', '2020-05-11'
        ),
        (
            'coronation_2023', null, null, '2023-05-05 00:00:00', '2023-05-09 00:00:00', '1',
            null, null, '1', '2023-05-09'
        ),
        (
            'fri_to_fri', null, null, '2024-06-07 00:00:00', '2024-06-14 00:00:00', '5',
            null, null, '5', '2024-06-14'
        ),
        (
            'within_45_days', null, null, '2025-04-01 00:00:00', '2025-06-09 00:00:00', '45',
            null, null, '45', '2025-06-09'
        ),
        (
            'same_day_holiday', null, null, '2024-12-25 00:00:00', '2024-12-25 00:00:00', '0',
            null, null, '0', '2024-12-25'
        ),
        (
            'start_after_end', null, null, '2023-01-03 00:00:00', '2022-12-23 00:00:00', null,
            null, null, '-4', null
        ),
        (
            'census_day_close', '2010-04-01 00:00:00', '2026-03-31', '2025-01-01 00:00:00', '2026-03-31 12:00:00', '1',
            '15', 'false', '316', '2025-01-02'
        ),
        (
            'census_day_start', '2008-02-29 00:00:00', '2026-03-01', '2026-03-31 00:00:00', null, '2',
            '18', 'false', null, '2026-04-02'
        ),
        (
            'leap_birthday_eve', '2008-02-29 00:00:00', '2026-02-28', '2024-02-28 00:00:00', '2024-03-01 00:00:00', '2',
            '17', 'false', '2', '2024-03-01'
        )
    -- the alias names the VALUES columns; sqlfluff does not see that as a use (and its fix deletes it)
    ) as literal_rows (  -- noqa: AL05
        case_id, dob, at_date, start_ts, end_ts, n_working_days,
        expected_age, expected_is_open_at, expected_working_days, expected_add_working_days
    )

),

typed as (

    select
        cast(case_id as {{ ssd_type('string') }}) as case_id,
        cast(dob as {{ ssd_type('timestamp') }}) as dob,
        cast(at_date as date) as at_date,
        cast(start_ts as {{ ssd_type('timestamp') }}) as start_ts,
        cast(end_ts as {{ ssd_type('timestamp') }}) as end_ts,
        cast(n_working_days as {{ ssd_type('integer') }}) as n_working_days,
        cast(expected_age as {{ ssd_type('integer') }}) as expected_age,
        cast(expected_is_open_at as {{ ssd_type('boolean') }}) as expected_is_open_at,
        cast(expected_working_days as {{ ssd_type('integer') }}) as expected_working_days,
        cast(expected_add_working_days as date) as expected_add_working_days
    from cases

)

select * from typed

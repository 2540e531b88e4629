{#- Azeus stores dates as three integer columns (DOB_DAY, DOB_MTH, DOB_YR ...).
    azeus_date_parts_state: 'none' when all three are null, 'valid' when they make a real calendar date
    (leap years included), 'invalid' otherwise (31/02, month 13, a part missing).
    azeus_date_from_parts: that date as a timestamp, null unless valid; built with dbt.dateadd from
    2000-01-01 so no engine parses a string. -#}
{% macro azeus_days_in_month(month_col, year_col) -%}
    case
        when {{ month_col }} = 2 and (({{ year_col }} % 4 = 0 and {{ year_col }} % 100 <> 0) or {{ year_col }} % 400 = 0)
            then 29
        when {{ month_col }} = 2 then 28
        when {{ month_col }} in (4, 6, 9, 11) then 30
        else 31
    end
{%- endmacro %}

{% macro azeus_date_parts_state(day_col, month_col, year_col) -%}
    case
        when {{ day_col }} is null and {{ month_col }} is null and {{ year_col }} is null then 'none'
        when {{ day_col }} is null or {{ month_col }} is null or {{ year_col }} is null then 'invalid'
        when {{ year_col }} between 1900 and 2100
            and {{ month_col }} between 1 and 12
            and {{ day_col }} between 1 and {{ azeus_days_in_month(month_col, year_col) }}
            then 'valid'
        else 'invalid'
    end
{%- endmacro %}

{% macro azeus_date_from_parts(day_col, month_col, year_col) -%}
    case
        when {{ azeus_date_parts_state(day_col, month_col, year_col) }} = 'valid'
            then cast(
                {{ dbt.dateadd('day', day_col ~ ' - 1',
                    dbt.dateadd('month', month_col ~ ' - 1',
                        dbt.dateadd('year', year_col ~ ' - 2000', ssd_date_literal('2000-01-01')))) }}
                as {{ ssd_type('timestamp') }})
    end
{%- endmacro %}

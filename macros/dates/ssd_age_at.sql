{#-
    ssd_age_at(dob_col, at_date=ssd_census_date()) -> integer

    Age in whole years completed at at_date (both cast to dates): the number of birthdays the person
    has had on or before at_date.

        age = year(D) - year(dob) - (1 if (month(D), day(D)) < (month(dob), day(dob)) else 0)

    So a child is a year older ON their birthday. Leap-day rule: someone born on 29 February has
    their birthday on 29 February in a leap year and on 1 March in other years (the UK legal
    rule, Family Law Reform Act 1969 s.9 reading): at 28 Feb 2026 a child born 29 Feb 2008 is 17,
    at 1 Mar 2026 they are 18. The month/day comparison above gives exactly that, with no special
    case, because (2, 28) < (2, 29) <= (3, 1).

    Null if either date is null, and null if at_date is before the date of birth (an unborn child
    has no age; expected dates of birth are a separate column in the SSD).
-#}
{% macro ssd_age_at(dob_col, at_date=none) -%}
    {{ return(adapter.dispatch('ssd_age_at', 'ssd')(dob_col, at_date)) }}
{%- endmacro %}

{% macro _ssd_age_at_sql(dob, at, year_of, month_day_of) -%}
    case
        when cast({{ at }} as date) >= cast({{ dob }} as date)
            then
                {{ year_of(at) }} - {{ year_of(dob) }}
                - case when {{ month_day_of(at) }} < {{ month_day_of(dob) }} then 1 else 0 end
    end
{%- endmacro %}

{% macro default__ssd_age_at(dob_col, at_date=none) -%}
    {%- set at = ssd_census_date() if at_date is none else at_date -%}
    {{ _ssd_age_at_sql(dob_col, at, _ssd_year_of, _ssd_month_day_of) }}
{%- endmacro %}

{% macro sqlserver__ssd_age_at(dob_col, at_date=none) -%}
    {%- set at = ssd_census_date() if at_date is none else at_date -%}
    {{ _ssd_age_at_sql(dob_col, at, _ssd_year_of_tsql, _ssd_month_day_of_tsql) }}
{%- endmacro %}

{#- year and month*100 + day as integers; extract() is numeric on PostgreSQL, so cast. -#}
{% macro _ssd_year_of(expr) -%}
    cast(extract(year from cast({{ expr }} as date)) as integer)
{%- endmacro %}

{% macro _ssd_month_day_of(expr) -%}
    (cast(extract(month from cast({{ expr }} as date)) as integer) * 100
        + cast(extract(day from cast({{ expr }} as date)) as integer))
{%- endmacro %}

{% macro _ssd_year_of_tsql(expr) -%}
    datepart(year, cast({{ expr }} as date))
{%- endmacro %}

{% macro _ssd_month_day_of_tsql(expr) -%}
    (datepart(month, cast({{ expr }} as date)) * 100 + datepart(day, cast({{ expr }} as date)))
{%- endmacro %}

{#-
    ssd_open_at(start_col, end_col, at_date=ssd_census_date(), end_inclusive=false) -> boolean predicate

    Is a period (episode, plan, placement...) open at the snapshot date D? On calendar dates
    (timestamps are cast to dates first):

        start is not null  and  start <= D  and  (end is null  or  end > D)

    so a period that STARTS on D is open at D, and one that ENDS on D is NOT: it closed that day.
    This is the DfE snapshot convention for "at 31 March" counts (CIN at 31 March, children on a
    CP plan at 31 March, children looked after at 31 March: an episode that ceased on 31 March is
    counted in "ceased during the year", not in "looked after at 31 March"). A period with no start
    is never open. The result is never null when D is not null.

    end_inclusive=true changes the end test to `end >= D` (still open on its last day) for local
    measures that count a period as open on the day it ends.

    D is a SQL expression (default: 31 March of var('reporting_year')); pass ssd_as_at_date() for
    the extract date, or ssd_date_literal('2026-03-31') for a constant.
    On SQL Server the result is a predicate: use it in where / case when, not as a select column.
-#}
{% macro ssd_open_at(start_col, end_col, at_date=none, end_inclusive=false) -%}
    {{ return(adapter.dispatch('ssd_open_at', 'ssd')(start_col, end_col, at_date, end_inclusive)) }}
{%- endmacro %}

{% macro default__ssd_open_at(start_col, end_col, at_date=none, end_inclusive=false) -%}
    {%- set at = ssd_census_date() if at_date is none else at_date -%}
    (
        {{ start_col }} is not null
        and cast({{ start_col }} as date) <= cast({{ at }} as date)
        and (
            {{ end_col }} is null
            or cast({{ end_col }} as date) {{ '>=' if end_inclusive else '>' }} cast({{ at }} as date)
        )
    )
{%- endmacro %}


{#-
    ssd_overlaps_period(start_col, end_col, period_start=ssd_fy_start(), period_end=ssd_fy_end())
        -> boolean predicate

    Was a period open at any point in the window [period_start, period_end] (both days inclusive)?

        start is not null  and  start <= period_end  and  (end is null  or  end >= period_start)

    This is the DfE "in the year" test for CIN census episodes and SSDA903 episodes: referral/DECOM
    on or before 31 March and closure/DEC blank or on or after 1 April. A period that ended ON
    1 April overlaps the year; one that ended on 31 March of the year before does not; one that
    starts on 31 March (the census date) does.
-#}
{% macro ssd_overlaps_period(start_col, end_col, period_start=none, period_end=none) -%}
    {{ return(adapter.dispatch('ssd_overlaps_period', 'ssd')(start_col, end_col, period_start, period_end)) }}
{%- endmacro %}

{% macro default__ssd_overlaps_period(start_col, end_col, period_start=none, period_end=none) -%}
    {%- set window_start = ssd_fy_start() if period_start is none else period_start -%}
    {%- set window_end = ssd_fy_end() if period_end is none else period_end -%}
    (
        {{ start_col }} is not null
        and cast({{ start_col }} as date) <= cast({{ window_end }} as date)
        and (
            {{ end_col }} is null
            or cast({{ end_col }} as date) >= cast({{ window_start }} as date)
        )
    )
{%- endmacro %}

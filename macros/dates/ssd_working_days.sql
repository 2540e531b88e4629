{#-
    Working days: Monday to Friday, less England & Wales bank holidays listed in the seed
    ref__england_bank_holidays (column holiday_date; 2010-2035, regenerate with
    src/ssd_kit/bank_holidays.py). Dates outside the seed's years are treated as having no bank
    holidays. Everything is plain arithmetic on calendar dates (timestamps are cast to dates) plus
    one count against the holiday seed, so it is set-based and needs no calendar table:

      weekday ordinal W(d) = number of Mondays-to-Fridays from 0001-01-01 (a Monday in the
      proleptic Gregorian calendar every engine uses) up to and including d:
          n = days from 0001-01-01 to d;  W(d) = 5 * floor((n + 1) / 7) + min((n + 1) mod 7, 5)

    ---------------------------------------------------------------------------------------------
    ssd_working_days_between(start_col, end_col, include_start=var('ssd_working_days_include_start', false))
        -> integer

    The number of working days AFTER start up to AND INCLUDING end: the start date is day 0 and the
    next working day is day 1 (the DfE "within 45 working days" / "within 15 working days" reading
    in the indicator catalogue). A referral on a Friday completed the next Friday took 5; completed
    the same day took 0; a start on a Saturday and end on the Monday is 1.
      * null start or null end -> null
      * start = end            -> 0
      * start > end            -> minus the count from end to start (the function is antisymmetric),
                                  so a data error shows as a negative number rather than vanishing;
                                  test start <= end separately (ssd_start_before_end).
      * include_start=true counts the start date too when it is a working day (the interval
        [start, end] instead of (start, end]); the project-wide default is the dbt variable
        ssd_working_days_include_start (false when unset).

    ---------------------------------------------------------------------------------------------
    ssd_add_working_days(date_col, n) -> date

    The n-th working day after date_col (date_col itself never counts, whatever day it is), i.e. the
    earliest working day t with ssd_working_days_between(date_col, t) = n. Use it for target dates
    ("conference due 15 working days after the strategy discussion").
      * n = 0 -> date_col itself (as a date, even on a weekend or bank holiday)
      * n < 0, or a null input -> null (counting backwards is not needed by any SSD measure)
    How: number working days by K(d) = W(d) - (bank holidays on or before d). The answer has
    K = K(date_col) + n. Bank holiday j (j-th in date order) falls before it exactly when the working
    days before that holiday, W(holiday_j) - j, are fewer than K; adding their count J to K gives the
    answer's weekday ordinal w = K + J, and a weekday ordinal turns back into a date as
    0001-01-01 + 7 * floor((w - 1) / 5) + (w - 1) mod 5.

    ---------------------------------------------------------------------------------------------
    ssd_is_working_day(date_col) -> boolean predicate: a Monday to Friday that is not a bank holiday
        (null date -> null).

    All three take holidays=ref('ref__england_bank_holidays') to use another relation with a
    holiday_date column.
-#}

{% macro _ssd_holidays_relation(holidays) -%}
    {{ return(ref('ref__england_bank_holidays') if holidays is none else holidays) }}
{%- endmacro %}

{#- Days from the anchor Monday 0001-01-01 to expr: never negative for a real date. -#}
{% macro _ssd_day_number(expr) -%}
    {{ ssd_days_between(ssd_date_literal('0001-01-01'), expr) }}
{%- endmacro %}

{#- W(d): Mondays-to-Fridays from 0001-01-01 to d inclusive. Exact: (n + 1) - (n + 1) % 7 is a multiple of 7. -#}
{% macro _ssd_weekday_ordinal(expr) -%}
    {%- set m = '(' ~ _ssd_day_number(expr) ~ ' + 1)' -%}
    (5 * cast(({{ m }} - {{ m }} % 7) / 7 as integer)
        + case when {{ m }} % 7 > 5 then 5 else {{ m }} % 7 end)
{%- endmacro %}

{% macro _ssd_is_weekday(expr) -%}
    ({{ _ssd_day_number(expr) }} % 7 < 5)
{%- endmacro %}


{% macro ssd_working_days_between(start_col, end_col, include_start=none, holidays=none) -%}
    {{ return(adapter.dispatch('ssd_working_days_between', 'ssd')(start_col, end_col, include_start, holidays)) }}
{%- endmacro %}

{% macro _ssd_working_days_start(start_col, include_start) -%}
    {%- set include = var('ssd_working_days_include_start', false) if include_start is none else include_start -%}
    {%- if include in [true, 'true', 'True', 1, '1'] -%}
        {{ return(ssd_add_days(start_col, -1)) }}
    {%- else -%}
        {{ return(start_col) }}
    {%- endif -%}
{%- endmacro %}

{% macro default__ssd_working_days_between(start_col, end_col, include_start=none, holidays=none) -%}
    {%- set s = _ssd_working_days_start(start_col, include_start) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    cast(
        {{ _ssd_weekday_ordinal(end_col) }} - {{ _ssd_weekday_ordinal(s) }}
        - case when cast({{ end_col }} as date) >= cast({{ s }} as date) then 1 else -1 end
        * (
            select count(*)
            from {{ bh }} as ssd_bh
            where {{ _ssd_is_weekday('ssd_bh.holiday_date') }}
                and (
                    (ssd_bh.holiday_date > cast({{ s }} as date) and ssd_bh.holiday_date <= cast({{ end_col }} as date))
                    or (ssd_bh.holiday_date > cast({{ end_col }} as date) and ssd_bh.holiday_date <= cast({{ s }} as date))
                )
        )
    as integer)
{%- endmacro %}

{#- Spark rejects correlated subqueries with non-equality predicates: filter an array of the
    weekday holidays (one uncorrelated scalar subquery) with a lambda instead. Untested here. -#}
{% macro spark__ssd_working_days_between(start_col, end_col, include_start=none, holidays=none) -%}
    {%- set s = _ssd_working_days_start(start_col, include_start) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    cast(
        {{ _ssd_weekday_ordinal(end_col) }} - {{ _ssd_weekday_ordinal(s) }}
        - case when cast({{ end_col }} as date) >= cast({{ s }} as date) then 1 else -1 end
        * size(filter(
            (select collect_list(cast(ssd_bh.holiday_date as date)) from {{ bh }} as ssd_bh
                where {{ _ssd_is_weekday('ssd_bh.holiday_date') }}),
            h -> (h > cast({{ s }} as date) and h <= cast({{ end_col }} as date))
                or (h > cast({{ end_col }} as date) and h <= cast({{ s }} as date))
        ))
    as int)
{%- endmacro %}


{% macro ssd_is_working_day(date_col, holidays=none) -%}
    {{ return(adapter.dispatch('ssd_is_working_day', 'ssd')(date_col, holidays)) }}
{%- endmacro %}

{% macro default__ssd_is_working_day(date_col, holidays=none) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    (
        {{ _ssd_is_weekday(date_col) }}
        and not exists (
            select 1
            from {{ bh }} as ssd_bh
            where ssd_bh.holiday_date = cast({{ date_col }} as date)
        )
    )
{%- endmacro %}

{% macro spark__ssd_is_working_day(date_col, holidays=none) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    (
        {{ _ssd_is_weekday(date_col) }}
        and not array_contains(
            (select collect_list(cast(ssd_bh.holiday_date as date)) from {{ bh }} as ssd_bh),
            cast({{ date_col }} as date)
        )
    )
{%- endmacro %}


{% macro ssd_add_working_days(date_col, n, holidays=none) -%}
    {{ return(adapter.dispatch('ssd_add_working_days', 'ssd')(date_col, n, holidays)) }}
{%- endmacro %}

{#- K(date_col) + n: the target's working-day number. -#}
{% macro _ssd_target_working_day_number(date_col, n, bh) -%}
    ({{ _ssd_weekday_ordinal(date_col) }}
        - (
            select count(*)
            from {{ bh }} as ssd_bh
            where {{ _ssd_is_weekday('ssd_bh.holiday_date') }}
                and ssd_bh.holiday_date <= cast({{ date_col }} as date)
        )
        + cast({{ n }} as integer))
{%- endmacro %}

{#- W(holiday_j) - j for each weekday holiday j, as a derived table with column working_days_before. -#}
{% macro _ssd_holiday_keys(bh) -%}
    (
        select
            {{ _ssd_weekday_ordinal('ssd_bh.holiday_date') }}
            - row_number() over (order by ssd_bh.holiday_date) as working_days_before
        from {{ bh }} as ssd_bh
        where {{ _ssd_is_weekday('ssd_bh.holiday_date') }}
    )
{%- endmacro %}

{#- Weekday ordinal w (a SQL expression) back to its date. -#}
{% macro _ssd_date_of_weekday_ordinal(w) -%}
    {{ ssd_add_days(
        ssd_date_literal('0001-01-01'),
        '7 * cast(((' ~ w ~ ') - 1 - ((' ~ w ~ ') - 1) % 5) / 5 as integer) + ((' ~ w ~ ') - 1) % 5'
    ) }}
{%- endmacro %}

{#- The target working-day number K and then the weekday ordinal w are each computed once, in a
    derived table, so engines that run correlated subqueries row by row (PostgreSQL) do not
    recompute the holiday counts for every holiday row. -#}
{% macro default__ssd_add_working_days(date_col, n, holidays=none) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    case
        when {{ date_col }} is null or {{ n }} is null or {{ n }} < 0 then null
        when {{ n }} = 0 then cast({{ date_col }} as date)
        else (
            select {{ _ssd_date_of_weekday_ordinal('ssd_target.w') }}
            from (
                select
                    ssd_k.k + (
                        select count(*)
                        from {{ _ssd_holiday_keys(bh) }} as ssd_bh_keys
                        where ssd_bh_keys.working_days_before < ssd_k.k
                    ) as w
                from (select {{ _ssd_target_working_day_number(date_col, n, bh) }} as k) as ssd_k
            ) as ssd_target
        )
    end
{%- endmacro %}

{#- Spark: the same arithmetic with the correlated counts done as array filters. Untested here. -#}
{% macro spark__ssd_add_working_days(date_col, n, holidays=none) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    {%- set k -%}
        ({{ _ssd_weekday_ordinal(date_col) }}
            - size(filter(
                (select collect_list(cast(ssd_bh.holiday_date as date)) from {{ bh }} as ssd_bh
                    where {{ _ssd_is_weekday('ssd_bh.holiday_date') }}),
                h -> h <= cast({{ date_col }} as date)
            ))
            + cast({{ n }} as int))
    {%- endset -%}
    {%- set w -%}
        {{ k }} + size(filter(
            (select collect_list(ssd_bh_keys.working_days_before) from {{ _ssd_holiday_keys(bh) }} as ssd_bh_keys),
            x -> x < {{ k }}
        ))
    {%- endset -%}
    case
        when {{ date_col }} is null or {{ n }} is null or {{ n }} < 0 then null
        when {{ n }} = 0 then cast({{ date_col }} as date)
        else {{ _ssd_date_of_weekday_ordinal(w) }}
    end
{%- endmacro %}

{#- PostgreSQL runs correlated subqueries once per row and would re-scan (and, for
    ssd_add_working_days, re-rank) the holiday seed for every row. Aggregating the weekday holidays
    into an array in an uncorrelated sub-select makes PostgreSQL compute it once per query (an
    InitPlan); each row then only unnests a ~200-element array. `offset 0` stops PostgreSQL pulling
    the derived tables up, which would copy K and w (and their subqueries) into every use.
    Same arithmetic as default__. -#}
{% macro _ssd_pg_weekday_holidays_array(bh) -%}
    (select array_agg(cast(ssd_bh.holiday_date as date)) from {{ bh }} as ssd_bh
        where {{ _ssd_is_weekday('ssd_bh.holiday_date') }})
{%- endmacro %}

{% macro postgres__ssd_working_days_between(start_col, end_col, include_start=none, holidays=none) -%}
    {%- set s = _ssd_working_days_start(start_col, include_start) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    cast(
        {{ _ssd_weekday_ordinal(end_col) }} - {{ _ssd_weekday_ordinal(s) }}
        - case when cast({{ end_col }} as date) >= cast({{ s }} as date) then 1 else -1 end
        * (
            select count(*)
            from unnest({{ _ssd_pg_weekday_holidays_array(bh) }}) as ssd_h (holiday_date)
            where (ssd_h.holiday_date > cast({{ s }} as date) and ssd_h.holiday_date <= cast({{ end_col }} as date))
                or (ssd_h.holiday_date > cast({{ end_col }} as date) and ssd_h.holiday_date <= cast({{ s }} as date))
        )
    as integer)
{%- endmacro %}

{% macro postgres__ssd_add_working_days(date_col, n, holidays=none) -%}
    {%- set bh = _ssd_holidays_relation(holidays) -%}
    case
        when {{ date_col }} is null or {{ n }} is null or {{ n }} < 0 then null
        when {{ n }} = 0 then cast({{ date_col }} as date)
        else (
            select {{ _ssd_date_of_weekday_ordinal('ssd_target.w') }}
            from (
                select
                    ssd_k.k + (
                        select count(*)
                        from unnest(
                            (select array_agg(ssd_bh_keys.working_days_before) from {{ _ssd_holiday_keys(bh) }} as ssd_bh_keys)
                        ) as ssd_key (working_days_before)
                        where ssd_key.working_days_before < ssd_k.k
                    ) as w
                from (
                    select
                        {{ _ssd_weekday_ordinal(date_col) }}
                        - (
                            select count(*)
                            from unnest({{ _ssd_pg_weekday_holidays_array(bh) }}) as ssd_h (holiday_date)
                            where ssd_h.holiday_date <= cast({{ date_col }} as date)
                        )
                        + cast({{ n }} as integer) as k
                    offset 0
                ) as ssd_k
                offset 0
            ) as ssd_target
        )
    end
{%- endmacro %}

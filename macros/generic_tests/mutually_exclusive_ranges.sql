{#-
    mutually_exclusive_ranges(lower_bound_column, upper_bound_column, partition_by=none,
                              allow_touching=true): within each partition (e.g. per child) no two
    ranges overlap.

    A range runs from lower to upper; a null upper means still open (runs forever). Ranges are
    sorted by lower (then upper, open last) and each is compared with the next one:
      * allow_touching=true (default): the next range may start ON the day this one ends
        (lower_next >= upper), the SSDA903 episode chain where DECOM of the next episode equals
        DEC of this one. It fails when lower_next < upper.
      * allow_touching=false: the next range must start strictly after this one ends; it fails
        when lower_next <= upper.
      * an open range (null upper) followed by any other range in the partition fails.
      * a range whose upper is before its lower fails on its own (invalid_range).
    Sorted this way, no overlap anywhere implies none between neighbours and vice versa, so
    comparing neighbours is enough. Rows with a null lower are ignored (test not_null for them).
    partition_by is a column name, a list of them, or none for the whole model.
    Fails with one row per offending range, with the neighbour's bounds and the reason.
-#}
{% test mutually_exclusive_ranges(model, lower_bound_column, upper_bound_column, partition_by=none, allow_touching=true) %}
{%- set partition_columns = [] if partition_by is none else ([partition_by] if partition_by is string else partition_by) -%}
{%- set partition_clause = ('partition by ' ~ partition_columns | join(', ')) if partition_columns else '' -%}
{%- set overlap_operator = '<' if allow_touching else '<=' %}
with

ranges as (

    select
        {% for column in partition_columns -%}
        {{ column }},
        {% endfor -%}
        {{ lower_bound_column }} as lower_bound,
        {{ upper_bound_column }} as upper_bound
    from {{ model }}
    where {{ lower_bound_column }} is not null

),

with_next as (

    select
        ranges.*,
        lead(lower_bound) over (
            {{ partition_clause }}
            order by lower_bound, case when upper_bound is null then 1 else 0 end, upper_bound
        ) as next_lower_bound,
        lead(upper_bound) over (
            {{ partition_clause }}
            order by lower_bound, case when upper_bound is null then 1 else 0 end, upper_bound
        ) as next_upper_bound
    from ranges

),

failures as (

    select
        with_next.*,
        case
            when upper_bound < lower_bound then 'invalid_range'
            when upper_bound is null then 'open_range_not_last'
            else 'overlaps_next'
        end as failure_reason
    from with_next
    where (upper_bound is not null and upper_bound < lower_bound)
        or (next_lower_bound is not null and upper_bound is null)
        or (next_lower_bound is not null and next_lower_bound {{ overlap_operator }} upper_bound)

)

select * from failures
{% endtest %}

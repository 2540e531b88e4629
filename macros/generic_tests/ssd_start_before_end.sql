{#-
    ssd_start_before_end(start_column, end_column): a period never ends before it starts. A row fails
    when both dates are present and end < start; end = start is fine (a same-day period) and a null
    at either end passes (test not_null separately where a date is required). Compared as stored
    (timestamps keep their time of day); set on_date=true to compare the calendar dates only.
-#}
{% test ssd_start_before_end(model, start_column, end_column, on_date=false) %}
{%- set start_expr = ssd_to_date(start_column) if on_date else start_column -%}
{%- set end_expr = ssd_to_date(end_column) if on_date else end_column %}
with

failures as (

    select *
    from {{ model }}
    where {{ start_column }} is not null
        and {{ end_column }} is not null
        and {{ end_expr }} < {{ start_expr }}

)

select * from failures
{% endtest %}

{#-
    unique_combination_of_columns(combination_of_columns): no two rows share the same values in all
    of the listed columns (a compound grain). Rows whose values are null are grouped together like
    any other value, so two rows that are null in the same columns and equal elsewhere fail.
    Fails with one row per duplicated combination, with its count in n_records.
-#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
{%- set columns = [combination_of_columns] if combination_of_columns is string else combination_of_columns -%}
{%- if columns | length == 0 -%}
    {{ exceptions.raise_compiler_error("unique_combination_of_columns needs at least one column") }}
{%- endif %}
with

tested as (

    select
        {{ columns | join(',\n        ') }}
    from {{ model }}

),

duplicates as (

    select
        {{ columns | join(',\n        ') }},
        count(*) as n_records
    from tested
    group by
        {{ columns | join(',\n        ') }}
    having count(*) > 1

)

select * from duplicates
{% endtest %}

{#-
    not_empty_string: a text column never holds an empty or whitespace-only string (nulls pass: use
    not_null for those). Cleaned text should be null, never ''.
-#}
{% test not_empty_string(model, column_name) %}
with

failures as (

    select {{ column_name }}
    from {{ model }}
    where trim({{ column_name }}) = ''

)

select * from failures
{% endtest %}

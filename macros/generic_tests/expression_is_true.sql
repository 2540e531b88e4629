{#-
    expression_is_true(expression): every row satisfies a boolean SQL expression. The failing rows
    are those where `not (expression)` is true; a row where the expression is NULL is NOT a failure
    (SQL's three-valued logic, as dbt_utils), so wrap nullable parts in coalesce() to be strict.
    Used at column level, the expression is appended to the column:
    `expression: ">= 0"` on column age tests `age >= 0`.
-#}
{% test expression_is_true(model, expression, column_name=none) %}
{%- set predicate = expression if column_name is none else column_name ~ ' ' ~ expression %}
with

failures as (

    select *
    from {{ model }}
    where not ({{ predicate }})

)

select * from failures
{% endtest %}

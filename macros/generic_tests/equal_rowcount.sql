{#-
    equal_rowcount(compare_model): the model has exactly as many rows as compare_model. Fails with
    one row holding both counts when they differ.
-#}
{% test equal_rowcount(model, compare_model) %}
with

model_count as (

    select count(*) as n_rows from {{ model }}

),

compare_count as (

    select count(*) as n_rows from {{ compare_model }}

),

compared as (

    select
        model_count.n_rows as model_rows,
        compare_count.n_rows as compare_model_rows
    from model_count
    cross join compare_count

)

select * from compared
where model_rows <> compare_model_rows
{% endtest %}

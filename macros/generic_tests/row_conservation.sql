{#-
    row_conservation(source_model, quarantine_model, source_where=none, quarantine_where=none,
                     model_where=none): no source row is lost or invented on the way to the model.

        count(model [where model_where])
      + count(quarantine_model [where quarantine_where])
      = count(source_model [where source_where])

    Each *_where is a SQL predicate on that relation (e.g. quarantine_where="ssd_table = 'ssd_person'").
    quarantine_model may be omitted when nothing is quarantined. Fails with one row holding the
    three counts when the equation does not hold. It proves the totals only: pair it with a
    uniqueness test on the model's key so a dropped row cannot be hidden by a duplicated one.
-#}
{% test row_conservation(model, source_model, quarantine_model=none, source_where=none, quarantine_where=none, model_where=none) %}
with

model_count as (

    select count(*) as n_rows
    from {{ model }}
    {% if model_where %}where {{ model_where }}{% endif %}

),

quarantine_count as (

    {% if quarantine_model is none -%}
    select 0 as n_rows
    {%- else -%}
    select count(*) as n_rows
    from {{ quarantine_model }}
    {% if quarantine_where %}where {{ quarantine_where }}{% endif %}
    {%- endif %}

),

source_count as (

    select count(*) as n_rows
    from {{ source_model }}
    {% if source_where %}where {{ source_where }}{% endif %}

),

compared as (

    select
        model_count.n_rows as model_rows,
        quarantine_count.n_rows as quarantine_rows,
        source_count.n_rows as source_rows
    from model_count
    cross join quarantine_count
    cross join source_count

)

select * from compared
where model_rows + quarantine_rows <> source_rows
{% endtest %}

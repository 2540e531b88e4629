{#- Duplicate raw keys: ONE rule for every supplier mapping (README, "Nothing is lost silently").
    Among the raw rows that share a key, the row kept is the first by its full row text (every staging column,
    as text): a stable tiebreak that does not depend on the order of the rows in the extract file. The other rows
    are quarantined: `duplicate_key` when a row is an exact copy of the kept one, `duplicate_key_conflict`
    (data_quality) when its values differ; the SSD gate's dq_detail then names the SSD columns that differ from
    the kept row. (Liquidlogic's raw tables carry no update time, so there is no "latest" to prefer.) -#}

{% macro ssd_row_text(alias) -%}
    cast({{ alias }} as {{ ssd_type('string') }})
{%- endmacro %}

{% macro ssd_key_row(alias, key) -%}
    {#- 1 for the row kept among the rows of alias sharing key (a column of alias), 2, 3 ... for the others. -#}
    row_number() over (partition by {{ alias }}.{{ key }} order by {{ ssd_row_text(alias) }})
{%- endmacro %}

{% macro ssd_key_conflict(alias, key) -%}
    {#- 1 when the row's values differ from the kept row's (the first by row text), else 0. -#}
    case
        when {{ ssd_row_text(alias) }}
            <> min({{ ssd_row_text(alias) }}) over (partition by {{ alias }}.{{ key }}) then 1
        else 0
    end
{%- endmacro %}

{#- The SSD gate: ssd_gate(table) renders each gate model (models/intermediate/gate/int_gate__<table>.sql, a
    one-line call written by `ssd gen-ssd`) from the spec facts in macros/ssd_spec.sql, with the small expressions
    below. -#}

{% macro ssd_gate_text(expr) -%}
    coalesce(cast({{ expr }} as {{ ssd_type('string') }}), '')
{%- endmacro %}

{% macro ssd_gate_before(end_column, start_column) -%}
    {#- An end date before its start date (compared as dates, so a same-day end is fine). -#}
    cast(source.{{ end_column }} as date) < cast(source.{{ start_column }} as date)
{%- endmacro %}

{% macro ssd_gate_differs(column) -%}
    {#- ' <column>' when a conflicting duplicate differs from the kept row in column, else ''. -#}
    case when source.{{ column }} is distinct from kept.{{ column }} then ' {{ column }}' else '' end
{%- endmacro %}

{% macro ssd_gate(table) -%}
    {#- int_gate__<table>: every row of the supplier's intermediate model, with the SSD-wide rules applied, from
        the spec (ssd_spec_tables() for the columns, ssd_spec_gate() for the key, end dates and cascading foreign
        keys, both written by `ssd gen-ssd`). A row the supplier accepted (_dq_reason null) is still quarantined
        when its key is missing, an end date is before its start, or a cascading foreign key points at a parent
        that is not in the SSD (quarantined there, or never existed). _dq_detail says which column and which
        parent row. The refs are built from the static spec, so dbt registers them at parse time. -#}
    {%- set gate = ssd_spec_gate() -%}
    {%- if table not in gate -%}
        {{ exceptions.raise_compiler_error("ssd_gate: '" ~ table ~ "' is not an SSD table") }}
    {%- endif -%}
    {%- set columns = [] -%}
    {%- for column, logical_type in ssd_spec_tables()[table] -%}
        {%- do columns.append(column) -%}
    {%- endfor -%}
    {%- set pk = gate[table]['primary_key'] -%}
    {%- set ends = gate[table]['end_dates'] -%}
    {%- set fks = gate[table]['cascades'] -%}
    {%- set rules = [] -%}
    {%- if pk %}{% do rules.append('missing_key') %}{% endif -%}
    {%- if ends %}{% do rules.append('end_before_start') %}{% endif -%}
    {%- if fks %}{% do rules.extend(['orphan_of_quarantined_parent', 'parent_not_in_ssd']) %}{% endif -%}
    {%- set header = "int_gate__" ~ table ~ ": the SSD gate. Every row of the supplier's intermediate model; "
        ~ "a row it accepted is still quarantined by the SSD-wide rules from the spec: "
        ~ (rules | join(', ') if rules else 'none') ~ "." -%}
    {%- set string = ssd_type('string') -%}
-- {{ header | wordwrap(115, wrapstring='\n-- ') }}
with source as (

    select * from {{ ssd_supplier_ref(table) }}

),
{%- for column, parent, parent_column, parent_type in fks %}
    {%- set cast_parent = 'cast(' ~ parent_column ~ ' as ' ~ ssd_type(parent_type) ~ ')' %}

parent_{{ loop.index }} as (

    -- {{ column }} -> {{ parent }}.{{ parent_column }}: the parent keys in the SSD
    select {{ cast_parent }} as parent_key
    from {{ ref(parent) }}
    where {{ parent_column }} is not null
    group by {{ cast_parent }}

),

parent_{{ loop.index }}_quarantined as (

    -- the {{ parent }} rows the gate quarantined, to name the parent row to fix
    select
        {{ cast_parent }} as parent_key,
        min(_dq_reason) as parent_reason,
        min(_source_table) as parent_source_table,
        min(_source_key) as parent_source_key
    from {{ ref('int_gate__' ~ parent) }}
    where _dq_reason is not null and {{ parent_column }} is not null
    group by {{ cast_parent }}

),
{%- endfor %}
{%- if pk %}

kept as (

    -- the rows the supplier kept, to show how a conflicting duplicate differs
    select *
    from source
    where _dq_reason is null and {% for c in pk %}{{ c }} is not null{% if not loop.last %} and {% endif %}{% endfor %}

),
{%- endif %}

final as (

    select
{%- for column in columns %}
        source.{{ column }},
{%- endfor %}
        source._source_table,
        source._source_key,
        cast(
{%- if pk or ends or fks %}
            case
                when source._dq_reason is not null then source._dq_reason
{{- ssd_gate_whens(pk, ends, fks, false) }}
            end
{%- else %}
            source._dq_reason
{%- endif %}
            as {{ string }}
        ) as _dq_reason,
        cast(
{%- if pk or ends or fks %}
            case
    {%- if pk %}
                when source._dq_reason = 'duplicate_key_conflict'
                    and kept._source_key is not null
                    then 'differs from the kept row '
                        || {{ ssd_gate_text('kept._source_key') }}
                        || ' in:'
        {%- for column in columns %}
                        || {{ ssd_gate_differs(column) }}
        {%- endfor %}
    {%- endif %}
                when source._dq_reason is not null then null
{{- ssd_gate_whens(pk, ends, fks, true) }}
            end
{%- else %}
            null
{%- endif %}
            as {{ string }}
        ) as _dq_detail
    from source
{%- for column, parent, parent_column, parent_type in fks %}
    {%- set child = 'cast(source.' ~ column ~ ' as ' ~ ssd_type(parent_type) ~ ')' %}
    left join parent_{{ loop.index }}
        on {{ child }} = parent_{{ loop.index }}.parent_key
    left join parent_{{ loop.index }}_quarantined
        on {{ child }} = parent_{{ loop.index }}_quarantined.parent_key
{%- endfor %}
{%- if pk %}
    left join kept
        on
            source._dq_reason = 'duplicate_key_conflict'
    {%- for c in pk %}
            and source.{{ c }} = kept.{{ c }}
    {%- endfor %}
{%- endif %}

)

select * from final
{%- endmacro %}

{% macro ssd_gate_whens(pk, ends, fks, detail) -%}
    {#- The gate's rules as case branches, in order: missing key, each end date before its start, then per
        cascading foreign key an orphan of a quarantined parent and a parent not in the SSD. detail=false gives
        the rule (_dq_reason), detail=true the text naming the column and parent row (_dq_detail). -#}
    {%- if pk %}
                when source.{{ pk[0] }} is null
        {%- for c in pk[1:] %}
                    or source.{{ c }} is null
        {%- endfor %}
        {%- if detail %}
                    then 'primary key {{ pk | join(", ") }} is null'
        {%- else %}
                    then 'missing_key'
        {%- endif %}
    {%- endif %}
    {%- for end_column, start_column in ends %}
                when {{ ssd_gate_before(end_column, start_column) }}
        {%- if detail %}
                    then '{{ end_column }} is before {{ start_column }}'
        {%- else %}
                    then 'end_before_start'
        {%- endif %}
    {%- endfor %}
    {%- for column, parent, parent_column, parent_type in fks %}
        {%- set q = 'parent_' ~ loop.index ~ '_quarantined' %}
                when source.{{ column }} is not null
                    and parent_{{ loop.index }}.parent_key is null
                    and {{ q }}.parent_key is not null
        {%- if detail %}
                    then '{{ column }} -> {{ parent }} '
                        || {{ ssd_gate_text('source.' ~ column) }}
                        || ' quarantined ('
                        || {{ q }}.parent_reason
                        || '; '
                        || {{ ssd_gate_text(q ~ '.parent_source_table') }}
                        || ' '
                        || {{ ssd_gate_text(q ~ '.parent_source_key') }}
                        || ')'
        {%- else %}
                    then 'orphan_of_quarantined_parent'
        {%- endif %}
                when source.{{ column }} is not null
                    and parent_{{ loop.index }}.parent_key is null
        {%- if detail %}
                    then '{{ column }} -> {{ parent }} '
                        || {{ ssd_gate_text('source.' ~ column) }}
                        || ' not found'
        {%- else %}
                    then 'parent_not_in_ssd'
        {%- endif %}
    {%- endfor %}
{%- endmacro %}

-- Rows KEPT in the SSD but flagged for an analyst: implausible values (the SSD-wide checks below, over every
-- timestamp column of ssd_spec_tables(), read through the SSD gate for the raw table and key), plus the flags
-- of the chosen supplier's mapping (int_<supplier>__dq_flags, var ssd_suppliers_with_flags): a value the
-- mapping changed by a documented rule or left out. Flag codes are catalogued in seed ssd__dq_reasons
-- (category flag).
{%- set as_at = ssd_date_literal(var('as_at_date')) %}
{%- set birth_columns = ['pers_dob', 'moth_childs_dob'] %}
{%- set expected_birth_columns = ['pers_expected_dob'] %}
with checked as (
    {% for ssd_table, columns in ssd_spec_tables().items() %}
        {%- for column, logical_type in columns if logical_type == 'timestamp' %}

            select
                '{{ ssd_table }}' as ssd_table,
                cast(_source_table as {{ ssd_type('string') }}) as source_table,
                cast(_source_key as {{ ssd_type('string') }}) as source_key,
                cast(
                    case
                        when cast({{ column }} as date) < cast('1900-01-01' as date) then 'date_before_1900'
                        {%- if column in birth_columns %}
                            when cast({{ column }} as date) > {{ as_at }} then 'birth_date_after_as_at'
                        {%- elif column in expected_birth_columns %}
                            when cast({{ column }} as date) > {{ dbt.dateadd('year', 1, as_at) }}
                                then 'expected_birth_date_too_late'
                        {%- else %}
                            when cast({{ column }} as date) > {{ dbt.dateadd('year', 2, as_at) }}
                                then 'date_far_after_as_at'
                        {%- endif %}
                    end as {{ ssd_type('string') }}
                ) as flag_code,
                cast('{{ column }}' as {{ ssd_type('string') }}) as flag_detail
            from {{ ref('int_gate__' ~ ssd_table) }}
            where _dq_reason is null and {{ column }} is not null

            union all
        {%- endfor %}
    {%- endfor %}

    select
        cast(null as {{ ssd_type('string') }}) as ssd_table,
        cast(null as {{ ssd_type('string') }}) as source_table,
        cast(null as {{ ssd_type('string') }}) as source_key,
        cast(null as {{ ssd_type('string') }}) as flag_code,
        cast(null as {{ ssd_type('string') }}) as flag_detail
    where 1 = 0
    {%- if var('ssd_supplier') in var('ssd_suppliers_with_flags', []) and not var('ssd_history_supplier', none) %}

        union all

        select
            cast(ssd_table as {{ ssd_type('string') }}) as ssd_table,
            cast(source_table as {{ ssd_type('string') }}) as source_table,
            cast(source_key as {{ ssd_type('string') }}) as source_key,
            cast(flag_code as {{ ssd_type('string') }}) as flag_code,
            cast(flag_detail as {{ ssd_type('string') }}) as flag_detail
        from {{ ref('int_' ~ var('ssd_supplier') ~ '__dq_flags') }}
    {%- endif %}

),

reasons as (

    select * from {{ ref('ssd__dq_reasons') }}

),

final as (

    select
        checked.ssd_table,
        checked.source_table,
        checked.source_key,
        checked.flag_code,
        checked.flag_detail,
        reasons.explanation
    from checked
    left join reasons on checked.flag_code = reasons.dq_reason
    where checked.flag_code is not null

)

select * from final

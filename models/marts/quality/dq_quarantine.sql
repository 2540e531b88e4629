-- Every supplier row that did not reach the SSD layer, with the rule it failed: one select per SSD table
-- (ssd_spec_tables(), generated from the spec) over its SSD gate model (the supplier's intermediate model with
-- the SSD-wide rules applied). dq_detail names the column, and for an orphan the quarantined parent row.
with quarantined as (
    {% for ssd_table in ssd_spec_tables() %}
        {%- if not loop.first %}

            union all
        {% endif %}

        select
            '{{ ssd_table }}' as ssd_table,
            cast(_source_table as {{ ssd_type('string') }}) as source_table,
            cast(_source_key as {{ ssd_type('string') }}) as source_key,
            cast(_dq_reason as {{ ssd_type('string') }}) as dq_reason,
            cast(_dq_detail as {{ ssd_type('string') }}) as dq_detail
        from {{ ref('int_gate__' ~ ssd_table) }}
        where _dq_reason is not null
    {%- endfor %}

),

reasons as (

    select * from {{ ref('ssd__dq_reasons') }}

),

final as (

    select
        quarantined.ssd_table,
        quarantined.source_table,
        quarantined.source_key,
        quarantined.dq_reason,
        reasons.dq_category,
        quarantined.dq_detail,
        reasons.explanation
    from quarantined
    left join reasons on quarantined.dq_reason = reasons.dq_reason

)

select * from final

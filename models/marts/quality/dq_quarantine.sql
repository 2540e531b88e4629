-- Every supplier row that did not reach the SSD layer, with the rule it failed: one select per SSD table
-- (ssd_spec_tables(), generated from the spec) over the intermediate model it reads.
with quarantined as (
    {% for ssd_table in ssd_spec_tables() %}
        {%- if not loop.first %}

            union all
        {% endif %}

        select
            '{{ ssd_table }}' as ssd_table,
            cast(_source_table as {{ ssd_type('string') }}) as source_table,
            cast(_source_key as {{ ssd_type('string') }}) as source_key,
            cast(_dq_reason as {{ ssd_type('string') }}) as dq_reason
        from {{ ssd_supplier_ref(ssd_table) }}
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
        reasons.explanation
    from quarantined
    left join reasons on quarantined.dq_reason = reasons.dq_reason

)

select * from final

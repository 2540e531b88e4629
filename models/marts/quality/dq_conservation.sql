-- Nothing is lost silently: supplier rows = SSD rows + quarantined rows, per SSD table (ssd_spec_tables(),
-- generated from the spec), read through the SSD gate so its quarantined rows count too.
with offered as (
    {% for ssd_table in ssd_spec_tables() %}
        {%- if not loop.first %}

            union all
        {% endif %}

        select
            '{{ ssd_table }}' as ssd_table,
            cast(count(*) as {{ ssd_type('integer') }}) as supplier_rows,
            cast(
                coalesce(sum(case when _dq_reason is not null then 1 else 0 end), 0)
                as {{ ssd_type('integer') }}
            ) as quarantined_rows
        from {{ ref('int_gate__' ~ ssd_table) }}
    {%- endfor %}

),

landed as (
    {% for ssd_table in ssd_spec_tables() %}
        {%- if not loop.first %}

            union all
        {% endif %}

        select
            '{{ ssd_table }}' as ssd_table,
            cast(count(*) as {{ ssd_type('integer') }}) as ssd_rows
        from {{ ref(ssd_table) }}
    {%- endfor %}

),

final as (

    select
        offered.ssd_table,
        offered.supplier_rows,
        landed.ssd_rows,
        offered.quarantined_rows,
        offered.supplier_rows - landed.ssd_rows - offered.quarantined_rows as unaccounted_rows
    from offered
    inner join landed on offered.ssd_table = landed.ssd_table

)

select * from final

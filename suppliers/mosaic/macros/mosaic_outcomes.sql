{#-
    Mosaic records outcomes as next actions: DM_WORKFLOW_LINKS rows from the step to a next action type.
    The seed mosaic__next_action_outcomes (suppliers/mosaic/seeds) maps the LA's next action type ids to the keys
    of an SSD outcome JSON column. mosaic_outcome_flags(json_column) is a query with one row per source step that has a mapped
    next action for that column and a column per key ('Y' when the action was taken, else 'N'); next actions
    the seed does not list (case notes, tasks) are no outcome. mosaic_outcome_pairs(json_column, alias)
    gives the (key, expression) pairs for ssd_json_object from a left join of that query.
-#}
{% macro mosaic_outcome_flags(json_column) -%}
    select
        links.source_step_id,
        {%- for key in ssd_outcome_json_keys(json_column) %}
        max(case when seed.outcome_key = '{{ key }}' then 'Y' else 'N' end) as {{ key | lower }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ ref('stg_mosaic__dm_workflow_links') }} as links
    inner join {{ ref('mosaic__next_action_outcomes') }} as seed
        on links.workflow_next_action_type_id = cast(seed.workflow_next_action_type_id as {{ ssd_type('string') }})
    where seed.outcome_column = '{{ json_column }}'
    group by links.source_step_id
{%- endmacro %}

{% macro mosaic_outcome_pairs(json_column, alias) -%}
    {%- set pairs = [] -%}
    {%- for key in ssd_outcome_json_keys(json_column) -%}
        {%- do pairs.append((key, "coalesce(" ~ alias ~ "." ~ (key | lower) ~ ", 'N')")) -%}
    {%- endfor -%}
    {{ return(pairs) }}
{%- endmacro %}

{#-
    Build state, recorded IN THE WAREHOUSE (schema <prefix>ssd_meta), so `ssd export` can refuse to write returns
    from a failed, interrupted, partial or stale build, whether the build ran through `ssd build` or plain
    `dbt build`, on DuckDB or PostgreSQL.

    ssd_meta.ssd_raw_loads  one row per raw table per load (`ssd load-files`, the simulator): load_id, loaded_at,
                            source, schema_name, table_name, row_count. Written by ssd_kit.buildstate.
    ssd_meta.ssd_builds     one row per dbt invocation: on-run-start inserts it as 'started' with the raw load it
                            reads (the latest recorded) and how many SSD models it selected; on-run-end sets
                            status 'passed' or 'failed' from `results`. A build that is killed never reaches
                            on-run-end and stays 'started' (ssd build marks it 'interrupted' when it can).
    The DDL is repeated in scripts/ssd_kit/buildstate.py (the loader may run before any build): keep them equal.
-#}

{% macro ssd_meta_schema() -%}
    {{ return(env_var('SSD_SCHEMA_PREFIX', '') ~ 'ssd_meta') }}
{%- endmacro %}

{% macro ssd_meta_relation(name) -%}
    {{ return(api.Relation.create(database=target.database, schema=ssd_meta_schema(), identifier=name)) }}
{%- endmacro %}

{% macro ssd_is_ssd_model(node) -%}
    {#- A model of the contracted SSD layer (models/ssd): the layer the returns are written from. -#}
    {{ return(node.resource_type == 'model' and node.package_name == project_name
              and (node.fqn | length) > 2 and node.fqn[1] == 'ssd') }}
{%- endmacro %}

{% macro ssd_meta_create_schema() -%}
    {%- set rel = ssd_meta_relation('ssd_builds') -%}
    create schema if not exists {{ rel.without_identifier().include(database=(target.type == 'duckdb')) }}
{%- endmacro %}

{% macro ssd_meta_create_loads() -%}
    create table if not exists {{ ssd_meta_relation('ssd_raw_loads') }} (
        load_id varchar, loaded_at timestamp, source varchar, schema_name varchar, table_name varchar,
        row_count bigint
    )
{%- endmacro %}

{% macro ssd_meta_create_builds() -%}
    create table if not exists {{ ssd_meta_relation('ssd_builds') }} (
        invocation_id varchar, started_at timestamp, finished_at timestamp, status varchar, load_id varchar,
        ssd_selected integer, ssd_total integer, ssd_ok integer, problems integer, detail varchar, command varchar
    )
{%- endmacro %}

{% macro ssd_meta_commit() -%}
    {#- on-run hooks run outside dbt's transactions; psycopg2 opens one implicitly, so close it. -#}
    {%- if target.type == 'postgres' -%} commit {%- endif -%}
{%- endmacro %}

{% macro ssd_meta_now() -%}
    cast('{{ modules.datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S.%f") }}' as timestamp)
{%- endmacro %}

{% macro ssd_build_started(if_missing=false) -%}
    {#- if_missing (on-run-end): record the invocation now if on-run-start could not, so no build goes unrecorded. -#}
    {%- set ns = namespace(selected=0, total=0) -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values() if ssd_is_ssd_model(node) -%}
            {%- set ns.total = ns.total + 1 -%}
            {%- if node.unique_id in selected_resources -%}{%- set ns.selected = ns.selected + 1 -%}{%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    insert into {{ ssd_meta_relation('ssd_builds') }}
        (invocation_id, started_at, finished_at, status, load_id, ssd_selected, ssd_total, ssd_ok, problems, detail,
         command)
    select '{{ invocation_id }}',
        cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S.%f") }}' as timestamp), null, 'started',
        (select load_id from {{ ssd_meta_relation('ssd_raw_loads') }} order by loaded_at desc, load_id desc limit 1),
        {{ ns.selected }}, {{ ns.total }}, 0, 0, null, '{{ flags.WHICH }}'
    {%- if if_missing %}
    where not exists (
        select 1 from {{ ssd_meta_relation('ssd_builds') }} where invocation_id = '{{ invocation_id }}'
    )
    {%- endif %}
{%- endmacro %}

{% macro ssd_build_finished(results) -%}
    {%- set ns = namespace(ok=0, problems=[]) -%}
    {%- for r in results -%}
        {%- if r.node is defined and ssd_is_ssd_model(r.node) and r.status == 'success' -%}
            {%- set ns.ok = ns.ok + 1 -%}
        {%- endif -%}
        {%- if r.status not in ['success', 'pass', 'warn', 'no-op'] -%}
            {%- do ns.problems.append(r.node.name ~ ' ' ~ r.status) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set detail = (ns.problems[:5] | join('; ')) ~ ('; ...' if ns.problems | length > 5 else '') -%}
    update {{ ssd_meta_relation('ssd_builds') }}
    set finished_at = {{ ssd_meta_now() }},
        status = '{{ "failed" if ns.problems else "passed" }}',
        ssd_ok = {{ ns.ok }},
        problems = {{ ns.problems | length }},
        detail = '{{ detail | replace("'", "''") }}'
    where invocation_id = '{{ invocation_id }}'
{%- endmacro %}

{#-
    Shared pieces of the CIN census models (models/marts/returns/cin_census/). The census year is
    1 April (Y-1) to 31 March Y for var('reporting_year') = Y; the ReferenceDate is 31 March Y.

    cin_census__col('LAchildID')        -> the DfE element name as a quoted identifier (keeps its case
                                           on PostgreSQL; backticks on Spark, brackets-free on T-SQL)
    cin_census__as_at(expr)             -> the date, or null when it is after the ReferenceDate: what the
                                           census shows "as at 31 March" (an end after 31 March is sent open)
    cin_census__in_year(expr)           -> predicate: the date falls in the census year (both ends inclusive)
    cin_census__flag(expr)              -> boolean: true for an SSD 'Y' (any case, trimmed), false otherwise
    cin_census__episodes_in_scope()     -> a select of the ssd_cin_episodes rows the census carries: the
                                           child is in ssd_person and the episode was open at some point
                                           in the year (referral on/before 31 March, closure blank or
                                           on/after 1 April). Every module joins to it, so no row can
                                           nest under an episode the return does not send.
-#}

{% macro cin_census__col(name) -%}
    {{ adapter.quote(name) }}
{%- endmacro %}

{% macro cin_census__as_at(expr) -%}
    case when cast({{ expr }} as date) <= {{ ssd_census_date() }} then cast({{ expr }} as date) end
{%- endmacro %}

{% macro cin_census__in_year(expr) -%}
    (cast({{ expr }} as date) >= {{ ssd_fy_start() }} and cast({{ expr }} as date) <= {{ ssd_fy_end() }})
{%- endmacro %}

{% macro cin_census__flag(expr) -%}
    cast(case when upper(trim({{ expr }})) = 'Y' then 1 else 0 end as {{ ssd_type('boolean') }})
{%- endmacro %}

{% macro cin_census__episodes_in_scope() -%}
    select episode.*
    from {{ ref('ssd_cin_episodes') }} as episode
    inner join {{ ref('ssd_person') }} as person
        on episode.cine_person_id = person.pers_person_id
    where {{ ssd_overlaps_period('episode.cine_referral_date', 'episode.cine_close_date') }}
{%- endmacro %}

{#- The assessments the census carries, with their episode: completed (authorised) in the year, or open at
    31 March (authorisation blank or after it) and started in the year (rule 8736). Columns: child_id,
    referral_id, assessment_id, start_date, auth_date (the SSD authorisation date, not yet cut at 31 March). -#}
{% macro cin_census__assessments_in_scope() -%}
    select
        episode.cine_person_id as child_id,
        episode.cine_referral_id as referral_id,
        assessment.cina_assessment_id as assessment_id,
        cast(assessment.cina_assessment_start_date as date) as start_date,
        cast(assessment.cina_assessment_auth_date as date) as auth_date
    from {{ ref('ssd_cin_assessments') }} as assessment
    inner join ({{ cin_census__episodes_in_scope() }}) as episode
        on assessment.cina_referral_id = episode.cine_referral_id
    where
        cast(assessment.cina_assessment_start_date as date) <= {{ ssd_fy_end() }}
        and (
            {{ cin_census__in_year('assessment.cina_assessment_auth_date') }}
            or (
                (
                    assessment.cina_assessment_auth_date is null
                    or cast(assessment.cina_assessment_auth_date as date) > {{ ssd_fy_end() }}
                )
                and cast(assessment.cina_assessment_start_date as date) >= {{ ssd_fy_start() }}
            )
        )
{%- endmacro %}

{#- The child protection plans the census carries, with their episode: plans of an episode in scope that
    were open at some point in the year, other than plans flagged as another LA's (cppl_cp_plan_ola = 'Y':
    the LA that made the plan reports it). Columns: child_id, referral_id, plan_id, person_id, start_date,
    end_date (not yet cut at 31 March), initial_category, latest_category. -#}
{% macro cin_census__cp_plans_in_scope() -%}
    select
        episode.cine_person_id as child_id,
        episode.cine_referral_id as referral_id,
        plan.cppl_cp_plan_id as plan_id,
        plan.cppl_person_id as person_id,
        cast(plan.cppl_cp_plan_start_date as date) as start_date,
        cast(plan.cppl_cp_plan_end_date as date) as end_date,
        plan.cppl_cp_plan_initial_category as initial_category,
        plan.cppl_cp_plan_latest_category as latest_category
    from {{ ref('ssd_cp_plans') }} as plan
    inner join ({{ cin_census__episodes_in_scope() }}) as episode
        on plan.cppl_referral_id = episode.cine_referral_id
    where
        {{ ssd_overlaps_period('plan.cppl_cp_plan_start_date', 'plan.cppl_cp_plan_end_date') }}
        and coalesce(upper(trim(plan.cppl_cp_plan_ola)), 'N') <> 'Y'
{%- endmacro %}

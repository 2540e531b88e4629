-- ssd_sdq_scores: one row per DM_HEALTH_ASSESSMENTS row (the SDQ columns of a health assessment). Score:
-- SDQ_SCORE (text in Mosaic) as an integer when SDQ_COMPLETED = Y; otherwise SDQ_REASON (SDQ1-SDQ5). A score
-- that is not a number is quarantined (unparseable_sdq_score); neither score nor reason: no_sdq_answer.
with sdq as (

    select
        *,
        row_number() over (partition by health_id order by health_assessment_date) as key_row
    from {{ ref('stg_mosaic__dm_health_assessments') }}

),

scope as (

    select person_id from {{ ref('int_mosaic__person_scope') }}
    where _dq_reason is null

),

final as (

    select
        sdq.health_id as csdq_table_id,
        sdq.person_id as csdq_person_id,
        sdq.health_assessment_date as csdq_sdq_completed_date,
        upper(sdq.sdq_reason) as csdq_sdq_reason,
        case when {{ ssd_yn('sdq.sdq_completed') }} = 'Y' then cast(sdq.sdq_score as integer) end as csdq_sdq_score,
        'DM_HEALTH_ASSESSMENTS' as _source_table,
        sdq.health_id as _source_key,
        case
            when sdq.health_id is null then 'missing_key'
            when sdq.key_row > 1 then 'duplicate_key'
            when scope.person_id is null then 'person_not_in_ssd_person'
            when sdq.sdq_score is null and sdq.sdq_reason is null then 'no_sdq_answer'
        end as _dq_reason
    from sdq
    left join scope
        on sdq.person_id = scope.person_id

)

select * from final

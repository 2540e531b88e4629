-- One row per factor identified at a completed assessment in the census
-- (Assessments / FactorsIdentifiedAtAssessment / AssessmentFactors). Only assessments authorised on or before
-- 31 March carry factors (rule 8614): an assessment still open at 31 March is sent without them.
-- The SSD keeps the factors as a JSON array of codes; a code is matched against the DfE list (seed
-- dfe__cin_assessment_factors) as the quoted string "<code>" inside that text, which is exact (a quoted
-- code cannot be part of another) and needs no JSON functions, so it runs on every engine.
with

assessments as (
    {{ cin_census__assessments_in_scope() }}
),

completed as (
    select * from assessments
    where {{ cin_census__in_year('auth_date') }}
),

factor_codes as (
    select * from {{ ref('dfe__cin_assessment_factors') }}
),

factor_lists as (
    select * from {{ ref('ssd_assessment_factors') }}
),

factors as (
    select distinct
        completed.child_id,
        completed.referral_id,
        completed.assessment_id,
        factor_codes.code as factor_code
    from completed
    inner join factor_lists
        on completed.assessment_id = factor_lists.cinf_assessment_id
    inner join factor_codes
        on factor_lists.cinf_assessment_factors_json like {{ dbt.concat(["'%\"'", "factor_codes.code", "'\"%'"]) }}
),

final as (
    select
        child_id as {{ cin_census__col('LAchildID') }},
        referral_id as {{ cin_census__col('CINdetailsID') }},
        assessment_id as {{ cin_census__col('AssessmentID') }},
        factor_code as {{ cin_census__col('AssessmentFactors') }}
    from factors
)

select * from final

-- One row per assessment (CINdetails / Assessments) of an episode in the census, as at 31 March:
--   * completed (authorised) in the census year, or
--   * still open at 31 March (not authorised, or authorised after it) and started in the year (rule 8736);
--     an authorisation after 31 March is not yet known, so it is sent blank (rule 8696).
-- Assessments authorised before 1 April, started after 31 March, or open since before 1 April are not sent.
-- AssessmentInternalReviewDate has no SSD source and is always null. AssessmentID (the SSD assessment id)
-- is the nesting key of the assessment factors; it is not an XML element.
with

assessments as (
    {{ cin_census__assessments_in_scope() }}
),

final as (
    select
        child_id as {{ cin_census__col('LAchildID') }},
        referral_id as {{ cin_census__col('CINdetailsID') }},
        assessment_id as {{ cin_census__col('AssessmentID') }},
        start_date as {{ cin_census__col('AssessmentActualStartDate') }},
        cast(null as date) as {{ cin_census__col('AssessmentInternalReviewDate') }},
        {{ cin_census__as_at('auth_date') }} as {{ cin_census__col('AssessmentAuthorisationDate') }}
    from assessments
)

select * from final

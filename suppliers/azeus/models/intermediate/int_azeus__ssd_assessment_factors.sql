{{ ssd_empty_int('ssd_assessment_factors') }}

-- ssd_assessment_factors from caredirector: SCAFFOLD, no rows yet. Replace the call below with your mapping (the
-- README.md of this folder; the fields, types and tests are in models/ssd/_ssd__models.yml).
{{ ssd_empty_int('ssd_assessment_factors') }}

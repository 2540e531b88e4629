-- ssd_pre_proceedings from caredirector: SCAFFOLD, no rows yet. Replace the call below with your mapping (the
-- README.md of this folder; the fields, types and tests are in models/ssd/_ssd__models.yml).
-- Usually left empty: The SSD spec has it as a future-release placeholder (DDSF 1b, specified) that no supplier
-- extract populates yet.
{{ ssd_empty_int('ssd_pre_proceedings') }}

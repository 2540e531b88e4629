{{ ssd_empty_int('ssd_cin_plans') }}

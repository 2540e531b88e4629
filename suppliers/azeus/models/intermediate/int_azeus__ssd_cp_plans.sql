{{ ssd_empty_int('ssd_cp_plans') }}

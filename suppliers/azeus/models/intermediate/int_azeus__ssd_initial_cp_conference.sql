{{ ssd_empty_int('ssd_initial_cp_conference') }}

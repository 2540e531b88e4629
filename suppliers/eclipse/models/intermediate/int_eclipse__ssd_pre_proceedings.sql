{{ ssd_empty_int('ssd_pre_proceedings') }}

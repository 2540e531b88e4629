{{ ssd_empty_int('ssd_s251_finance') }}

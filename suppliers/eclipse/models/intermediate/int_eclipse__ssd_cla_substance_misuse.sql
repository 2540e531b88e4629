{{ ssd_empty_int('ssd_cla_substance_misuse') }}

{{ ssd_empty_int('ssd_sen_need') }}

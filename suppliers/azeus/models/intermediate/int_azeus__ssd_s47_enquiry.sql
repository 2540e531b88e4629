{{ ssd_empty_int('ssd_s47_enquiry') }}

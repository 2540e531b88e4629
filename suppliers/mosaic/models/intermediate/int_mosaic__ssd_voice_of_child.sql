{{ ssd_empty_int('ssd_voice_of_child') }}

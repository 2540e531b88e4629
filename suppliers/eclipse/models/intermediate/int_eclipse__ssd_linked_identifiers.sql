{{ ssd_empty_int('ssd_linked_identifiers') }}

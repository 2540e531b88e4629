-- ssd_version_log from the seed ssd__version_log: the SSD release history, one row per release.
-- Not supplier data, so every row reaches the SSD (no quarantine rule applies).
with releases as (

    select * from {{ ref('ssd__version_log') }}

),

final as (

    select
        cast(version_number as {{ ssd_type('string') }}) as version_number,
        cast(release_date as {{ ssd_type('timestamp') }}) as release_date,
        cast(description as {{ ssd_type('string') }}) as description,
        cast(is_current as {{ ssd_type('boolean') }}) as is_current,
        cast(created_at as {{ ssd_type('timestamp') }}) as created_at,
        cast(created_by as {{ ssd_type('string') }}) as created_by,
        cast(impact_description as {{ ssd_type('string') }}) as impact_description,
        cast('ssd__version_log' as {{ ssd_type('string') }}) as _source_table,
        cast(version_number as {{ ssd_type('string') }}) as _source_key,
        cast(null as {{ ssd_type('string') }}) as _dq_reason
    from releases

)

select * from final

-- ssd_disability: one row per FACT_DISABILITY row; SSD-bound rows are current codes (END_DTTM null or
-- after the as-at date) whose LL code has a CIN census disability code (DIM_LOOKUP_DISAB.NAT_ID, checked
-- against the DfE list) for people in ssd_person.
with disabilities as (

    select * from {{ ref('stg_liquidlogic__disabilities') }}

),

lookups as (

    select
        disability_main_code,
        national_code,
        row_number() over (partition by disability_main_code order by national_code) as lookup_row
    from {{ ref('stg_liquidlogic__disability_lookups') }}
    where disability_main_code is not null and national_code is not null

),

dfe_disability as (

    select upper(code) as code from {{ ref('dfe__cin_disability') }}

),

ssd_person as (

    select pers_person_id from {{ ref('int_liquidlogic__ssd_person') }}
    where _dq_reason is null

),

numbered as (

    select
        disabilities.*,
        {{ ssd_key_row('disabilities', 'disability_key') }} as key_row,
        {{ ssd_key_conflict('disabilities', 'disability_key') }} as key_conflict
    from disabilities

),

joined as (

    select
        numbered.*,
        dfe_disability.code as disability_code,
        ssd_person.pers_person_id as in_scope_person_id
    from numbered
    left join lookups
        on numbered.disability_main_code = lookups.disability_main_code
            and lookups.lookup_row = 1
    left join dfe_disability
        on lookups.national_code = dfe_disability.code
    left join ssd_person
        on numbered.person_id = ssd_person.pers_person_id

),

final as (

    select
        person_id as disa_person_id,
        disability_id as disa_table_id,
        disability_code as disa_disability_code,
        'FACT_DISABILITY' as _source_table,
        disability_key as _source_key,
        case
            when disability_id is null then 'missing_key'
            when key_row > 1 and key_conflict = 1 then 'duplicate_key_conflict'
            when key_row > 1 then 'duplicate_key'
            when end_date is not null and end_date <= cast('{{ var("as_at_date") }}' as {{ ssd_type('timestamp') }})
                then 'disability_ended'
            when disability_main_code is null then 'missing_disability_code'
            when disability_code is null then 'no_national_disability_code'
            when in_scope_person_id is null then 'person_not_in_ssd_person'
        end as _dq_reason
    from joined

)

select * from final

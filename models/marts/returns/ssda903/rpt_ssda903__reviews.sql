{#-
    SSDA903 Reviews: one row per statutory review of a looked-after child held in the reporting year
    (1 April to 31 March; cancelled reviews are not reviews), with the child's participation code.
    Only children sent in the Episodes table (INT08: every Reviews child is in the Header).
-#}

-- DfE column names are upper case and must stay quoted (PostgreSQL folds unquoted names to lower case).
-- noqa: disable=RF06

with

reviews as (
    select * from {{ ref('ssd_cla_reviews') }}
),

people as (
    select * from {{ ref('ssd_person') }}
),

episodes_children as (
    select distinct "CHILD" from {{ ref('rpt_ssda903__episodes') }}
),

final as (
    select
        reviews.clar_cla_person_id as "CHILD",
        cast(people.pers_dob as date) as "DOB",
        cast(reviews.clar_cla_review_date as date) as "REVIEW",
        reviews.clar_cla_review_participation as "REVIEW_CODE"
    from reviews
    inner join episodes_children
        on reviews.clar_cla_person_id = episodes_children."CHILD"
    left join people
        on reviews.clar_cla_person_id = people.pers_person_id
    where
        cast(reviews.clar_cla_review_date as date) between {{ ssd_fy_start() }} and {{ ssd_fy_end() }}
        and coalesce(reviews.clar_cla_review_cancelled, 'N') <> 'Y'
)

select * from final

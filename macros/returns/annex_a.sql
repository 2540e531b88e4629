{#-
    Ofsted ILACS Annex A: the extract date, the look-back windows and the lettered values.

    annex_a_extract_date()               -> date: var('annex_a_extract_date'), or var('as_at_date') when that is null
    annex_a_window_start(months=none)    -> date: the extract date minus `months` calendar months (default
                                            var('annex_a_lookback_months'), 6); the window is
                                            [window start, extract date], both days inclusive
    annex_a_twelve_month_start()         -> date: the extract date minus 12 months (the 12-month columns)
    annex_a_label(expr, code_set)        -> varchar: Ofsted's lettered value for a DfE code (null when the
                                            code is null or not in the set, unless the set has a default)
    annex_a_yes_no(expr)                 -> varchar: 'a) Yes' for Y, 'b) No' for N, null otherwise

    Month arithmetic clamps to the month's last day (31 October minus 6 months is 30 April), as
    DuckDB, PostgreSQL, Spark and SQL Server all do. dbt.dateadd returns a timestamp on DuckDB, so the
    result is cast back to a date. Nothing here reads "today".
-#}

{% macro annex_a_extract_date() -%}
    {{ return(adapter.dispatch('annex_a_extract_date', 'ssd')()) }}
{%- endmacro %}

{% macro default__annex_a_extract_date() -%}
    {%- set value = var('annex_a_extract_date', none) -%}
    {{ ssd_date_literal(var('as_at_date') if value is none or (value | string | trim) in ('', 'None', 'null') else value) }}
{%- endmacro %}


{% macro annex_a_window_start(months=none) -%}
    {{ return(adapter.dispatch('annex_a_window_start', 'ssd')(months)) }}
{%- endmacro %}

{% macro default__annex_a_window_start(months=none) -%}
    {%- set n = (var('annex_a_lookback_months') if months is none else months) | string | trim -%}
    {%- if not modules.re.match('^[0-9]{1,3}$', n) -%}
        {{ exceptions.raise_compiler_error("annex_a_lookback_months must be a whole number of months, got '" ~ n ~ "'") }}
    {%- endif -%}
    cast({{ dbt.dateadd('month', -1 * (n | int), annex_a_extract_date()) }} as date)
{%- endmacro %}


{% macro annex_a_twelve_month_start() -%}
    {{ annex_a_window_start(12) }}
{%- endmacro %}


{% macro annex_a_yes_no(expr) -%}
    case {{ expr }} when 'Y' then 'a) Yes' when 'N' then 'b) No' end
{%- endmacro %}


{% macro annex_a_label(expr, code_set) -%}
    {%- set sets = annex_a_code_sets() -%}
    {%- if code_set not in sets -%}
        {{ exceptions.raise_compiler_error("annex_a_label: unknown code set '" ~ code_set ~ "'") }}
    {%- endif -%}
    {%- set spec = sets[code_set] -%}
    case {{ expr }}
        {%- for code, label in spec['map'] %}
        when '{{ code }}' then '{{ label | replace("'", "''") }}'
        {%- endfor %}
        {%- if spec.get('default') %}
        else '{{ spec["default"] | replace("'", "''") }}'
        {%- endif %}
    end
{%- endmacro %}


{#- DfE code -> Ofsted lettered value, per Annex A column. Where the 2023 template's values carry the
    DfE code (ethnicity, contact/referral source) we keep it; elsewhere the template's lettered group. -#}
{% macro annex_a_code_sets() -%}
    {%- set sources = [
        ('1A', 'a) 1A: Individual'), ('1B', 'b) 1B: Individual'), ('1C', 'c) 1C: Individual'),
        ('1D', 'd) 1D: Individual'), ('2A', 'e) 2A: Schools'), ('2B', 'f) 2B: Education services'),
        ('3A', 'g) 3A: Health services'), ('3B', 'h) 3B: Health services'), ('3C', 'i) 3C: Health services'),
        ('3D', 'j) 3D: Health services'), ('3E', 'k) 3E: Health services'), ('3F', 'l) 3F: Health services'),
        ('4', 'm) 4: Housing'), ('5A', 'n) 5A: LA services'), ('5B', 'o) 5B: LA services'),
        ('5C', 'p) 5C: LA services'), ('6', 'q) 6: Police'), ('7', 'r) 7: Other legal agency'),
        ('8', 's) 8: Other'), ('9', 't) 9: Anonymous'), ('10', 'u) 10: Unknown')] -%}
    {%- set need = [
        ('N1', 'a) Abuse or neglect'), ('N2', "b) Child's disability"), ('N3', 'c) Parents illness or disability'),
        ('N4', 'd) Family in acute stress'), ('N5', 'e) Family dysfunction'),
        ('N6', 'f) Socially unacceptable behaviour'), ('N7', 'g) Low income'), ('N8', 'h) Absent parenting'),
        ('N9', 'i) Not CIN'), ('N0', 'j) Not stated')] -%}
    {%- set abuse = [
        ('NEG', 'a) Neglect'), ('PHY', 'b) Physical abuse'), ('SAB', 'c) Sexual abuse'),
        ('EMO', 'd) Emotional abuse'), ('MUL', 'e) Multiple/not recommended')] -%}
    {%- set ethnic = ['WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN',
                      'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT'] -%}
    {%- set letters = 'abcdefghijklmnopqrst' -%}
    {%- set ethnicity = [] -%}
    {%- for code in ethnic -%}
        {%- do ethnicity.append((code, letters[loop.index0] ~ ') ' ~ code)) -%}
    {%- endfor -%}
    {%- set sets = {
        'gender': {'map': [('M', 'a) Male'), ('F', 'b) Female'), ('I', 'd) Neither')],
                   'default': 'c) Not stated/recorded'},
        'ethnicity': {'map': ethnicity, 'default': 't) NOBT'},
        'source': {'map': sources, 'default': 'u) 10: Unknown'},
        'primary_need': {'map': need},
        'closure_reason': {'map': [
            ('RC1', 'a) Adopted'), ('RC2', 'b) Died'), ('RC3', 'c) Residence Order'),
            ('RC4', 'd) Special Guardianship Order'), ('RC5', 'e) Transfer to another LA'),
            ('RC6', 'f) Transfer to Adult Social Services'), ('RC7', "g) 'Other' incl. Child no longer in need"),
            ('RC8', 'h) Child not in need after assessment'), ('RC9', 'h) Child not in need after assessment')],
            'default': 'i) Not Stated'},
        'abuse': {'map': abuse},
        'legal_status': {'map': [
            ('C1', 'a) Interim care orders'), ('C2', 'b) Full care orders'), ('D1', 'c) Freed for adoption'),
            ('E1', 'd) Placement order granted'), ('V2', 'e) Accommodated under S20'),
            ('L1', 'f) Detained on child protection grounds in LA accommodation'),
            ('L2', 'f) Detained on child protection grounds in LA accommodation'),
            ('L3', 'f) Detained on child protection grounds in LA accommodation'),
            ('J1', 'g) Youth justice legal statuses'), ('J2', 'g) Youth justice legal statuses'),
            ('J3', 'g) Youth justice legal statuses')]},
        'ceased_reason': {'map': [
            ('E11', 'a) Adopted'), ('E12', 'a) Adopted'), ('E2', 'b) Died'), ('E3', 'c) Care taken by another LA'),
            ('E4A', 'd) Returned home to live with parents or relatives'),
            ('E4B', 'd) Returned home to live with parents or relatives'),
            ('E13', 'e) Left care to live with parents, relatives or other person with no parental responsibility'),
            ('E17', 'e) Left care to live with parents, relatives or other person with no parental responsibility'),
            ('E41', 'f) Residence order granted'),
            ('E45', 'g) Special Guardianship Orders'), ('E46', 'g) Special Guardianship Orders'),
            ('E47', 'g) Special Guardianship Orders'), ('E48', 'g) Special Guardianship Orders'),
            ('E5', 'h) Moved into independent living'), ('E6', 'h) Moved into independent living'),
            ('E7', 'i) Transferred to residential care funded by adult social services'),
            ('E9', 'j) Sentenced to custody'), ('E14', 'k) Accommodation on remand ended'),
            ('E15', 'l) Age assessment determined child was 18 or over'), ('E16', 'm) Child moved abroad'),
            ('E8', 'n) Care ceased for any other reason')]},
        'placement_type': {'map': [
            ('U1', 'a) Foster placement'), ('U2', 'a) Foster placement'), ('U3', 'a) Foster placement'),
            ('U4', 'a) Foster placement'), ('U5', 'a) Foster placement'), ('U6', 'a) Foster placement'),
            ('A3', 'b) Placed for adoption'), ('A4', 'b) Placed for adoption'), ('A5', 'b) Placed for adoption'),
            ('A6', 'b) Placed for adoption'), ('P1', 'c) Placed with parents'), ('P2', 'd) Independent living'),
            ('P3', 'e) Residential employment'), ('H5', 'f) Residential accommodation'),
            ('K1', "g) Secure Children's Homes"), ('K2', "h) Children's Homes"),
            ('K3', 'f) Residential accommodation'),
            ('R1', 'i) Residential Care Home'), ('R2', 'j) NHS/Health Trust'),
            ('R3', 'k) Family Centre or Mother and Baby Unit'), ('R5', 'l) Young Offender Institution'),
            ('S1', 'm) Residential school'), ('Z1', 'n) Other placements'), ('Z11', 'n) Other placements'),
            ('Z12', 'n) Other placements'), ('Z13', 'n) Other placements'), ('Z14', 'n) Other placements'),
            ('T0', 'o) Temporary placement'), ('T1', 'o) Temporary placement'), ('T2', 'o) Temporary placement'),
            ('T3', 'o) Temporary placement'), ('T4', 'o) Temporary placement')]},
        'placement_provider': {'map': [
            ('PR1', 'a) Own LA'), ('PR4', 'b) Private'), ('PR0', 'c) Other'), ('PR2', 'c) Other'),
            ('PR3', 'c) Other'), ('PR5', 'c) Other')]},
        'in_touch': {'map': [
            ('YES', 'a) In touch'), ('NO', 'b) Not in touch'), ('REFU', 'b) Not in touch'),
            ('NREQ', 'b) Not in touch'), ('DIED', 'd) Exclude'), ('RHOM', 'd) Exclude')],
            'default': 'c) Not recorded'},
        'accommodation': {'map': [
            ('B', 'a) With parents or relatives'), ('C', 'b) Community home'),
            ('D', 'c) Semi-independent transitional accommodation'), ('E', 'd) Supported lodgings'),
            ('G', 'e) Gone abroad'), ('H', 'f) Deported'), ('K', 'g) Ordinary lodgings'),
            ('R', 'h) Residence not known'), ('S', 'i) No fixed abode / homeless'), ('T', 'j) Foyers'),
            ('U', 'k) Independent living'), ('V', 'l) Emergency accommodation'), ('W', 'm) Bed and breakfast'),
            ('X', 'n) In custody'), ('Z', 'o) With Former Foster Carer'), ('Y', 'p) Other accommodation')]},
        'suitability': {'map': [('1', 'a) Suitable'), ('2', 'b) Not suitable')],
                        'default': 'c) Not in touch or not recorded'},
        'activity': {'map': [
            ('F1', 'F1: Full time in higher education'), ('P1', 'P1: Part time in higher education'),
            ('F2', 'F2: Full time in education other than higher'),
            ('P2', 'P2: Part time in education other than higher'),
            ('F3', 'F3: Full time in training or employment'), ('P3', 'P3: Part time in training or employment'),
            ('F4', 'F4: Young person engaged full time in an apprenticeship'),
            ('P4', 'P4: Young person engaged part time in an apprenticeship'),
            ('F5', 'F5: Young person engaged full time in training or employment (not apprenticeship)'),
            ('P5', 'P5: Young person engaged part time in training or employment (not apprenticeship)'),
            ('G4', 'G4: Not in education, employment or training - illness or disability'),
            ('G5', 'G5: Not in education, employment or training - other'),
            ('G6', 'G6: Not in education, employment or training - pregnancy or parenting')]},
        'reversal_reason': {'map': [
            ('RD1', "a) Child's needs changed"), ('RD2', 'b) Court did not make a PO'),
            ('RD3', 'c) Prospective adopters cannot be found'), ('RD4', 'd) Any other reason')]},
    } -%}
    {{ return(sets) }}
{%- endmacro %}


{#- The child columns every list 1-10 starts with, one row per person: gender, ethnicity, date of birth,
    age at the extract date, and disability: a) Yes when the person has any current DfE disability code
    other than NONE, else b) No (ssd_disability holds current codes only, so no row means none recorded). -#}
{% macro annex_a_people() -%}
    select
        p.pers_person_id as person_id,
        {{ annex_a_label('p.pers_gender', 'gender') }} as gender,
        {{ annex_a_label('p.pers_ethnicity', 'ethnicity') }} as ethnicity,
        cast(p.pers_dob as date) as date_of_birth,
        {{ ssd_age_at('p.pers_dob', annex_a_extract_date()) }} as age_of_child_years,
        case when d.has_disability = 1 then 'a) Yes' else 'b) No' end as disability
    from {{ ref('ssd_person') }} as p
    left join (
        select
            disa_person_id,
            max(case when upper(disa_disability_code) <> 'NONE' then 1 else 0 end) as has_disability
        from {{ ref('ssd_disability') }}
        group by disa_person_id
    ) as d on p.pers_person_id = d.disa_person_id
{%- endmacro %}


{#- The allocated case worker for each row of `rows` (a CTE name): the latest case-worker (CW)
    involvement on the row's referral that started on or before the row's `at` date; its team name and
    worker name. Ties on the start date go to the highest involvement id (as text). -#}
{% macro annex_a_allocated(rows, key, referral, at) -%}
    select
        ranked.alloc_key,
        dept.dept_team_name as allocated_team,
        prof.prof_professional_name as allocated_worker
    from (
        select
            r.{{ key }} as alloc_key,
            i.invo_professional_team,
            i.invo_professional_id,
            row_number() over (
                partition by r.{{ key }}
                order by i.invo_involvement_start_date desc, i.invo_involvements_id desc
            ) as rn
        from {{ rows }} as r
        inner join {{ ref('ssd_involvements') }} as i
            on
                r.{{ referral }} = i.invo_referral_id
                and i.invo_professional_role_id = 'CW'
                and cast(i.invo_involvement_start_date as date) <= cast(r.{{ at }} as date)
    ) as ranked
    left join {{ ref('ssd_department') }} as dept on ranked.invo_professional_team = dept.dept_team_id
    left join {{ ref('ssd_professionals') }} as prof on ranked.invo_professional_id = prof.prof_professional_id
    where ranked.rn = 1
{%- endmacro %}


{#- A date that falls after the extract date had not happened when the lists were asked for: null. -#}
{% macro annex_a_by_extract(expr) -%}
    case when cast({{ expr }} as date) <= {{ annex_a_extract_date() }} then cast({{ expr }} as date) end
{%- endmacro %}

-- Service directory after Open Referral HSDS 3.0. Ids are HSDS string ids (UUIDs here; imports may bring any
-- string). Every translatable field F is three columns F_bg, F_lv, F_en.

create table directory_organization (
    id                      varchar(64) primary key,
    tenant_id               bigint      not null,
    provider_id             bigint,
    name_bg                 text,
    name_lv                 text,
    name_en                 text,
    alternate_name_bg       text,
    alternate_name_lv       text,
    alternate_name_en       text,
    description_bg          text,
    description_lv          text,
    description_en          text,
    email                   varchar(320),
    website                 varchar(500),
    tax_status              varchar(100),
    tax_id                  varchar(100),
    year_incorporated       integer,
    legal_status            varchar(100),
    uri                     varchar(500),
    parent_organization_id  varchar(64) references directory_organization (id) on delete set null,
    version                 bigint      not null default 0,
    updated_at              timestamptz
);
create index directory_organization_tenant_idx on directory_organization (tenant_id);
create index directory_organization_provider_idx on directory_organization (provider_id);
create index directory_organization_parent_idx on directory_organization (parent_organization_id);

create table directory_program (
    id                 varchar(64) primary key,
    organization_id    varchar(64) not null references directory_organization (id) on delete cascade,
    name_bg            text,
    name_lv            text,
    name_en            text,
    alternate_name_bg  text,
    alternate_name_lv  text,
    alternate_name_en  text,
    description_bg     text,
    description_lv     text,
    description_en     text
);
create index directory_program_organization_idx on directory_program (organization_id);

create table directory_service (
    id                          varchar(64) primary key,
    organization_id             varchar(64) not null references directory_organization (id) on delete cascade,
    program_id                  varchar(64) references directory_program (id) on delete set null,
    tenant_id                   bigint      not null,
    name_bg                     text,
    name_lv                     text,
    name_en                     text,
    alternate_name_bg           text,
    alternate_name_lv           text,
    alternate_name_en           text,
    description_bg              text,
    description_lv              text,
    description_en              text,
    url                         varchar(500),
    email                       varchar(320),
    status                      varchar(20) not null default 'active'
        check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    interpretation_services_bg  text,
    interpretation_services_lv  text,
    interpretation_services_en  text,
    application_process_bg      text,
    application_process_lv      text,
    application_process_en      text,
    fees_description_bg         text,
    fees_description_lv         text,
    fees_description_en         text,
    eligibility_description_bg  text,
    eligibility_description_lv  text,
    eligibility_description_en  text,
    minimum_age                 integer,
    maximum_age                 integer,
    alert_bg                    text,
    alert_lv                    text,
    alert_en                    text,
    accreditations_bg           text,
    accreditations_lv           text,
    accreditations_en           text,
    assured_date                date,
    assurer_email               varchar(320),
    -- no cost option above zero and no fees description: kept up to date when a service is saved
    free_of_charge              boolean     not null default true,
    last_modified               timestamptz,
    version                     bigint      not null default 0
);
create index directory_service_organization_idx on directory_service (organization_id);
create index directory_service_program_idx on directory_service (program_id);
create index directory_service_tenant_status_idx on directory_service (tenant_id, status);
create index directory_service_status_idx on directory_service (status);

create table directory_location (
    id                        varchar(64) primary key,
    organization_id           varchar(64) references directory_organization (id) on delete cascade,
    location_type             varchar(20) not null default 'physical'
        check (location_type in ('physical', 'postal', 'virtual')),
    url                       varchar(500),
    name_bg                   text,
    name_lv                   text,
    name_en                   text,
    alternate_name_bg         text,
    alternate_name_lv         text,
    alternate_name_en         text,
    description_bg            text,
    description_lv            text,
    description_en            text,
    transportation_bg         text,
    transportation_lv         text,
    transportation_en         text,
    latitude                  numeric(9, 6),
    longitude                 numeric(9, 6),
    external_identifier       varchar(200),
    external_identifier_type  varchar(100)
);
create index directory_location_organization_idx on directory_location (organization_id);

create table directory_address (
    id              varchar(64) primary key,
    location_id     varchar(64) not null references directory_location (id) on delete cascade,
    attention       varchar(200),
    address_1       varchar(300),
    address_2       varchar(300),
    city            varchar(200),
    region          varchar(200),
    state_province  varchar(200),
    postal_code     varchar(20),
    country         varchar(2),
    address_type    varchar(20) not null default 'physical'
        check (address_type in ('physical', 'postal', 'virtual'))
);
create index directory_address_location_idx on directory_address (location_id);

create table directory_service_at_location (
    id              varchar(64) primary key,
    service_id      varchar(64) not null references directory_service (id) on delete cascade,
    location_id     varchar(64) not null references directory_location (id) on delete cascade,
    description_bg  text,
    description_lv  text,
    description_en  text
);
create index directory_service_at_location_service_idx on directory_service_at_location (service_id);
create index directory_service_at_location_location_idx on directory_service_at_location (location_id);

create table directory_contact (
    id                      varchar(64) primary key,
    organization_id         varchar(64) references directory_organization (id) on delete cascade,
    service_id              varchar(64) references directory_service (id) on delete cascade,
    service_at_location_id  varchar(64) references directory_service_at_location (id) on delete cascade,
    location_id             varchar(64) references directory_location (id) on delete cascade,
    name                    varchar(200),
    title_bg                text,
    title_lv                text,
    title_en                text,
    department_bg           text,
    department_lv           text,
    department_en           text,
    email                   varchar(320)
);
create index directory_contact_organization_idx on directory_contact (organization_id);
create index directory_contact_service_idx on directory_contact (service_id);
create index directory_contact_sal_idx on directory_contact (service_at_location_id);
create index directory_contact_location_idx on directory_contact (location_id);

create table directory_phone (
    id                      varchar(64) primary key,
    location_id             varchar(64) references directory_location (id) on delete cascade,
    service_id              varchar(64) references directory_service (id) on delete cascade,
    organization_id         varchar(64) references directory_organization (id) on delete cascade,
    contact_id              varchar(64) references directory_contact (id) on delete cascade,
    service_at_location_id  varchar(64) references directory_service_at_location (id) on delete cascade,
    number                  varchar(50) not null,
    extension               varchar(20),
    type                    varchar(20),
    description_bg          text,
    description_lv          text,
    description_en          text
);
create index directory_phone_location_idx on directory_phone (location_id);
create index directory_phone_service_idx on directory_phone (service_id);
create index directory_phone_organization_idx on directory_phone (organization_id);
create index directory_phone_contact_idx on directory_phone (contact_id);
create index directory_phone_sal_idx on directory_phone (service_at_location_id);

create table directory_schedule (
    id                      varchar(64) primary key,
    service_id              varchar(64) references directory_service (id) on delete cascade,
    location_id             varchar(64) references directory_location (id) on delete cascade,
    service_at_location_id  varchar(64) references directory_service_at_location (id) on delete cascade,
    valid_from              date,
    valid_to                date,
    dtstart                 date,
    timezone                varchar(60),
    until                   date,
    count                   integer,
    wkst                    varchar(2),
    freq                    varchar(10) check (freq in ('WEEKLY', 'MONTHLY')),
    interval                integer,
    byday                   varchar(40),
    byweekno                varchar(100),
    bymonthday              varchar(100),
    byyearday               varchar(100),
    description_bg          text,
    description_lv          text,
    description_en          text,
    opens_at                time,
    closes_at               time,
    schedule_link           varchar(500),
    attending_type          varchar(100),
    notes_bg                text,
    notes_lv                text,
    notes_en                text
);
create index directory_schedule_service_idx on directory_schedule (service_id);
create index directory_schedule_location_idx on directory_schedule (location_id);
create index directory_schedule_sal_idx on directory_schedule (service_at_location_id);

create table directory_service_area (
    id                      varchar(64) primary key,
    service_id              varchar(64) references directory_service (id) on delete cascade,
    service_at_location_id  varchar(64) references directory_service_at_location (id) on delete cascade,
    name_bg                 text,
    name_lv                 text,
    name_en                 text,
    description_bg          text,
    description_lv          text,
    description_en          text,
    extent                  text,
    extent_type             varchar(40),
    uri                     varchar(500)
);
create index directory_service_area_service_idx on directory_service_area (service_id);
create index directory_service_area_sal_idx on directory_service_area (service_at_location_id);

create table directory_language (
    id           varchar(64) primary key,
    service_id   varchar(64) references directory_service (id) on delete cascade,
    location_id  varchar(64) references directory_location (id) on delete cascade,
    phone_id     varchar(64) references directory_phone (id) on delete cascade,
    name         varchar(100),
    code         varchar(10),
    note_bg      text,
    note_lv      text,
    note_en      text
);
create index directory_language_service_idx on directory_language (service_id);
create index directory_language_location_idx on directory_language (location_id);
create index directory_language_phone_idx on directory_language (phone_id);
create index directory_language_code_idx on directory_language (code);

create table directory_accessibility (
    id              varchar(64) primary key,
    location_id     varchar(64) references directory_location (id) on delete cascade,
    description_bg  text,
    description_lv  text,
    description_en  text,
    details_bg      text,
    details_lv      text,
    details_en      text,
    url             varchar(500),
    wheelchair      boolean not null default false
);
create index directory_accessibility_location_idx on directory_accessibility (location_id);

create table directory_cost_option (
    id                     varchar(64) primary key,
    service_id             varchar(64) not null references directory_service (id) on delete cascade,
    valid_from             date,
    valid_to               date,
    option_bg              text,
    option_lv              text,
    option_en              text,
    currency               varchar(3),
    amount                 numeric(12, 2),
    amount_description_bg  text,
    amount_description_lv  text,
    amount_description_en  text
);
create index directory_cost_option_service_idx on directory_cost_option (service_id);

-- "Documents to bring"
create table directory_required_document (
    id           varchar(64) primary key,
    service_id   varchar(64) not null references directory_service (id) on delete cascade,
    document_bg  text,
    document_lv  text,
    document_en  text,
    uri          varchar(500)
);
create index directory_required_document_service_idx on directory_required_document (service_id);

create table directory_taxonomy (
    id           varchar(64) primary key,
    name         varchar(200) not null,
    description  text,
    uri          varchar(500),
    version      varchar(50)
);

create table directory_taxonomy_term (
    id              varchar(64) primary key,
    code            varchar(100) unique,
    name_bg         text,
    name_lv         text,
    name_en         text,
    description_bg  text,
    description_lv  text,
    description_en  text,
    parent_id       varchar(64) references directory_taxonomy_term (id) on delete set null,
    taxonomy        varchar(200),
    taxonomy_id     varchar(64) references directory_taxonomy (id) on delete cascade,
    language        varchar(10),
    term_uri        varchar(500)
);
create index directory_taxonomy_term_parent_idx on directory_taxonomy_term (parent_id);
create index directory_taxonomy_term_taxonomy_idx on directory_taxonomy_term (taxonomy_id);

-- A service's need categories are attributes with link_entity = 'service' (link_id is the service id). The link is
-- polymorphic, so it has no foreign key: the directory removes a service's attributes when it removes the service.
create table directory_attribute (
    id                varchar(64) primary key,
    link_id           varchar(64)  not null,
    link_type         varchar(100),
    link_entity       varchar(40)  not null,
    taxonomy_term_id  varchar(64)  not null references directory_taxonomy_term (id) on delete cascade,
    value             text,
    label             varchar(200)
);
create index directory_attribute_link_idx on directory_attribute (link_entity, link_id);
create index directory_attribute_term_idx on directory_attribute (taxonomy_term_id);

-- Places and postcodes of a municipality, for "distance from a postcode or place"
create table directory_place (
    id         bigserial primary key,
    tenant_id  bigint        not null,
    postcode   varchar(20),
    name_bg    text,
    name_lv    text,
    name_en    text,
    latitude   numeric(9, 6),
    longitude  numeric(9, 6)
);
create index directory_place_tenant_idx on directory_place (tenant_id);
create index directory_place_postcode_idx on directory_place (postcode);

-- Attributes link polymorphically; remove a service's or organisation's attributes with it
create function directory_attribute_cleanup() returns trigger language plpgsql as $$
begin
    delete from directory_attribute where link_entity = tg_argv[0] and link_id = old.id;
    return old;
end
$$;
create trigger directory_service_attribute_cleanup after delete on directory_service
    for each row execute function directory_attribute_cleanup('service');
create trigger directory_organization_attribute_cleanup after delete on directory_organization
    for each row execute function directory_attribute_cleanup('organization');
create trigger directory_location_attribute_cleanup after delete on directory_location
    for each row execute function directory_attribute_cleanup('location');

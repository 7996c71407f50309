-- Holidays operators add at run time; the shipped ones live in the domain's holidays.csv.
CREATE TABLE calendar_holiday (
    country      CHAR(2)      NOT NULL,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (country, holiday_date)
);

-- A merchant without a row has the default tariff.
CREATE TABLE merchant_tariff (
    merchant_id  VARCHAR(40) PRIMARY KEY REFERENCES merchant (id),
    rate_bps     INT         NOT NULL,
    fixed_amount BIGINT      NOT NULL,
    reserve_bps  INT         NOT NULL,
    reserve_days INT         NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One settlement per merchant, currency and business date: the unique key makes the sweep idempotent
-- whatever the number of instances. Totals are the sums of the lines; the rates say how the lines were made.
CREATE TABLE settlement (
    id                 VARCHAR(40) PRIMARY KEY,
    merchant_id        VARCHAR(40) NOT NULL,
    currency           CHAR(3)     NOT NULL,
    business_date      DATE        NOT NULL,
    sales              BIGINT      NOT NULL,
    shop_adjustments   BIGINT      NOT NULL,
    swept              BIGINT      NOT NULL,
    fees               BIGINT      NOT NULL,
    vat                BIGINT      NOT NULL,
    guarantee          BIGINT      NOT NULL,
    guarantee_computed BIGINT      NOT NULL,
    net                BIGINT      NOT NULL,
    debt_repaid        BIGINT      NOT NULL,
    available_to_main  BIGINT      NOT NULL,
    shortfall_to_main  BIGINT      NOT NULL,
    rate_bps           INT         NOT NULL,
    fixed_amount       BIGINT      NOT NULL,
    vat_bps            INT         NOT NULL,
    reserve_bps        INT         NOT NULL,
    sale_count         INT         NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT settlement_once_per_day UNIQUE (merchant_id, currency, business_date)
);
CREATE INDEX settlement_by_merchant ON settlement (merchant_id, id);

-- Each swept sale once (the primary key), with its sale, fee and VAT lines: a sale is swept when it has a row here.
CREATE TABLE settlement_sale (
    transaction_id VARCHAR(40) PRIMARY KEY,
    settlement_id  VARCHAR(40) NOT NULL REFERENCES settlement (id),
    line_no        INT         NOT NULL,
    amount         BIGINT      NOT NULL,
    fee            BIGINT      NOT NULL,
    vat            BIGINT      NOT NULL
);
CREATE UNIQUE INDEX settlement_sale_by_settlement ON settlement_sale (settlement_id, line_no);

CREATE TABLE reserve_hold (
    settlement_id VARCHAR(40) PRIMARY KEY REFERENCES settlement (id),
    merchant_id   VARCHAR(40) NOT NULL,
    currency      CHAR(3)     NOT NULL,
    amount        BIGINT      NOT NULL,
    held_on       DATE        NOT NULL,
    release_on    DATE        NOT NULL,
    released_on   DATE
);
CREATE INDEX reserve_hold_due ON reserve_hold (released_on, release_on);
CREATE INDEX reserve_hold_by_merchant ON reserve_hold (merchant_id, settlement_id);

-- A country's sweep for a business date that ran to the end.
CREATE TABLE settlement_run (
    country             CHAR(2) NOT NULL,
    business_date       DATE    NOT NULL,
    settlements_created INT     NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (country, business_date)
);

-- Per outlet and day: what the passes found, so drift (a site that changed its layout) shows.
CREATE TABLE outlet_health (
    outlet_id            VARCHAR(100) NOT NULL,
    on_day               DATE         NOT NULL,
    discovered           INTEGER      NOT NULL DEFAULT 0,
    fetched              INTEGER      NOT NULL DEFAULT 0,
    extracted_by_rules   INTEGER      NOT NULL DEFAULT 0,
    fell_back_to_generic INTEGER      NOT NULL DEFAULT 0,
    empty_body           INTEGER      NOT NULL DEFAULT 0,
    missing_date         INTEGER      NOT NULL DEFAULT 0,
    boilerplate_found    INTEGER      NOT NULL DEFAULT 0,
    -- When a pass last got anything from the outlet (on this day).
    last_success         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (outlet_id, on_day)
);

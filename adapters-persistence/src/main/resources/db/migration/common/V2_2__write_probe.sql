-- One row per write probe: operators check database write latency, and the load benchmark uses it as its floor.
CREATE TABLE write_probe (
    id          VARCHAR(40) PRIMARY KEY,
    operator_id VARCHAR(60) NOT NULL,
    probed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Akhbar warehouse tables. Applied on every open; statements are idempotent.
-- Every data table carries batch_id: the unit of an atomic load, and the name of its Parquet file.

CREATE TABLE IF NOT EXISTS runs (
    run_id          VARCHAR PRIMARY KEY,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    reference_date  DATE NOT NULL,
    paths           VARCHAR NOT NULL,      -- the paths the run was given, as JSON
    files_seen      INTEGER,
    inputs_seen     INTEGER,               -- articles and records read from those files
    loaded          INTEGER,
    skipped         INTEGER,               -- already in the warehouse: nothing written
    quarantined     INTEGER,
    duplicates      INTEGER,               -- same content as another input
    status          VARCHAR NOT NULL       -- running | succeeded | failed
);

CREATE TABLE IF NOT EXISTS batches (
    batch_id        VARCHAR PRIMARY KEY,
    run_id          VARCHAR NOT NULL,
    loaded_at       TIMESTAMP NOT NULL,
    documents       INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    doc_id          VARCHAR NOT NULL,      -- sha256 of the raw bytes (first 32 hex digits)
    source          VARCHAR NOT NULL,      -- the input path as given
    bytes           BIGINT NOT NULL,
    encoding        VARCHAR,
    status          VARCHAR NOT NULL,      -- loaded | quarantined | duplicate
    reason          VARCHAR,               -- why quarantined, or which input it duplicates
    run_id          VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    raw_text        VARCHAR,               -- the decoded input, when it decodes
    raw_bytes       BLOB,                  -- the input bytes of a quarantined document
    PRIMARY KEY (doc_id, source)
);

CREATE TABLE IF NOT EXISTS articles (
    doc_id          VARCHAR PRIMARY KEY,
    title           VARCHAR,
    title_line      INTEGER,
    outlet          VARCHAR,
    section         VARCHAR,
    body            VARCHAR NOT NULL,      -- display form, paragraphs separated by a blank line
    body_norm       VARCHAR NOT NULL,      -- search form (transforms.text.search_form)
    published_date  DATE,
    paragraphs      INTEGER NOT NULL,
    words           INTEGER NOT NULL,
    language        VARCHAR NOT NULL,
    encoding        VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS paragraphs (
    doc_id          VARCHAR NOT NULL,
    para_no         INTEGER NOT NULL,      -- 1-based position in the body
    line_no         INTEGER NOT NULL,      -- 1-based line of the raw file
    text            VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, para_no)
);

CREATE TABLE IF NOT EXISTS removed_lines (
    doc_id          VARCHAR NOT NULL,
    line_no         INTEGER NOT NULL,      -- 1-based line of the raw file
    text            VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL,
    detail          VARCHAR,
    batch_id        VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, line_no)
);

CREATE TABLE IF NOT EXISTS entities (
    doc_id          VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,      -- PERSON | ORG | LOC | EVENT
    text            VARCHAR NOT NULL,      -- as written in the body
    canonical       VARCHAR NOT NULL,      -- one name for all spellings, across articles (entity_names)
    canonical_key   VARCHAR NOT NULL,      -- the spelling-blind key canonical names are matched on
    role            VARCHAR,
    field           VARCHAR NOT NULL,      -- title | body: the article column the offsets point into
    start_char      INTEGER NOT NULL,      -- offsets into articles.title or articles.body
    end_char        INTEGER NOT NULL,
    batch_id        VARCHAR NOT NULL
);

-- The first spelling met of each entity becomes its canonical name for every later article.
CREATE TABLE IF NOT EXISTS entity_names (
    kind            VARCHAR NOT NULL,
    canonical_key   VARCHAR NOT NULL,
    canonical       VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,      -- the batch that introduced it
    PRIMARY KEY (kind, canonical_key)
);

CREATE TABLE IF NOT EXISTS meetings (
    doc_id          VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,      -- meeting | visit
    host            VARCHAR,               -- canonical person name; NULL for a visit
    guest           VARCHAR NOT NULL,      -- canonical person name (the visitor, for a visit)
    guest_role      VARCHAR,
    guest_country   VARCHAR,
    place           VARCHAR,
    date            DATE,
    sentence        VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,      -- the sentence's offsets in articles.body
    end_char        INTEGER NOT NULL,
    batch_id        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS date_mentions (
    doc_id          VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    value           DATE,                  -- NULL when the expression names no valid date
    granularity     VARCHAR NOT NULL,      -- day | month
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    batch_id        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quality_results (
    run_id          VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    suite           VARCHAR NOT NULL,
    expectation     VARCHAR NOT NULL,
    column_name     VARCHAR,
    success         BOOLEAN NOT NULL,
    unexpected      INTEGER,
    observed        VARCHAR
);

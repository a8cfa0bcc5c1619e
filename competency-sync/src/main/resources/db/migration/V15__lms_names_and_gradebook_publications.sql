-- Publications of a course's levels to the LMS gradebook (LTI AGS), with the outcome of every member:
-- published, refused by the platform (with its status and answer) or not sent (and why).
CREATE TABLE gradebook_publication (
    id             VARCHAR(36)   PRIMARY KEY,
    tenant_id      VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    platform_id    VARCHAR(36)   NOT NULL,
    course_ref     VARCHAR(1024) NOT NULL,
    competency_id  VARCHAR(36)   NOT NULL,
    line_item_url  VARCHAR(2048) NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published      INTEGER       NOT NULL,
    refused        INTEGER       NOT NULL,
    skipped        INTEGER       NOT NULL,
    failure        VARCHAR(1000)
);
CREATE INDEX gradebook_publication_course ON gradebook_publication (tenant_id, course_ref, published_at);

CREATE TABLE gradebook_score_outcome (
    id              VARCHAR(36)  PRIMARY KEY,
    publication_id  VARCHAR(36)  NOT NULL REFERENCES gradebook_publication (id),
    position        INTEGER      NOT NULL,
    person_id       VARCHAR(36)  NOT NULL,
    person_name     VARCHAR(400) NOT NULL,
    user_id         VARCHAR(255),
    kind            VARCHAR(16)  NOT NULL,
    status_code     INTEGER,
    detail          VARCHAR(1000)
);
CREATE UNIQUE INDEX gradebook_score_outcome_position ON gradebook_score_outcome (publication_id, position);

-- Names a person was given by a source that is the truth for names (the LMS, on a launch or in its
-- roster), so a rename can be traced: which name it replaced, from where, when.
CREATE TABLE person_name_change (
    id          VARCHAR(36)   PRIMARY KEY,
    tenant_id   VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    person_id   VARCHAR(36)   NOT NULL REFERENCES person (id),
    old_name    VARCHAR(400)  NOT NULL,
    new_name    VARCHAR(400)  NOT NULL,
    source      VARCHAR(1024) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_name_change_person ON person_name_change (tenant_id, person_id, changed_at);

-- Who is in which course: the roster an LMS reports (NRPS) or an integration sets, so a course's
-- skills matrix can be shown.
CREATE TABLE course_member (
    tenant_id   VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    course_ref  VARCHAR(1000) NOT NULL,
    person_id   VARCHAR(36)   NOT NULL REFERENCES person (id),
    roles       VARCHAR(400)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, course_ref, person_id)
);
CREATE INDEX course_member_person ON course_member (person_id);

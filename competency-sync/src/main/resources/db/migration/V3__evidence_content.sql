-- The content a piece of evidence came from (an xAPI activity, an LTI resource link, a course),
-- so recommendations can leave out content the person has already done.
ALTER TABLE evidence ADD COLUMN content_type VARCHAR(40);
ALTER TABLE evidence ADD COLUMN content_ref VARCHAR(2000);
CREATE INDEX evidence_person_content ON evidence (tenant_id, person_id, content_ref);

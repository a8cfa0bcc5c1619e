-- An LMS gradebook destination: the LTI platform registration whose AGS service it posts scores to
-- (its url is the course's line items endpoint). Webhooks leave it empty.
ALTER TABLE destination ADD COLUMN platform_id VARCHAR(36);

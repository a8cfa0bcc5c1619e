-- A person's proficiencies are read by tenant and person on every refresh. Without this index a
-- planner with stale statistics (a table that grew fast) reaches for (tenant_id, competency_id)
-- and scans the whole tenant; seen on PostgreSQL during the 1,000,000-row benchmark.
CREATE INDEX proficiency_person ON proficiency (tenant_id, person_id);

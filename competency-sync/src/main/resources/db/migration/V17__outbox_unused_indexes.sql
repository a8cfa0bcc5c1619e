-- Two indexes no query of the outbox uses, each maintained at every insert and at every update of an
-- indexed column (a delivery's lease and outcome, an event's numbering, so none of those is HOT):
-- the deliveries of an event are found through delivery_once (event_id, destination_id), and each
-- person's last sequence through outbox_event_sequence (subject, sequence).
DROP INDEX delivery_event;
DROP INDEX outbox_event_subject;

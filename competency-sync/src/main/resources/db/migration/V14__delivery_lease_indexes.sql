-- The dispatcher leases a destination's due deliveries oldest first and stops at the room it has:
-- with position in the due index, the index gives that order and the lease reads only the rows it
-- passes, where it read and sorted every pending delivery of the destination.
DROP INDEX delivery_due;
CREATE INDEX delivery_due ON delivery (destination_id, status, next_attempt_at, position);
-- What a destination has in flight: only leased deliveries carry leased_until.
CREATE INDEX delivery_lease ON delivery (destination_id, leased_until);
-- The sequencer's look-up of each person's last sequence (person ids are unique across tenants).
CREATE INDEX outbox_event_sequence ON outbox_event (subject, sequence);

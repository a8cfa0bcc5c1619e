package io.proficio.domain.statement;

import java.util.Locale;
import java.util.Objects;

/**
 * One value a stored Statement can be found by beyond its own columns (xAPI 1.0.3 Communication
 * §2.1.3): an Agent's identifier in person-identifier text form, or an Activity id as sent.
 *
 * @param kind which filter the value serves; not {@code null}
 * @param value the identifier text or Activity id; not {@code null}
 */
public record StatementKey(Kind kind, String value) {

    public StatementKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** Which filter a key serves; {@link #column()} is its text in the database. */
    public enum Kind {
        /** The {@code agent} filter: the Actor or the Object, or a member of either. */
        AGENT,
        /**
         * Only the {@code related_agents} filter, which matches {@link #AGENT} keys too: authority,
         * instructor, team, 2.0 context agents and groups, and the Agents of a SubStatement.
         */
        RELATED_AGENT,
        /**
         * The {@code related_activities} filter: the Object Activity, every context Activity, and
         * the same inside a SubStatement.
         */
        RELATED_ACTIVITY;

        public String column() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}

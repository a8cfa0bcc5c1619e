package io.proficio.domain.xapi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What came of mapping one statement, as the statement records it ({@code mapping_status} and its
 * detail, shown by {@code GET /api/v1/xapi/statements} and counted by the mapping report). Consume
 * with {@code instanceof} patterns.
 */
public sealed interface MappingResult {

    /**
     * The statuses a tenant may map again after changing its rules or alignments; voided statements
     * and voiding ones cannot be.
     */
    Set<String> REMAPPABLE = Set.of(EvidenceRecorded.STATUS, NoEvidence.STATUS, NoAlignment.STATUS,
            NoActor.STATUS, Failed.STATUS);

    /** The stored status, e.g. {@code evidence}, {@code no-alignment}. */
    String status();

    /** Why, in a sentence or a list, for people. */
    String detail();

    /** Evidence was recorded: one entry a competency, e.g. {@code Risk basics at 3 (passed)}. */
    record EvidenceRecorded(List<String> recorded) implements MappingResult {
        static final String STATUS = "evidence";

        public EvidenceRecorded {
            recorded = List.copyOf(recorded);
            if (recorded.isEmpty()) {
                throw new IllegalArgumentException("Evidence recorded names at least one competency");
            }
        }

        @Override
        public String status() {
            return STATUS;
        }

        @Override
        public String detail() {
            return String.join("; ", recorded);
        }
    }

    /** Aligned, but the tenant's rules found nothing to record (the last rule's reason). */
    record NoEvidence(String detail) implements MappingResult {
        static final String STATUS = "no-evidence";

        /** From the rules' own outcome: {@code failed-below-threshold: ...}. */
        public static NoEvidence of(MappingOutcome.NoEvidence outcome) {
            return new NoEvidence(outcome.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + ": " + outcome.detail());
        }

        @Override
        public String status() {
            return STATUS;
        }
    }

    /** No alignment matches the object or its parent and grouping activities. */
    record NoAlignment(String target) implements MappingResult {
        static final String STATUS = "no-alignment";

        public NoAlignment {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String status() {
            return STATUS;
        }

        @Override
        public String detail() {
            return "No alignment matches " + target + " or its context activities.";
        }
    }

    /** The actor names nobody (an anonymous Group). */
    record NoActor() implements MappingResult {
        static final String STATUS = "no-actor";

        @Override
        public String status() {
            return STATUS;
        }

        @Override
        public String detail() {
            return "The actor names nobody (a Group without an identifier).";
        }
    }

    /** Voided by another statement before it was mapped. */
    record Voided() implements MappingResult {
        @Override
        public String status() {
            return "voided";
        }

        @Override
        public String detail() {
            return "Voided before it was mapped.";
        }
    }

    /**
     * A voiding statement: the evidence of the statement it voids was retracted.
     *
     * @param retracted how many pieces it retracted; 0 when an earlier voiding did
     */
    record VoidedTarget(int retracted) implements MappingResult {
        @Override
        public String status() {
            return "voided-target";
        }

        @Override
        public String detail() {
            return retracted + " evidence retracted";
        }
    }

    /** Mapping failed on every attempt; the last failure's reason. */
    record Failed(String detail) implements MappingResult {
        static final String STATUS = "failed";

        @Override
        public String status() {
            return STATUS;
        }
    }
}

package io.proficio.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The peer benchmark's one table, printed as markdown: a row per figure with Proficio's value, the
 * peer's and Proficio's over the peer's. The peer is another program for each phase (an LRS for the
 * xAPI figures, an LTI tool library for the launches), so the header says only "peer" and each
 * figure's text names its peer. Rows keep the order they were added in.
 */
final class FigureTable {

    /** What a cell says of a side that was not run ({@code bench.only}). */
    static final String NOT_RUN = "not run";

    private final List<String[]> rows = new ArrayList<>();

    /** @param ratio empty when the figures do not compare */
    void add(String figure, String proficio, String peer, String ratio) {
        rows.add(new String[] {figure, proficio, peer, ratio});
    }

    void print() {
        System.out.printf("%n| figure | Proficio | peer | Proficio / peer |%n|---|---|---|---|%n");
        rows.forEach(row -> System.out.printf("| %s | %s | %s | %s |%n", (Object[]) row));
    }

    /** Proficio's figure over the peer's, as {@code 1.23×}. */
    static String ratio(double proficio, double peer) {
        return String.format("%.2f×", proficio / peer);
    }
}

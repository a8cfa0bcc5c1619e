package io.proficio.bench;

import static io.proficio.bench.BenchApi.onClients;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL's own rate for the rows Proficio writes per statement, the physical limit the peer
 * benchmark compares against: scratch tables shaped like {@code xapi_statement} (and its keys and
 * mapping queue), created {@code LIKE … INCLUDING ALL} in Proficio's own database, filled by
 * {@code clients} sessions with one {@code INSERT … SELECT FROM unnest(…)} per table and batch and a
 * commit per batch (durable, as Proficio's are), then dropped.
 */
final class PostgresLimit {

    /** Which rows a statement writes. */
    enum WriteSet {
        STATEMENT_ROW("the statement row"),
        STATEMENT_KEYS_QUEUE("statement row + 2 query keys + queue row");

        final String label;

        WriteSet(String label) {
            this.label = label;
        }
    }

    private static final String INSERT_STATEMENTS = """
            INSERT INTO bench_limit_statement (tenant_id, id, source_id, stored_at, verb_id, activity_id, actor_ifi,
                registration, voided, version, statement_json, mapping_status)
            SELECT 'bench', u.id, 'bench', now(), u.verb, u.activity, u.actor, u.registration, false, '1.0.3', u.json, 'queued'
            FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                AS u(id, verb, activity, actor, registration, json)""";
    private static final String INSERT_KEYS = """
            INSERT INTO bench_limit_key (tenant_id, statement_id, kind, key_value)
            SELECT 'bench', u.id, u.kind, u.value FROM unnest(?::varchar[], ?::varchar[], ?::varchar[]) AS u(id, kind, value)""";
    private static final String INSERT_QUEUE = """
            INSERT INTO bench_limit_queue (tenant_id, statement_id, enqueued_at, attempts, next_attempt_at)
            SELECT 'bench', u.id, now(), 0, now() FROM unnest(?::varchar[]) AS u(id)""";

    private final String url;
    private final String user;
    private final String password;
    private final XapiWorkload workload;
    private final int clients;
    private final int batchSize;

    PostgresLimit(String url, String user, String password, XapiWorkload workload, int clients, int batchSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.workload = workload;
        this.clients = clients;
        this.batchSize = batchSize;
    }

    /** Statements a second that {@code clients} sessions store with this write set for {@code seconds}. */
    double statementsPerSecond(WriteSet writeSet, int seconds) throws Exception {
        try (Connection admin = connect(); Statement ddl = admin.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_limit_statement, bench_limit_key, bench_limit_queue");
            ddl.execute("CREATE TABLE bench_limit_statement (LIKE xapi_statement INCLUDING ALL)");
            ddl.execute("CREATE TABLE bench_limit_key (LIKE xapi_statement_key INCLUDING ALL)");
            ddl.execute("CREATE TABLE bench_limit_queue (LIKE xapi_mapping_queue INCLUDING ALL)");
        }
        AtomicLong stored = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try {
            onClients(clients, client -> {
                List<String[]> rows = rows(new Random(client));
                try (Connection db = connect()) {
                    db.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        insert(db, writeSet, rows);
                        db.commit();
                        stored.addAndGet(batchSize);
                    }
                }
            });
            return stored.get() / ((System.nanoTime() - start) / 1e9);
        } finally {
            try (Connection admin = connect(); Statement ddl = admin.createStatement()) {
                ddl.execute("DROP TABLE bench_limit_statement, bench_limit_key, bench_limit_queue");
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A batch's columns (id, verb, activity, actor, registration, json) from the workload's statements; ids are replaced per insert. */
    private List<String[]> rows(Random random) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < batchSize; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        List<String[]> rows = new ArrayList<>();
        XapiWorkload.JSON.createReader(new StringReader(workload.batch(random, ids))).readArray()
                .getValuesAs(JsonObject.class).forEach(statement -> rows.add(new String[] {
                    statement.getString("id"), statement.getJsonObject("verb").getString("id"),
                    statement.getJsonObject("object").getString("id"), statement.getJsonObject("actor").getString("mbox"),
                    statement.getJsonObject("context").getString("registration"), statement.toString()}));
        return rows;
    }

    private void insert(Connection db, WriteSet writeSet, List<String[]> rows) throws SQLException {
        String[][] columns = new String[6][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            columns[0][r] = new UUID(random.nextLong(), random.nextLong()).toString();
            for (int c = 1; c < 6; c++) {
                columns[c][r] = row[c];
            }
        }
        execute(db, INSERT_STATEMENTS, columns);
        if (writeSet == WriteSet.STATEMENT_KEYS_QUEUE) {
            int n = rows.size();
            String[][] keys = new String[3][2 * n];
            for (int r = 0; r < n; r++) {
                keys[0][2 * r] = columns[0][r];
                keys[1][2 * r] = "agent";
                keys[2][2 * r] = columns[3][r];
                keys[0][2 * r + 1] = columns[0][r];
                keys[1][2 * r + 1] = "related-activity";
                keys[2][2 * r + 1] = columns[2][r];
            }
            execute(db, INSERT_KEYS, keys);
            execute(db, INSERT_QUEUE, new String[][] {columns[0]});
        }
    }

    private static void execute(Connection db, String sql, String[][] columns) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int c = 0; c < columns.length; c++) {
                Array array = db.createArrayOf("varchar", columns[c]);
                insert.setArray(c + 1, array);
            }
            insert.executeUpdate();
        }
    }
}

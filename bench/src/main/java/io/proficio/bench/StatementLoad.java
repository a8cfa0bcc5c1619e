package io.proficio.bench;

import static io.proficio.bench.BenchApi.onClients;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The same xAPI load for any LRS: {@code clients} keep-alive connections post batches of
 * {@code batchSize} statements to {@code POST {path}} for a while, as fast as answered or paced to a
 * total rate. Each client encodes {@value #TEMPLATES} requests up front and, before each send, writes
 * fresh statement ids into the bytes in place, so the generator costs little next to the server.
 */
final class StatementLoad {

    private static final int TEMPLATES = 32;

    /** Called with a batch's last statement id and the time its 200 arrived. */
    @FunctionalInterface
    interface Acknowledged {
        void batch(String lastId, long acknowledgedNanos);
    }

    /** What one run measured: statements stored, the time it took and the sorted request latencies in ns. */
    record Result(long statements, double seconds, long[] latencies) {

        double perSecond() {
            return statements / seconds;
        }
    }

    private final URI server;
    private final String path;
    private final String authorization;
    private final XapiWorkload workload;
    private final int clients;
    private final int batchSize;

    StatementLoad(URI server, String path, String authorization, XapiWorkload workload, int clients, int batchSize) {
        this.server = server;
        this.path = path;
        this.authorization = authorization;
        this.workload = workload;
        this.clients = clients;
        this.batchSize = batchSize;
    }

    /** Runs for {@code seconds}; {@code perSecond} 0 posts as fast as answered, else paces all clients to that total. */
    Result run(int seconds, double perSecond, Acknowledged acknowledged) throws Exception {
        long[][] latencies = new long[clients][];
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long spacing = perSecond <= 0 ? 0 : (long) (clients * batchSize / perSecond * 1e9);
        onClients(clients, client -> {
            Encoded[] requests = encode(new Random(client * 7919L + batchSize));
            long[] mine = new long[1 << 14];
            int n = 0;
            long due = start + (spacing * client) / clients;
            try (KeepAliveConnection connection = new KeepAliveConnection(server)) {
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    if (spacing > 0) {
                        if (now < due) {
                            Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
                        }
                        due += spacing;
                    }
                    Encoded request = requests[n % requests.length];
                    String lastId = request.freshIds();
                    long sent = System.nanoTime();
                    KeepAliveConnection.Answer answer = connection.send(request.bytes);
                    long answered = System.nanoTime();
                    if (answer.status() != 200) {
                        throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = answered - sent;
                    if (acknowledged != null) {
                        acknowledged.batch(lastId, answered);
                    }
                }
            }
            latencies[client] = Arrays.copyOf(mine, n);
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result((long) all.length * batchSize, elapsed, all);
    }

    private Encoded[] encode(Random random) {
        Encoded[] requests = new Encoded[TEMPLATES];
        for (int t = 0; t < TEMPLATES; t++) {
            List<String> ids = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                ids.add(UUID.randomUUID().toString());
            }
            byte[] body = workload.batch(random, ids).getBytes(StandardCharsets.UTF_8);
            String head = KeepAliveConnection.head("POST", server, path, "Authorization: " + authorization
                    + "\r\nX-Experience-API-Version: 1.0.3\r\nContent-Type: application/json\r\n", body.length);
            requests[t] = new Encoded(head.getBytes(StandardCharsets.US_ASCII), body, ids);
        }
        return requests;
    }

    /** One encoded request and where its statement ids sit in it. */
    private static final class Encoded {

        final byte[] bytes;
        private final int[] idOffsets;

        Encoded(byte[] head, byte[] body, List<String> ids) {
            bytes = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, bytes, head.length, body.length);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            idOffsets = ids.stream().mapToInt(text::indexOf).toArray();
        }

        /** Writes new random (version 4) ids over the old ones; answers the last. */
        String freshIds() {
            String id = null;
            for (int offset : idOffsets) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
                for (int i = 0; i < 36; i++) {
                    bytes[offset + i] = (byte) id.charAt(i);
                }
            }
            return id;
        }
    }
}

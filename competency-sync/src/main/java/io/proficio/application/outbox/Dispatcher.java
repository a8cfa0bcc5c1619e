package io.proficio.application.outbox;

import io.proficio.domain.operations.TableUpkeep;
import io.proficio.domain.outbox.AttemptResult;
import io.proficio.domain.outbox.Destination;
import io.proficio.infrastructure.webhook.WebhookSender;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Delivers the outbox. Its {@value #LOOPS} dispatch loops start when a transaction that wrote events
 * commits on this node ({@link OutboxAppended}), and every second in any case (events committed on
 * another node, retries coming due), and run while there is work: each round sequences a batch of
 * newly committed events (which makes their deliveries), leases what each destination has room for, and
 * hands the sends to other threads (a webhook to {@link WebhookSender}'s, a gradebook's AGS calls
 * through {@link GradebookDelivery} to the managed pool); outcomes come back through a queue and
 * are recorded by the loop, several to a transaction, and a loop with nothing new to lease waits
 * on that queue. A slow or failing destination only fills its own in-flight limit.
 *
 * <p>The loops share nothing but the database, exactly as dispatchers on several nodes do: leases
 * are taken under the destination's row lock ({@code SKIP LOCKED}) and outcomes recorded only by
 * the lease's owner, so no delivery is ever sent by two at once; after a crash, leases expire and
 * their deliveries are sent again with the same {@code webhook-id}.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@Lock(LockType.READ)
public class Dispatcher {

    static final int LOOPS = 2;
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    /** The longest a loop waits for an outcome while sends are in flight and nothing new could be leased. */
    private static final long IDLE_PAUSE_MS = 20;
    /** Outcomes recorded in one transaction at most. */
    private static final int FINISH_BATCH = 200;
    /** The longest the application's stop waits for a loop's round to end. */
    private static final long STOP_WAIT_SECONDS = 10;

    @Inject
    EventFeed feed;
    @Inject
    DeliveryService deliveries;
    @Inject
    WebhookSender sender;
    @Inject
    GradebookDelivery gradebook;
    @Inject
    TableUpkeep vacuum;
    @Resource
    ManagedExecutorService executor;

    private final List<Loop> loops = IntStream.range(0, LOOPS).mapToObj(i -> new Loop()).toList();
    /** Set when the application stops: loops finish their round and leave the rest to the leases. */
    private volatile boolean stopping;

    /**
     * Has the loops finish their round before the application's resources go: a round cut off by an
     * undeploy would fail on a closed connection. Sends still in flight are left to their leases.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        loops.forEach(Loop::awaitEnd);
    }

    /** Once a minute: the outbox's tables vacuumed and their statistics renewed where autovacuum is off. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tidy() {
        if (!stopping) {
            vacuum.outbox();
        }
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        wake();
    }

    /** After a commit that wrote events on this node: they go out at once rather than at the next tick. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    /** Starts the loops that are not running, and has those that are run one more round. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void wake() {
        if (stopping) {
            return;
        }
        for (Loop loop : loops) {
            loop.nudged.set(true);
            loop.start();
        }
    }

    /** One dispatcher: its own lease owner name, sends and outcomes. */
    private final class Loop {
        private final String owner = UUID.randomUUID().toString();
        private final AtomicBoolean running = new AtomicBoolean();
        /** Set by {@link #wake}: there may be new events, so the loop runs (at least) one more round. */
        private final AtomicBoolean nudged = new AtomicBoolean();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final BlockingQueue<DeliveryService.Outcome> outcomes = new LinkedBlockingQueue<>();
        /** The run started last; it ends when the loop stops. */
        private volatile Future<?> current = CompletableFuture.completedFuture(null);

        void start() {
            if (running.compareAndSet(false, true)) {
                try {
                    current = executor.submit(this::run);
                } catch (RejectedExecutionException busy) {
                    running.set(false);
                }
            }
        }

        void awaitEnd() {
            try {
                current.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                LOG.log(Level.WARNING, "A dispatch loop did not end cleanly; its leases expire and are retried", e);
            }
        }

        /** Rounds while there is work; a nudge that came as it stopped starts it again. */
        void run() {
            do {
                try {
                    rounds();
                } finally {
                    running.set(false);
                }
            } while (nudged.get() && !stopping && running.compareAndSet(false, true));
        }

        private void rounds() {
            try {
                boolean busy = true;
                boolean wait = false;
                while (busy && !stopping) {
                    nudged.set(false);
                    // One batch a round, so leasing never waits for a backlog to be numbered; and
                    // none when the other loop (or a feed reader) holds the sequencer.
                    boolean moreToNumber = feed.sequenceBatch(false) == EventFeed.SEQUENCE_BATCH;
                    List<DeliveryService.Outcome> finished = takeOutcomes(wait);
                    List<DeliveryService.Lease> leases;
                    try {
                        leases = deliveries.round(finished, owner, Instant.now());
                    } finally {
                        inFlight.addAndGet(-finished.size());
                    }
                    for (DeliveryService.Lease lease : leases) {
                        inFlight.incrementAndGet();
                        send(lease).thenAccept(attempt -> outcomes.add(new DeliveryService.Outcome(lease, attempt)));
                    }
                    wait = leases.isEmpty() && !moreToNumber;
                    busy = moreToNumber || !leases.isEmpty() || !finished.isEmpty() || inFlight.get() > 0 || nudged.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dispatching failed; its leases expire and their deliveries are retried", e);
            }
        }

        /**
         * The outcomes that have come back, up to {@value #FINISH_BATCH}.
         *
         * @param wait whether to wait (a little) for the first one while sends are in flight
         */
        private List<DeliveryService.Outcome> takeOutcomes(boolean wait) throws InterruptedException {
            List<DeliveryService.Outcome> batch = new ArrayList<>();
            DeliveryService.Outcome first = wait && inFlight.get() > 0
                    ? outcomes.poll(IDLE_PAUSE_MS, TimeUnit.MILLISECONDS) : outcomes.poll();
            if (first != null) {
                batch.add(first);
                outcomes.drainTo(batch, FINISH_BATCH - 1);
            }
            return batch;
        }

        /** Completes (never exceptionally) with the attempt, sent on another thread. */
        private CompletableFuture<AttemptResult> send(DeliveryService.Lease lease) {
            Instant started = Instant.now();
            try {
                if (Destination.LMS_GRADEBOOK.equals(lease.type())) {
                    return CompletableFuture.supplyAsync(() -> gradebook.deliver(lease), executor)
                            .exceptionally(e -> AttemptResult.failed(started, 0, String.valueOf(e.getMessage())));
                }
                String body = EventEnvelope.of(lease.claimed().event()).toString();
                return sender.send(lease.url(), lease.timeout(), lease.secrets(), lease.claimed().event().id(), body);
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(AttemptResult.failed(started, 0, String.valueOf(e.getMessage())));
            }
        }
    }
}

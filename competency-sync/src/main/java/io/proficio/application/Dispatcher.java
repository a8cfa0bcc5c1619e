package io.proficio.application;

import io.proficio.domain.outbox.AttemptResult;
import io.proficio.domain.outbox.Destination;
import io.proficio.infrastructure.webhook.WebhookSender;
import java.util.concurrent.CompletableFuture;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Delivers the outbox. Every second each of its {@value #LOOPS} dispatch loops that is not running
 * starts, and runs while there is work: it sequences newly committed events (which makes their
 * deliveries), leases what each destination has room for, and sends without blocking (the HTTP
 * client's own I/O threads; a gradebook's AGS calls on the managed pool); outcomes come back through a queue and are recorded by the loop,
 * several to a transaction. A slow or failing destination only fills its own in-flight limit.
 *
 * <p>The loops share nothing but the database, exactly as dispatchers on several nodes do: leases
 * are taken under the destination's row lock ({@code SKIP LOCKED}) and outcomes recorded only by
 * the lease's owner, so no delivery is ever sent by two at once; after a crash, leases expire and
 * their deliveries are sent again with the same {@code webhook-id}.
 */
@Singleton
@Startup
@DependsOn("StartupMigrator")
@Lock(LockType.READ)
public class Dispatcher {

    static final int LOOPS = 2;
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    /** Pause between rounds while sends are in flight but nothing new could be leased. */
    private static final long IDLE_PAUSE_MS = 20;
    /** Outcomes recorded in one transaction at most. */
    private static final int FINISH_BATCH = 200;

    @Inject
    EventFeed feed;
    @Inject
    DeliveryService deliveries;
    @Inject
    WebhookSender sender;
    @Inject
    GradebookConnector gradebook;
    @Resource
    ManagedExecutorService executor;

    private final List<Loop> loops = IntStream.range(0, LOOPS).mapToObj(i -> new Loop()).toList();
    /** Set when the application stops: loops finish their round and leave the rest to the leases. */
    private volatile boolean stopping;

    @PreDestroy
    void stop() {
        stopping = true;
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (stopping) {
            return;
        }
        for (Loop loop : loops) {
            if (loop.claim()) {
                try {
                    executor.execute(loop::run);
                } catch (RejectedExecutionException busy) {
                    loop.release();
                }
            }
        }
    }

    /** One dispatcher: its own lease owner name, sends and outcomes. */
    private final class Loop {
        private final String owner = UUID.randomUUID().toString();
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final ConcurrentLinkedQueue<DeliveryService.Outcome> outcomes = new ConcurrentLinkedQueue<>();

        boolean claim() {
            return running.compareAndSet(false, true);
        }

        void release() {
            running.set(false);
        }

        void run() {
            try {
                boolean busy = true;
                while (busy && !stopping) {
                    feed.sequenceAll();
                    int leased = leaseAndSend();
                    int finished = finishSome();
                    busy = leased > 0 || finished > 0 || inFlight.get() > 0;
                    if (busy && leased == 0 && finished == 0) {
                        Thread.sleep(IDLE_PAUSE_MS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dispatching failed; its leases expire and their deliveries are retried", e);
            } finally {
                release();
            }
        }

        private int leaseAndSend() {
            int leased = 0;
            Instant now = Instant.now();
            for (String destination : deliveries.destinationsWithWork(now)) {
                for (DeliveryService.Lease lease : deliveries.lease(destination, owner, now)) {
                    inFlight.incrementAndGet();
                    leased++;
                    send(lease).thenAccept(attempt -> outcomes.add(new DeliveryService.Outcome(lease, attempt)));
                }
            }
            return leased;
        }

        /** Completes (never exceptionally) with the attempt: a webhook without blocking, a gradebook on a pool thread. */
        private CompletableFuture<AttemptResult> send(DeliveryService.Lease lease) {
            if (Destination.LMS_GRADEBOOK.equals(lease.type())) {
                Instant started = Instant.now();
                return CompletableFuture.supplyAsync(() -> gradebook.deliver(lease), executor)
                        .exceptionally(e -> AttemptResult.failed(started, 0, String.valueOf(e.getMessage())));
            }
            String body = EventEnvelope.of(lease.claimed().event()).toString();
            return sender.send(lease.url(), lease.timeout(), lease.secrets(), lease.claimed().event().id(), body);
        }

        private int finishSome() {
            List<DeliveryService.Outcome> batch = new ArrayList<>();
            DeliveryService.Outcome next;
            while (batch.size() < FINISH_BATCH && (next = outcomes.poll()) != null) {
                batch.add(next);
            }
            if (!batch.isEmpty()) {
                try {
                    deliveries.finish(batch, owner);
                } finally {
                    inFlight.addAndGet(-batch.size());
                }
            }
            return batch.size();
        }
    }
}

package io.proficio.application.fakes;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A CDI {@link Event} that records what is fired synchronously, in order, instead of notifying
 * observers. Asynchronous events and qualified sub-events are not supported.
 */
public final class RecordingEvent<T> implements Event<T> {

    private final List<T> fired = new ArrayList<>();

    @Override
    public void fire(T event) {
        fired.add(event);
    }

    /** Every event fired so far, oldest first. */
    public List<T> fired() {
        return List.copyOf(fired);
    }

    /** The events fired so far, forgotten: what the next call fires is all {@link #fired} returns. */
    public List<T> drain() {
        List<T> drained = List.copyOf(fired);
        fired.clear();
        return drained;
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("fireAsync");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("fireAsync");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("select");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("select");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("select");
    }
}

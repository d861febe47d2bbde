package dev.trash.testkit.race;

import dev.trash.spi.TransactionWork;
import dev.trash.spi.TrashRepository;
import dev.trash.spi.TrashTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A repository that forces an interleaving: its transactions delegate every store verb, and the first call
 * of an armed verb, once it has completed, holds its thread (inside its open transaction, with its locks)
 * until the test releases it. A race test lets thread A reach the pause, runs thread B, then releases A.
 */
public final class PausingRepository implements TrashRepository {

    private final TrashRepository delegate;
    private final AtomicReference<Pause> armed = new AtomicReference<>();

    /** Wraps {@code delegate}; nothing pauses until {@link #pauseAfter} arms a verb. */
    public PausingRepository(TrashRepository delegate) {
        this.delegate = delegate;
    }

    /** The wrapped repository. */
    public TrashRepository delegate() {
        return delegate;
    }

    /**
     * Arms a one-shot pause after the verb (a method name of {@link TrashTransaction}, such as
     * {@code "markActiveSubtree"}): the first thread to complete it waits there until {@link Pause#release()}.
     */
    public Pause pauseAfter(String verb) {
        Pause pause = new Pause(verb);
        armed.set(pause);
        return pause;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return delegate.inTransaction(tx -> work.run(pausing(tx)));
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        return delegate.read(tx -> work.run(pausing(tx)));
    }

    private TrashTransaction pausing(TrashTransaction tx) {
        return (TrashTransaction) Proxy.newProxyInstance(TrashTransaction.class.getClassLoader(),
                new Class<?>[] {TrashTransaction.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    Pause pause = armed.get();
                    if (pause != null && pause.verb.equals(method.getName()) && armed.compareAndSet(pause, null)) {
                        pause.hold();
                    }
                    return result;
                });
    }

    /** One armed pause: the test waits until a thread {@linkplain #awaitReached reaches} it, then releases it. */
    public static final class Pause {

        private static final long LIMIT_SECONDS = 30;

        private final String verb;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Pause(String verb) {
            this.verb = verb;
        }

        private void hold() throws InterruptedException {
            reached.countDown();
            if (!released.await(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the pause after " + verb + " was never released");
            }
        }

        /** Whether a thread has reached the pause, waiting at most {@code millis}. */
        public boolean awaitReached(long millis) throws InterruptedException {
            return reached.await(millis, TimeUnit.MILLISECONDS);
        }

        /** Lets the held thread go on (or the next one through, if none has reached the pause yet). */
        public void release() {
            released.countDown();
        }

        /** The verb it pauses after. */
        public String verb() {
            return verb;
        }
    }
}

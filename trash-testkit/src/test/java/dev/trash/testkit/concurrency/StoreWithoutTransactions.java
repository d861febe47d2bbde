package dev.trash.testkit.concurrency;

import dev.trash.TypeCatalogue;
import dev.trash.memory.InMemoryTrashRepository;
import dev.trash.spi.TrashRepository;
import dev.trash.spi.TrashTransaction;
import dev.trash.testkit.StoreUnderTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.locks.LockSupport;

/**
 * A store broken on purpose: the in-memory store with every verb committed on its own, as a SQL store
 * without transactions (auto-commit) would be, and a short pause after each so that other threads get in
 * between. Each of the known races (a restore under a parent being trashed, Empty Trash counting before
 * another trash, two restores taking one name) happens on it; the property must see them.
 */
final class StoreWithoutTransactions implements StoreUnderTest {

    private static final long PAUSE_NANOS = 200_000;

    @Override
    public TrashRepository newRepository(TypeCatalogue catalogue) {
        InMemoryTrashRepository real = new InMemoryTrashRepository();
        TrashTransaction autoCommitting = (TrashTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TrashTransaction.class}, (proxy, verb, args) -> {
                    Object result = real.inTransaction(tx -> invoke(verb, tx, args));
                    LockSupport.parkNanos(PAUSE_NANOS);
                    return result;
                });
        return new TrashRepository() {
            @Override
            public <T> T inTransaction(dev.trash.spi.TransactionWork<T> work) {
                return work.run(autoCommitting);
            }
        };
    }

    private static Object invoke(Method verb, TrashTransaction tx, Object[] args) {
        try {
            return verb.invoke(tx, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

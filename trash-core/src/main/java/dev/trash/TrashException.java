package dev.trash;

/**
 * The root of every exception Trash throws. Unchecked, like JDBI's {@code JdbiException}: a host catches
 * the specific subclasses it can act on and lets the rest travel.
 *
 * <p>Whenever one of these is thrown by an operation, that operation changed nothing.
 */
public abstract class TrashException extends RuntimeException {

    /** Creates the exception with its message. */
    protected TrashException(String message) {
        super(message);
    }

    /** Creates the exception with its message and the underlying cause. */
    protected TrashException(String message, Throwable cause) {
        super(message, cause);
    }
}

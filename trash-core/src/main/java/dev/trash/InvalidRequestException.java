package dev.trash;

/** A request is malformed: a blank id, a missing tenant, a negative size, an option that does not apply. */
public class InvalidRequestException extends TrashException {

    /** Creates the exception with a message saying what was wrong. */
    public InvalidRequestException(String message) {
        super(message);
    }
}

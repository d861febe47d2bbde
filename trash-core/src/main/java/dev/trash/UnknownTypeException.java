package dev.trash;

/** A type name that the {@link TypeCatalogue} does not know. */
public class UnknownTypeException extends InvalidRequestException {

    private final String type;

    /** Creates the exception for the unknown type name. */
    public UnknownTypeException(String type, java.util.Collection<String> known) {
        super("Unknown type '" + type + "'; registered types are " + known);
        this.type = type;
    }

    /** The type name that was not found. */
    public String type() {
        return type;
    }
}

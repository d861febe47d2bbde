package dev.trash.examples.service;

/**
 * A failure the HTTP layer detects itself (a missing key, malformed JSON, a workspace the key is not bound
 * to), carrying the status to answer with. Failures of the Trash rules come as the core's exceptions and
 * are mapped by {@link ErrorMapper}.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    /** An error answered with {@code status} and {@code {"error": message}}. */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: the request is malformed. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** 401: no key, or a key the service does not know. */
    public static ApiException unauthorized() {
        return new ApiException(401, "A valid API key is required: send 'Authorization: Bearer KEY'");
    }

    /** 403: the key lacks a permission the HTTP layer checks itself (admin). */
    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    /** 404: nothing here, or nothing this key may know about. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }
}

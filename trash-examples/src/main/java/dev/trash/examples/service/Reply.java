package dev.trash.examples.service;

/**
 * What a route answers: a status and a body that {@link Json#write} can serialize (or raw bytes for the
 * page's static files).
 *
 * @param status the HTTP status
 * @param body the JSON body, or {@code null} for none
 * @param contentType the media type; JSON unless a static file says otherwise
 */
public record Reply(int status, Object body, String contentType) {

    private static final String JSON = "application/json; charset=utf-8";

    /** A JSON answer. */
    public Reply(int status, Object body) {
        this(status, body, JSON);
    }

    /** 200 with a JSON body. */
    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    /** The bytes to send. */
    public byte[] bytes() {
        if (body == null) {
            return new byte[0];
        }
        return body instanceof byte[] raw ? raw : Json.write(body);
    }
}

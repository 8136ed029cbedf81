package org.sitrep.server;

/**
 * A request the API refuses, answered as JSON {@code {"error": message, "parameter": name}} with its status.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;

    public ApiException(int status, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, parameter, message);
    }

    public int status() {
        return status;
    }

    /** The query parameter, path part or header at fault, or null. */
    public String parameter() {
        return parameter;
    }
}

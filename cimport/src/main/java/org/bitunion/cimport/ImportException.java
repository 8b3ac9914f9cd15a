package org.bitunion.cimport;

/** An import that cannot go on: a missing or broken header, an unknown type name, gcc missing. For the user. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An import error.
     *
     * @param message what went wrong, as the user reads it
     */
    public ImportException(String message) {
        super(message);
    }

    /**
     * An import error caused by another exception.
     *
     * @param message what went wrong, as the user reads it
     * @param cause the exception behind it
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

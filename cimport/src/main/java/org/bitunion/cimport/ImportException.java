package org.bitunion.cimport;

/** An import that cannot go on: a missing or broken header, an unknown type name, gcc missing. For the user. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

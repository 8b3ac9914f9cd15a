package org.bitunion.cimport.dwarf;

/** readelf printed something this reader does not understand: a tool version it was not written for. */
public final class DwarfFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DwarfFormatException(String message) {
        super(message);
    }
}

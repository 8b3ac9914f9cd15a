package org.bitunion.cimport.mapping;

/**
 * A C type that is not imported: its C name ({@code struct iphdr}), the member at fault (null when the type as a
 * whole), and why.
 */
public record Refusal(String type, String member, String reason) {
    public String message() {
        return type + (member == null ? "" : ", member " + member) + ": " + reason;
    }
}

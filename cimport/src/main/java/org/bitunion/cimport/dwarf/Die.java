package org.bitunion.cimport.dwarf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One debugging information entry: its section offset, tag, attributes (as readelf prints them) and children. */
public final class Die {
    private static final Pattern REFERENCE = Pattern.compile("<0x([0-9a-f]+)>");

    private final long offset;
    private final String tag;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Die> children = new ArrayList<>();

    Die(long offset, String tag) {
        this.offset = offset;
        this.tag = tag;
    }

    public long offset() {
        return offset;
    }

    /** The tag without its {@code DW_TAG_} prefix, e.g. {@code structure_type}. */
    public String tag() {
        return tag;
    }

    public List<Die> children() {
        return Collections.unmodifiableList(children);
    }

    void addChild(Die child) {
        children.add(child);
    }

    void put(String attribute, String value) {
        attributes.put(attribute, value);
    }

    /** The attribute's value text (attribute named without its {@code DW_AT_} prefix), if present. */
    public Optional<String> text(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    /** A numeric attribute: decimal or 0x-hex, the first token of the value (readelf appends a meaning). */
    public Optional<Long> number(String attribute) {
        return text(attribute).map(Die::parseNumber);
    }

    /** A reference attribute ({@code <0x2d>}) as the referenced entry's offset. */
    public Optional<Long> reference(String attribute) {
        return text(attribute).map(value -> {
            // "<0x2d>"; some readelf versions prefix the form and append the target's name: "(ref4) <0x2d>, int".
            Matcher matcher = REFERENCE.matcher(value);
            if (!matcher.find()) {
                throw new DwarfFormatException("DW_AT_" + attribute + " of <0x" + Long.toHexString(offset)
                        + "> is not a reference: " + value);
            }
            return Long.parseUnsignedLong(matcher.group(1), 16);
        });
    }

    static long parseNumber(String value) {
        String token = value.trim().split("\\s+")[0];
        try {
            if (token.startsWith("0x")) {
                return Long.parseUnsignedLong(token.substring(2), 16);
            }
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            throw new DwarfFormatException("not a number: " + value);
        }
    }

    @Override
    public String toString() {
        return "<0x" + Long.toHexString(offset) + "> DW_TAG_" + tag + " " + attributes;
    }
}

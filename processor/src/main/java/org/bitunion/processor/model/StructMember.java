package org.bitunion.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A field as a struct's accessors reach it: one of its own fields, a field of a nested word union held in place
 * ({@code controlOn}), or a field of a nested struct, reached by delegating to that struct's generated class with
 * the nested struct's offset ({@code ipDaddr} calls {@code IpHeaderBits.daddr}).
 *
 * @param name       the accessor name in this struct
 * @param leaf       the field whose bits are read, placed in the innermost struct that declares it
 * @param holder     the nested struct field of this struct that holds the leaf, or {@code null} when direct
 * @param inner      the member of the holder's struct that this one delegates to, or {@code null} when direct
 * @param indexNames the accessor's index parameters after the offset: one per array on the way
 */
public record StructMember(String name, FieldModel leaf, FieldModel holder, StructMember inner,
        List<String> indexNames) {

    /** Whether this member reaches into a nested struct rather than reading its own memory. */
    public boolean isFlattened() {
        return holder != null;
    }

    /**
     * Every member a struct's generated class has accessors for, in declaration order: with
     * {@code flatten = false}, only its own fields (nested structs then only get their offset methods).
     */
    public static List<StructMember> of(BitfieldModel struct) {
        List<StructMember> members = new ArrayList<>();
        for (FieldModel field : struct.fields()) {
            if (field.isNestedStruct() && !struct.flatten()) {
                continue; // reached through fooOffset and the nested struct's own class
            }
            if (field.isNestedStruct() && !field.isArray()) {
                members.addAll(inPlace(field, of(field.nested().model())));
            } else if (field.isNestedStruct()) {
                members.addAll(through(field, of(field.nested().model())));
            } else {
                members.add(new StructMember(field.name(), field, null, null,
                        field.isArray() ? List.of("index") : List.of()));
            }
        }
        for (FieldModel view : struct.nestedFieldViews()) {
            // an array field of a nested word is indexed here as everywhere: portsValue(bytes, offset, index)
            members.add(new StructMember(view.name(), view, null, null,
                    view.isArray() ? List.of("index") : List.of()));
        }
        return members;
    }

    /**
     * The members of a nested struct held in place (not in an array): its own fields are at fixed positions of
     * this struct, so they are read here directly, placed and named from here ({@code range.delta} as
     * {@code rangeDelta}, errors naming {@code Sample.range.delta}); only what the nested struct itself reaches by
     * delegation is still delegated, through it.
     */
    public static List<StructMember> inPlace(FieldModel holder, List<StructMember> innerMembers) {
        List<StructMember> members = new ArrayList<>();
        for (StructMember inner : innerMembers) {
            if (inner.isFlattened()) {
                members.addAll(through(holder, List.of(inner)));
            } else {
                members.add(new StructMember(GeneratedNames.flatName(holder.name(), inner.name()),
                        inner.leaf().seenThrough(holder), null, null, inner.indexNames()));
            }
        }
        return members;
    }

    /** The members of a nested struct as reached through {@code holder}. */
    public static List<StructMember> through(FieldModel holder, List<StructMember> innerMembers) {
        List<StructMember> members = new ArrayList<>();
        for (StructMember inner : innerMembers) {
            List<String> indexNames = new ArrayList<>();
            if (holder.isArray()) {
                indexNames.add(holder.name() + "Index");
            }
            for (String innerIndex : inner.indexNames()) {
                String unique = innerIndex;
                for (int n = 2; indexNames.contains(unique); n++) {
                    unique = innerIndex + n;
                }
                indexNames.add(unique);
            }
            members.add(new StructMember(GeneratedNames.flatName(holder.name(), inner.name()), inner.leaf(), holder,
                    inner, List.copyOf(indexNames)));
        }
        return members;
    }
}

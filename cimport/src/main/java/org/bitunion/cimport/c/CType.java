package org.bitunion.cimport.c;

import java.util.List;

/** A C type as gcc's debugging information describes it. */
public sealed interface CType permits CType.Base, CType.Enum, CRecord, CType.Array, CType.Pointer, CType.Typedef,
        CType.Qualified, CType.Other {

    /** The type's size in bytes ({@code sizeof}); -1 where C has none (a function type). */
    long size();

    /** How the type is written in C, e.g. {@code __u16}, {@code struct iphdr}, {@code char *}. */
    String spelling();

    /** The type with typedefs and qualifiers (const, volatile) looked through. */
    default CType resolved() {
        return this;
    }

    /** The integer encodings of DWARF base types; everything else is OTHER. */
    enum Encoding { SIGNED, UNSIGNED, BOOLEAN, FLOAT, OTHER }

    /** A base type; {@code bigEndian} for gcc's {@code scalar_storage_order("big-endian")} storage. */
    record Base(String name, long size, Encoding encoding, boolean bigEndian) implements CType {
        @Override
        public String spelling() {
            return name;
        }
    }

    /** An enumerator: its name and value. */
    record Enumerator(String name, long value) {}

    /** An enum type; {@code tag} null when anonymous. */
    record Enum(String tag, long size, boolean signed, List<Enumerator> enumerators) implements CType {
        @Override
        public String spelling() {
            return tag == null ? "enum {...}" : "enum " + tag;
        }
    }

    /** An array; {@code counts} per dimension, outermost first; a count of -1 is a flexible array member. */
    record Array(CType element, List<Long> counts) implements CType {
        @Override
        public long size() {
            long size = element.size();
            for (long count : counts) {
                if (count < 0) {
                    return 0;
                }
                size *= count;
            }
            return size;
        }

        public boolean flexible() {
            return counts.stream().anyMatch(count -> count <= 0);
        }

        public long elementCount() {
            return counts.stream().reduce(1L, (a, b) -> a * b);
        }

        @Override
        public String spelling() {
            StringBuilder dimensions = new StringBuilder();
            for (long count : counts) {
                dimensions.append(count < 0 ? "[]" : "[" + count + "]");
            }
            return element.spelling() + dimensions;
        }
    }

    /** A pointer; {@code target} null for {@code void *}. */
    record Pointer(long size, CType target) implements CType {
        @Override
        public String spelling() {
            return (target == null ? "void" : target.spelling()) + " *";
        }
    }

    /** A typedef name for {@code target}. */
    record Typedef(String name, CType target) implements CType {
        @Override
        public long size() {
            return target.size();
        }

        @Override
        public String spelling() {
            return name;
        }

        @Override
        public CType resolved() {
            return target.resolved();
        }
    }

    /** {@code const} or {@code volatile} on {@code target}. */
    record Qualified(String qualifier, CType target) implements CType {
        @Override
        public long size() {
            return target.size();
        }

        @Override
        public String spelling() {
            return qualifier + " " + target.spelling();
        }

        @Override
        public CType resolved() {
            return target.resolved();
        }
    }

    /** Anything else (a function type, {@code void}): described only by its spelling. */
    record Other(String spelling, long size) implements CType {}
}

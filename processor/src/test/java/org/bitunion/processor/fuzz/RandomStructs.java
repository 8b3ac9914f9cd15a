package org.bitunion.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitunion.processor.testing.BitMath;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.EnumSpec;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.Kind;

/**
 * A seeded generator of structs in memory ({@code @Bitfield(bits > 64)}, CONTRACT.md section 4): valid ones with
 * every field kind, signed and {@code @BigEndian} fields, arrays of each element kind, nested word unions (unions of
 * alternatives among them), nested structs and arrays of them, packed structs and unions of alternatives, laid out
 * so that the test's byte model, GCC and the processor's rules agree on every bit; and invalid ones, each a valid
 * struct broken in one named way the processor must report.
 *
 * <p>Where the rules differ only by alignment, the generator stays on the side every reading agrees on: a nested
 * struct starts on a multiple of 64 bits and a non-packed struct's size is a multiple of 8 bytes (so its alignment,
 * whatever it is up to 8, never moves anything), and a big-endian field or a C array of 8- to 64-bit elements sits
 * on a multiple of its own width.
 */
final class RandomStructs {
    private static final String[] WORDS = {
        "len", "proto", "flags", "addr", "port", "seq", "ack", "ttl", "mode", "id", "kind", "prio", "window",
        "offset", "type", "code", "mask", "lane"};

    private final Random random;
    private final String packageName;
    private final RandomBitfields words;
    private int wordCount;

    RandomStructs(Random random, String packageName) {
        this.random = random;
        this.packageName = packageName;
        this.words = new RandomBitfields(random, packageName);
    }

    // ---------------------------------------------------------------- valid

    /**
     * A valid struct. {@code nestable} are valid declarations (word unions and structs) it may nest; new word unions
     * it needs are added to it, so they are compiled too.
     */
    BitfieldSpec valid(String name, List<BitfieldSpec> nestable) {
        boolean packed = random.nextInt(6) == 0;
        if (!packed && random.nextInt(8) == 0) {
            return union(name, nestable);
        }
        List<FieldSpec> fields = new ArrayList<>();
        int target = 64 + random.nextInt(random.nextInt(4) == 0 ? 2048 : 448);
        int next = 0;
        int maxFields = 1 + random.nextInt(random.nextInt(4) == 0 ? 24 : 10);
        while (next < target && fields.size() < maxFields) {
            int start = next;
            if (random.nextInt(7) == 0) {
                start += 1 + random.nextInt(24); // a padding gap, as C's `: n`
            }
            FieldSpec field = randomField(fieldName(fields.size()), start, packed, nestable);
            int at = place(field, start, packed);
            if (at < 0) {
                continue;
            }
            if (at != next || random.nextInt(10) == 0) {
                field = field.at(at);
            }
            fields.add(field);
            next = at + field.effectiveWidth() * field.elementCount();
        }
        int unit = packed ? 8 : 64;
        int bits = roundUp(Math.max(next, 65), unit) + (random.nextInt(4) == 0 ? unit * random.nextInt(3) : 0);
        return BitfieldSpec.of(packageName, name, bits, fields).asPacked(packed);
    }

    /** A union of alternatives: each member at bit 0, the size a multiple of 8 bytes. */
    private BitfieldSpec union(String name, List<BitfieldSpec> nestable) {
        List<FieldSpec> fields = new ArrayList<>();
        int widest = 0;
        int members = 2 + random.nextInt(4);
        for (int i = 0; i < members; i++) {
            FieldSpec field = randomField(fieldName(i), 0, false, nestable);
            if (place(field, 0, false) != 0) {
                continue;
            }
            fields.add(field);
            widest = Math.max(widest, field.effectiveWidth() * field.elementCount());
        }
        if (fields.isEmpty()) {
            fields.add(FieldSpec.longField("raw0", 64));
            widest = 64;
        }
        int bits = roundUp(Math.max(widest, 65), 64);
        return BitfieldSpec.unionOf(packageName, name, bits, fields);
    }

    /**
     * Where the field can start at or after {@code start} under GCC's rules: byte boundaries for big-endian fields
     * and nested structs, natural alignment unless packed, no int (long) element across a 32 (64)-bit boundary.
     * -1 when no position near {@code start} works.
     */
    private int place(FieldSpec field, int start, boolean packed) {
        int width = field.effectiveWidth();
        if (field.isNestedStruct()) {
            return roundUp(start, packed ? 8 : 64);
        }
        if (field.bigEndian() || cArray(field)) {
            // Whole members: a byte boundary, and their natural alignment unless packed.
            return roundUp(start, packed ? 8 : width);
        }
        if (packed) {
            return start;
        }
        int unit = field.longStorage() ? 64 : 32;
        for (int at : new int[] {start, roundUp(start, unit)}) {
            if (fitsUnits(at, width, field.elementCount(), unit)) {
                return at;
            }
        }
        return -1;
    }

    /** {@code int[]}/{@code long[]} of 8, 16, 32 or 64-bit elements: C's {@code u8 x[n]} ... {@code u64 x[n]}. */
    private static boolean cArray(FieldSpec field) {
        int width = field.effectiveWidth();
        return field.isArray() && (field.kind() == Kind.INT || field.kind() == Kind.LONG)
                && (width == 8 || width == 16 || width == 32 || width == 64);
    }

    private static boolean fitsUnits(int at, int width, int count, int unit) {
        for (int i = 0; i < count; i++) {
            int first = at + i * width;
            if (first / unit != (first + width - 1) / unit) {
                return false;
            }
        }
        return true;
    }

    private FieldSpec randomField(String name, int start, boolean packed, List<BitfieldSpec> nestable) {
        switch (random.nextInt(16)) {
            case 0, 1:
                return random.nextInt(4) == 0 ? FieldSpec.bool(name).array(arrayCount()) : FieldSpec.bool(name);
            case 2, 3, 4: {
                FieldSpec field = FieldSpec.integer(name, pickWidth(32));
                return maybeArray(maybeSigned(field));
            }
            case 5, 6: {
                FieldSpec field = FieldSpec.longField(name, pickWidth(64));
                return maybeArray(maybeSigned(field));
            }
            case 7, 8: {
                int width = pick(16, 32, 64);
                FieldSpec field = width == 64 || random.nextInt(5) == 0 ? FieldSpec.longField(name, width)
                        : FieldSpec.integer(name, width);
                return maybeArray(maybeSigned(field).asBigEndian());
            }
            case 9: {
                int width = 1 + random.nextInt(10);
                EnumSpec type = enumType("E" + Character.toUpperCase(name.charAt(0)) + name.substring(1), width);
                return FieldSpec.enumField(name, type, width);
            }
            case 10, 11: {
                BitfieldSpec word = wordUnion(nestable);
                FieldSpec field = FieldSpec.nested(name, word);
                if ((word.bits() == 16 || word.bits() == 32 || word.bits() == 64) && random.nextInt(3) == 0) {
                    field = field.asBigEndian();
                }
                return random.nextInt(4) == 0 ? field.array(arrayCount()) : field;
            }
            case 12, 13: {
                List<BitfieldSpec> structs = nestable.stream().filter(BitfieldSpec::wide)
                        .filter(s -> s.bits() <= 2048).toList();
                if (structs.isEmpty()) {
                    return FieldSpec.integer(name, 8);
                }
                BitfieldSpec inner = structs.get(random.nextInt(structs.size()));
                FieldSpec field = FieldSpec.nested(name, inner);
                // Arrays of structs only of flat ones: the accessors take one index.
                return random.nextInt(3) == 0 && flat(inner) ? field.array(1 + random.nextInt(3)) : field;
            }
            default:
                return FieldSpec.integer(name, pick(8, 16, 32));
        }
    }

    /** A struct without arrays or nested structs of its own. */
    private static boolean flat(BitfieldSpec spec) {
        return spec.fields().stream().noneMatch(f -> f.isArray() || f.isNestedStruct());
    }

    private FieldSpec maybeSigned(FieldSpec field) {
        return random.nextInt(3) == 0 ? field.asSigned() : field;
    }

    private FieldSpec maybeArray(FieldSpec field) {
        return random.nextInt(4) == 0 ? field.array(arrayCount()) : field;
    }

    private int arrayCount() {
        return random.nextInt(5) == 0 ? 1 : 2 + random.nextInt(random.nextInt(4) == 0 ? 40 : 6);
    }

    /** A word union to nest: an earlier one, or a new one (sometimes a union of alternatives), added to the pool. */
    private BitfieldSpec wordUnion(List<BitfieldSpec> nestable) {
        List<BitfieldSpec> existing = nestable.stream().filter(s -> !s.wide()).toList();
        if (!existing.isEmpty() && random.nextBoolean()) {
            return existing.get(random.nextInt(existing.size()));
        }
        String name = "Word" + wordCount++;
        BitfieldSpec word;
        if (random.nextInt(3) == 0) {
            int bits = pick(16, 32, 64);
            List<FieldSpec> alternatives = new ArrayList<>(List.of(
                    bits > 32 ? FieldSpec.longField("whole", bits) : FieldSpec.integer("whole", bits),
                    FieldSpec.integer("low", 1 + random.nextInt(Math.min(bits, 32))),
                    FieldSpec.bool("flag").at(random.nextInt(bits))));
            word = BitfieldSpec.unionOf(packageName, name, bits, alternatives);
        } else {
            word = words.valid(name, List.of());
        }
        nestable.add(word);
        return word;
    }

    private EnumSpec enumType(String name, int width) {
        long largest = BitMath.ones(width);
        int count = 1 + random.nextInt((int) Math.min(6, largest + 1));
        List<EnumSpec.Constant> constants = new ArrayList<>();
        java.util.TreeSet<Long> codes = new java.util.TreeSet<>();
        while (codes.size() < count) {
            codes.add((random.nextLong() & Long.MAX_VALUE) % (largest + 1));
        }
        int i = 0;
        for (long code : codes) {
            constants.add(new EnumSpec.Constant("K" + i++, (int) code));
        }
        return new EnumSpec(name, constants);
    }

    private int pickWidth(int max) {
        return switch (random.nextInt(5)) {
            case 0 -> 1;
            case 1 -> max;
            default -> 1 + random.nextInt(max);
        };
    }

    private String fieldName(int index) {
        return WORDS[random.nextInt(WORDS.length)] + index;
    }

    private int pick(int... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static int roundUp(int value, int unit) {
        return (value + unit - 1) / unit * unit;
    }

    // ---------------------------------------------------------------- invalid

    /** A struct broken in one way, picked at random; {@code nestable} as for {@link #valid}. */
    RandomBitfields.InvalidCase invalid(String name, List<BitfieldSpec> nestable) {
        BitfieldSpec base = valid(name, nestable);
        while (base.union() || base.packed()) {
            base = valid(name, nestable);
        }
        List<FieldSpec> fields = new ArrayList<>(base.fields());
        int end = base.layout().get(fields.size() - 1).end();
        int free = roundUp(end, 64); // where an extra field can go: past everything, on a 64-bit boundary
        int bits = free + 128;
        switch (random.nextInt(16)) {
            case 0: {
                int wrong = pick(65, 100, 72 + 1, 1000 + 4, 65544, 70000);
                return one("bits = " + wrong + " (above 64: a multiple of 8 up to 65536)", base.withBits(wrong));
            }
            case 1: {
                int at = free + 8 * random.nextInt(4) + 1 + random.nextInt(7);
                fields.add(FieldSpec.integer("badOrder", 16).asBigEndian().at(at));
                return one("@BigEndian field at bit " + at + ", not a byte boundary", base.withFields(fields)
                        .withBits(bits));
            }
            case 2: {
                int width = pick(8, 24, 12, 48, 1);
                FieldSpec field = width > 32 ? FieldSpec.longField("oddOrder", width) : FieldSpec.integer("oddOrder",
                        width);
                fields.add(field.asBigEndian().at(free));
                return one("@BigEndian on a " + width + "-bit field", base.withFields(fields).withBits(bits));
            }
            case 3: {
                FieldSpec field = random.nextBoolean() ? FieldSpec.bool("orderedFlag")
                        : FieldSpec.enumField("orderedMode", enumType("EOrdered", 16), 16);
                fields.add(field.asBigEndian().at(free));
                return one("@BigEndian on a " + field.kind(), base.withFields(fields).withBits(bits));
            }
            case 4: {
                List<BitfieldSpec> structs = nestable.stream().filter(BitfieldSpec::wide).toList();
                if (structs.isEmpty()) {
                    return straddle(base, fields, free, bits);
                }
                BitfieldSpec inner = structs.get(random.nextInt(structs.size()));
                fields.add(FieldSpec.nested("orderedStruct", inner).asBigEndian().at(free));
                return one("@BigEndian on a nested struct", base.withFields(fields)
                        .withBits(roundUp(free + inner.bits(), 64)));
            }
            case 5: {
                FieldSpec field = switch (random.nextInt(3)) {
                    case 0 -> FieldSpec.bool("signedFlag");
                    case 1 -> FieldSpec.enumField("signedMode", enumType("ESigned", 3), 3);
                    default -> FieldSpec.nested("signedNested", wordUnion(nestable));
                };
                fields.add(field.asSigned().at(free));
                return one("signed on a " + field.kind(), base.withFields(fields).withBits(bits));
            }
            case 6: {
                int count = pick(-1, -5, Integer.MIN_VALUE);
                fields.add(FieldSpec.integer("badCount", 8).array(count).withRawType("int[]").at(free));
                return one("count = " + count + " on an array", base.withFields(fields).withBits(bits));
            }
            case 7: {
                fields.add(FieldSpec.integer("notArray", 8).array(3).withRawType("int").at(free));
                return one("count on an int", base.withFields(fields).withBits(bits));
            }
            case 8: {
                String type = new String[] {"int[]", "long[]", "boolean[]"}[random.nextInt(3)];
                fields.add(FieldSpec.integer("noCount", type.equals("boolean[]") ? 1 : 8).withRawType(type)
                        .at(free));
                return one(type + " without count", base.withFields(fields).withBits(bits));
            }
            case 9: {
                int width = 72 + 8 * random.nextInt(8);
                BitfieldSpec union = BitfieldSpec.unionOf(packageName, name, 64, List.of(
                        FieldSpec.longField("whole", 64), FieldSpec.integer("part", 16)));
                List<FieldSpec> alternatives = new ArrayList<>(union.fields());
                alternatives.add(FieldSpec.integer("tooWide", 8).array(width / 8));
                return one("an alternative of " + width + " bits in a 64-bit union",
                        union.withFields(alternatives));
            }
            case 10: {
                List<BitfieldSpec> structs = nestable.stream().filter(s -> s.wide() && !s.packed()
                        && s.alignmentBytes() > 1).toList();
                if (structs.isEmpty()) {
                    return straddle(base, fields, free, bits);
                }
                BitfieldSpec inner = structs.get(random.nextInt(structs.size()));
                int at = free + 8 * (1 + random.nextInt(inner.alignmentBytes() - 1));
                fields.add(FieldSpec.nested("misaligned", inner).at(at));
                return one("nested struct of alignment " + inner.alignmentBytes() + " at bit " + at,
                        base.withFields(fields).withBits(roundUp(at + inner.bits(), 64)));
            }
            case 11: {
                int width = pick(16, 32);
                int at = free + 8 * pick(1, 3) ;
                fields.add(FieldSpec.integer("unaligned", width).asBigEndian().at(at));
                return one("__be" + width + " at byte " + at / 8 + " of a struct that is not packed",
                        base.withFields(fields).withBits(bits));
            }
            case 12:
                return straddle(base, fields, free, bits);
            case 13: {
                fields.add(FieldSpec.integer("elements", 12).array(4).at(free));
                return one("int[] of 12-bit elements, the third across bit " + (free + 32),
                        base.withFields(fields).withBits(bits));
            }
            case 14: {
                fields.add(FieldSpec.longField("wide", 64).at(free));
                int wrong = free + 64 + 8 * pick(1, 2, 4);
                return one("bits = " + wrong + " with a long field: GCC pads to a multiple of 8 bytes",
                        base.withFields(fields).withBits(wrong));
            }
            default: {
                fields.add(FieldSpec.longField("pastEnd", 32).at(free));
                return one("a field past bits", base.withFields(fields).withBits(free + 16));
            }
        }
    }

    private RandomBitfields.InvalidCase straddle(BitfieldSpec base, List<FieldSpec> fields, int free, int bits) {
        boolean asLong = random.nextBoolean();
        int unit = asLong ? 64 : 32;
        int width = asLong ? 20 + random.nextInt(40) : 8 + random.nextInt(20);
        int at = free + unit - 1 - random.nextInt(width - 2);
        fields.add((asLong ? FieldSpec.longField("straddling", width) : FieldSpec.integer("straddling", width))
                .at(at));
        return one((asLong ? "long" : "int") + " bits " + at + ".." + (at + width - 1) + " across bit "
                + (free + unit), base.withFields(fields).withBits(roundUp(at + width, 64) + 64));
    }

    private static RandomBitfields.InvalidCase one(String mutation, BitfieldSpec spec) {
        return new RandomBitfields.InvalidCase(mutation, List.of(spec));
    }
}

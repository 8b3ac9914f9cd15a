package org.bitunion.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.bitunion.processor.testing.BitMath;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.EnumSpec;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.Kind;

/**
 * A seeded generator of {@code @Bitfield} declarations: {@link #valid valid} ones, laid out so that the test's own
 * model and GCC agree on every bit, and {@link #invalid invalid} ones, each a valid declaration broken in one named
 * way the processor must report.
 */
final class RandomBitfields {
    private static final String[] WORDS = {
        "level", "mode", "flag", "addr", "count", "valid", "dirty", "state", "tag", "index", "kind", "prio",
        "size", "owner", "perm", "frame", "hint", "lock", "quad", "access"};

    private final Random random;
    private final String packageName;

    RandomBitfields(Random random, String packageName) {
        this.random = random;
        this.packageName = packageName;
    }

    /** One broken declaration (or a few that break together, like a nesting cycle) and what is wrong with it. */
    record InvalidCase(String mutation, List<BitfieldSpec> specs) {}

    // ---------------------------------------------------------------- valid

    /**
     * A valid declaration. {@code nestable} are valid declarations it may nest (all earlier ones, so no cycles).
     * Int-sized fields never straddle bit 32 of a long word (the processor rejects that; GCC would move them).
     */
    BitfieldSpec valid(String name, List<BitfieldSpec> nestable) {
        int bits = pickBits();
        boolean longWord = bits > 32;
        List<FieldSpec> fields = new ArrayList<>();
        int next = 0;
        int maxFields = 1 + random.nextInt(random.nextInt(4) == 0 ? 24 : 8);
        while (next < bits && fields.size() < maxFields) {
            FieldSpec alignedNested = alignedNested(bits, next, nestable);
            if (alignedNested != null) {
                fields.add(alignedNested);
                next = alignedNested.at() + alignedNested.effectiveWidth();
                continue;
            }
            int start = next;
            if (random.nextInt(6) == 0 && bits - next > 1) {
                start = next + 1 + random.nextInt(Math.min(bits - next - 1, 12)); // a padding gap, as C's `: n`
            }
            FieldSpec field = maybeArray(randomField(fieldName(fields.size()), bits - start, start, longWord,
                    nestable), bits - start, start, longWord);
            if (start != next || random.nextInt(10) == 0) {
                field = field.at(start); // `at` equal to the next free bit is legal too
            }
            fields.add(field);
            next = start + field.effectiveWidth() * field.elementCount();
        }
        return BitfieldSpec.of(packageName, name, bits, fields);
    }

    private int pickBits() {
        return switch (random.nextInt(10)) {
            case 0, 1 -> 32;
            case 2, 3 -> 64;
            case 4 -> random.nextBoolean() ? 8 : 16;
            default -> 1 + random.nextInt(64);
        };
    }

    /** Sometimes a 32-bit union nested on a 32-bit boundary of a 64-bit word: C can say that (kvm_mmu_role). */
    private FieldSpec alignedNested(int bits, int next, List<BitfieldSpec> nestable) {
        if (bits != 64 || next > 32 || random.nextInt(5) != 0) {
            return null;
        }
        List<BitfieldSpec> words32 = nestable.stream().filter(s -> s.bits() == 32).toList();
        if (words32.isEmpty()) {
            return null;
        }
        int at = next == 0 && random.nextBoolean() ? 0 : 32;
        return FieldSpec.nested(fieldName(next + 100), words32.get(random.nextInt(words32.size()))).at(at);
    }

    private String fieldName(int index) {
        String word = WORDS[random.nextInt(WORDS.length)];
        if (random.nextBoolean()) {
            String second = WORDS[random.nextInt(WORDS.length)];
            word += Character.toUpperCase(second.charAt(0)) + second.substring(1);
        }
        return word + index; // the index keeps getters and constant names unique within the declaration
    }

    private FieldSpec randomField(String name, int room, int start, boolean longWord, List<BitfieldSpec> nestable) {
        // An int-sized field in a long word must end by bit 32 when it starts below it.
        int intRoom = longWord && start < 32 ? Math.min(room, 32 - start) : room;
        switch (random.nextInt(9)) {
            case 0, 1:
                return FieldSpec.bool(name);
            case 2, 3: {
                if (start % 16 == 0 && intRoom >= 16 && random.nextInt(4) == 0) {
                    // __be16/__be32 on its natural alignment: its bytes in network order in the stored word
                    int width = start % 32 == 0 && intRoom >= 32 && random.nextBoolean() ? 32 : 16;
                    return maybeSigned(FieldSpec.integer(name, width)).asBigEndian();
                }
                return maybeSigned(FieldSpec.integer(name, pickWidth(Math.min(32, intRoom))));
            }
            case 4, 5:
                return maybeSigned(FieldSpec.longField(name, pickWidth(Math.min(64, room))));
            case 6, 7:
                return randomEnumField(name, Math.min(32, intRoom));
            default:
                List<BitfieldSpec> fitting = nestable.stream()
                        .filter(s -> s.bits() <= (s.longWord() ? room : intRoom)).toList();
                if (fitting.isEmpty()) {
                    return FieldSpec.bool(name);
                }
                return FieldSpec.nested(name, fitting.get(random.nextInt(fitting.size())));
        }
    }

    /**
     * Now and then an array of the field (int, long or boolean elements; word unions have arrays too): as many
     * elements as fit, none across bit 32 of a long word for int-sized ones, and 8/16/32-bit elements (C arrays) on
     * their natural alignment.
     */
    private FieldSpec maybeArray(FieldSpec field, int room, int start, boolean longWord) {
        if (random.nextInt(6) != 0 || field.bigEndian() && start % field.width() != 0) {
            return field;
        }
        if (field.kind() != Kind.INT && field.kind() != Kind.LONG && field.kind() != Kind.BOOLEAN) {
            return field;
        }
        int width = field.effectiveWidth();
        boolean natural = field.kind() != Kind.BOOLEAN && (width == 8 || width == 16 || width == 32);
        if (natural && start % width != 0) {
            return field;
        }
        int limit = field.kind() == Kind.LONG || !longWord || start >= 32 ? room : Math.min(room, 32 - start);
        int count = Math.min(limit / width, 2 + random.nextInt(6));
        return count >= 1 ? field.array(count) : field;
    }

    /** Now and then a signed field ({@code int x : w}): reads sign-extend, writes take the signed range. */
    private FieldSpec maybeSigned(FieldSpec field) {
        return random.nextInt(5) == 0 ? field.asSigned() : field;
    }

    private int pickWidth(int max) {
        return switch (random.nextInt(5)) {
            case 0 -> 1;
            case 1 -> max;
            default -> 1 + random.nextInt(max);
        };
    }

    private FieldSpec randomEnumField(String name, int maxWidth) {
        String typeName = "E" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (random.nextBoolean()) {
            int width = pickWidth(maxWidth);
            return FieldSpec.enumField(name, randomEnum(typeName, BitMath.ones(Math.min(width, 31))), width);
        }
        // Without @Bits the width is the fewest bits that hold the largest code.
        long largest = BitMath.ones(Math.min(maxWidth, 31));
        return FieldSpec.enumField(name, randomEnum(typeName, largest));
    }

    /** An enum whose codes are distinct, non-negative and at most {@code largestCode}. */
    private EnumSpec randomEnum(String typeName, long largestCode) {
        int count = 1 + random.nextInt((int) Math.min(8, largestCode + 1));
        List<EnumSpec.Constant> constants = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            for (int i = 0; i < count; i++) {
                constants.add(new EnumSpec.Constant("K" + i, null)); // ordinals
            }
        } else {
            TreeSet<Long> codes = new TreeSet<>();
            if (random.nextBoolean()) {
                codes.add(largestCode);
            }
            while (codes.size() < count) {
                codes.add(random.nextBoolean() ? (long) random.nextInt((int) Math.min(16, largestCode + 1))
                        : (random.nextLong() & Long.MAX_VALUE) % (largestCode + 1));
            }
            List<Long> shuffled = new ArrayList<>(codes);
            java.util.Collections.shuffle(shuffled, random);
            for (int i = 0; i < shuffled.size(); i++) {
                constants.add(new EnumSpec.Constant("K" + i, (int) (long) shuffled.get(i)));
            }
        }
        return new EnumSpec(typeName, constants);
    }

    // ---------------------------------------------------------------- invalid

    /** A declaration broken in one way, picked at random; {@code nestable} are valid declarations to refer to. */
    InvalidCase invalid(String name, List<BitfieldSpec> nestable) {
        BitfieldSpec base = valid(name, nestable);
        List<FieldSpec> fields = new ArrayList<>(base.fields());
        int i = random.nextInt(fields.size());
        FieldSpec field = fields.get(i);
        switch (random.nextInt(21)) {
            case 0: {
                int bits = pickInt(0, -1, -64, 65, 100, Integer.MAX_VALUE, Integer.MIN_VALUE);
                return one("bits = " + bits, base.withBits(bits));
            }
            case 1: {
                int width = pickInt(0, -1, -2, -100, Integer.MIN_VALUE);
                return replace("width " + width + " on " + field.name(), base, fields, i, field.withWidth(width));
            }
            case 2: {
                FieldSpec wide = switch (field.kind()) {
                    case BOOLEAN -> field.withWidth(2 + random.nextInt(30));
                    case INT, ENUM -> field.withWidth(33 + random.nextInt(40));
                    case LONG -> field.withWidth(65 + random.nextInt(100));
                    case NESTED -> field.withWidth(pickInt(65, 1000));
                };
                return replace("width " + wide.width() + " on " + field.kind() + " " + field.name(), base, fields,
                        i, wide);
            }
            case 3: {
                // Overlap: a field placed on the first bit of the field before it.
                List<BitfieldSpec.PlacedField> layout = base.layout();
                if (fields.size() < 2) {
                    fields.add(FieldSpec.bool("overlapping").at(0));
                    return one("field at bit 0 over " + field.name(), base.withFields(fields).withBits(64));
                }
                int victim = Math.max(1, i);
                int at = layout.get(victim - 1).shift();
                return replace("at = " + at + " overlapping " + fields.get(victim - 1).name(), base, fields, victim,
                        fields.get(victim).at(at));
            }
            case 4: {
                int at = base.bits() + pickInt(0, 1, 63, 1000);
                fields.add(FieldSpec.bool("pastTheEnd").at(at));
                return one("at = " + at + " past bits = " + base.bits(), base.withFields(fields));
            }
            case 5: {
                int at = pickInt(-2, -100, Integer.MIN_VALUE);
                return replace("at = " + at + " on " + field.name(), base, fields, i, field.at(at));
            }
            case 6: {
                int used = base.layout().get(fields.size() - 1).end();
                int width = base.bits() - used + 1; // one bit too many
                fields.add(FieldSpec.longField("oneTooMany", width));
                return one("fields need " + (used + width) + " of " + base.bits() + " bits", base.withFields(fields));
            }
            case 7:
                return enumCase("two constants with code 1", List.of(
                        new EnumSpec.Constant("A", 1), new EnumSpec.Constant("B", 1)), 2, random.nextBoolean(), base);
            case 8:
                return enumCase("ordinal 1 and @Code(1) together", List.of(
                        new EnumSpec.Constant("A", null), new EnumSpec.Constant("B", null),
                        new EnumSpec.Constant("C", 1)), 2, random.nextBoolean(), base);
            case 9: {
                int code = pickInt(-1, Integer.MIN_VALUE);
                return enumCase("negative code " + code, List.of(
                        new EnumSpec.Constant("A", 0), new EnumSpec.Constant("B", code)), 2, random.nextBoolean(), base);
            }
            case 10: {
                int width = 1 + random.nextInt(8);
                int code = (1 << width) + random.nextInt(5);
                return enumCase("code " + code + " in " + width + " bits", List.of(
                        new EnumSpec.Constant("A", 0), new EnumSpec.Constant("B", code)), width, true, base);
            }
            case 11: {
                String type = pick("String", "Integer", "Long", "Boolean", "float", "double", "char", "short",
                        "byte", "int[]", "long[]", "Object", "Runnable", "java.util.List<String>", "void",
                        "Comparable<Integer>", "DoesNotExist");
                // without count: int[] and long[] are arrays without a length, not element types
                return replace("return type " + type + " on " + field.name(), base, fields, i,
                        field.array(0).withRawType(type));
            }
            case 12: {
                String parameters = pick("int value", "long a, long b", "boolean... flags");
                return replace("parameters (" + parameters + ") on " + field.name(), base, fields, i,
                        field.withParameters(parameters));
            }
            case 13:
                return replace("type parameter <T> on " + field.name(), base, fields, i,
                        field.withMethodTypeParameters("<T>"));
            case 14: {
                String keyword = pick("abstract class", "enum", "@interface");
                return one("@Bitfield on " + keyword, base.withTypeKeyword(keyword));
            }
            case 15:
                return one("generic interface", base.withTypeParameters(pick("<T>", "<T extends Number>")));
            case 16:
                return nameClash(base, fields, i);
            case 17:
                return cycle(name);
            case 18: {
                int bits = pickInt(0, 65, -3);
                BitfieldSpec inner = BitfieldSpec.of(packageName, name + "Inner", bits,
                        List.of(FieldSpec.integer("x", 4)));
                BitfieldSpec outer = BitfieldSpec.of(packageName, name, 64, List.of(
                        FieldSpec.bool("before"), rawNested("inner", inner.name())));
                return new InvalidCase("nested type with bits = " + bits, List.of(outer, inner));
            }
            case 19: {
                List<BitfieldSpec> candidates = nestable.stream().filter(s -> s.bits() < 64).toList();
                BitfieldSpec inner = candidates.isEmpty()
                        ? BitfieldSpec.of(packageName, name + "Inner", 8, List.of(FieldSpec.integer("x", 8)))
                        : candidates.get(random.nextInt(candidates.size()));
                int width = inner.bits() + pickInt(-1, 1, -inner.bits());
                FieldSpec wrong = FieldSpec.nested("inner", inner).withWidth(width);
                BitfieldSpec outer = BitfieldSpec.of(packageName, name, 64, List.of(wrong));
                List<BitfieldSpec> specs = new ArrayList<>(List.of(outer));
                if (candidates.isEmpty()) {
                    specs.add(inner);
                }
                return new InvalidCase("@Bits(" + width + ") on a nested " + inner.bits() + "-bit type", specs);
            }
            default: {
                // An int-sized field across bit 32 of a long word: GCC would move it, the processor must refuse.
                int start = 32 - 1 - random.nextInt(31);
                int width = 32 - start + 1 + random.nextInt(start); // ends past bit 32, at most 32 wide
                FieldSpec straddling = random.nextBoolean()
                        ? FieldSpec.integer("straddling", width)
                        : FieldSpec.enumField("straddling", new EnumSpec("EStraddling", List.of(
                                new EnumSpec.Constant("A", null), new EnumSpec.Constant("B", null))), width);
                List<FieldSpec> layout = new ArrayList<>();
                if (start > 0 && random.nextBoolean()) {
                    layout.add(FieldSpec.longField("before", start));
                    layout.add(straddling);
                } else {
                    layout.add(straddling.at(start));
                }
                return one(straddling.kind() + " bits " + start + ".." + (start + width - 1) + " across bit 32",
                        BitfieldSpec.of(packageName, name, 64, layout));
            }
        }
    }

    private InvalidCase nameClash(BitfieldSpec base, List<FieldSpec> fields, int i) {
        FieldSpec field = fields.get(i);
        switch (random.nextInt(5)) {
            case 0: {
                String name = pick("toString", "diff", "appendDiff", "hashCode", "getClass", "fields");
                return replace("field named " + name, base, fields, i, field.named(name));
            }
            case 1:
                // x and withX: the getter of one is the with... of the other.
                return one("fields lock and withLock", BitfieldSpec.of(packageName, base.name(), 64,
                        List.of(FieldSpec.bool("lock"), FieldSpec.bool("withLock"))));
            case 2:
                return one("fields dirtyTag and dirty_tag: one DIRTY_TAG_MASK", BitfieldSpec.of(packageName,
                        base.name(), 16, List.of(FieldSpec.integer("dirtyTag", 3), FieldSpec.integer("dirty_tag", 3))));
            case 3: {
                EnumSpec type = new EnumSpec("EMode", List.of(new EnumSpec.Constant("A", null),
                        new EnumSpec.Constant("B", null)));
                return one("enum mode and int modeCode", BitfieldSpec.of(packageName, base.name(), 16, List.of(
                        FieldSpec.enumField("mode", type), FieldSpec.integer("modeCode", 2))));
            }
            default:
                return one("two fields named level", BitfieldSpec.of(packageName, base.name(), 16, List.of(
                        FieldSpec.integer("level", 3), FieldSpec.bool("level"))));
        }
    }

    private InvalidCase cycle(String name) {
        if (random.nextBoolean()) {
            BitfieldSpec self = BitfieldSpec.of(packageName, name, 32, List.of(rawNested("self", name)));
            return new InvalidCase("nests itself", List.of(self));
        }
        String other = name + "Partner";
        BitfieldSpec a = BitfieldSpec.of(packageName, name, 32, List.of(rawNested("partner", other)));
        BitfieldSpec b = BitfieldSpec.of(packageName, other, 32, List.of(rawNested("back", name)));
        return new InvalidCase("nesting cycle " + name + " -> " + other + " -> " + name, List.of(a, b));
    }

    /** A field whose type is another @Bitfield named only by text (a cycle cannot be built from values). */
    private static FieldSpec rawNested(String field, String typeName) {
        return new FieldSpec(field, Kind.INT, 1, -1, false, null, null, typeName, "", "");
    }

    private InvalidCase enumCase(String mutation, List<EnumSpec.Constant> constants, int width,
            boolean explicitWidth, BitfieldSpec base) {
        EnumSpec type = new EnumSpec("EBroken", constants);
        List<FieldSpec> fields = List.of(FieldSpec.bool("before"),
                explicitWidth ? FieldSpec.enumField("broken", type, width) : FieldSpec.enumField("broken", type));
        return one("enum with " + mutation, BitfieldSpec.of(packageName, base.name(), 32, fields));
    }

    private InvalidCase replace(String mutation, BitfieldSpec base, List<FieldSpec> fields, int index,
            FieldSpec replacement) {
        fields.set(index, replacement);
        return one(mutation, base.withFields(fields));
    }

    private static InvalidCase one(String mutation, BitfieldSpec spec) {
        return new InvalidCase(mutation, List.of(spec));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private int pickInt(int... choices) {
        return choices[random.nextInt(choices.length)];
    }

}

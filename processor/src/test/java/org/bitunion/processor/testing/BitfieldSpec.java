package org.bitunion.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A test-side description of one {@code @Bitfield} declaration, from which {@link JavaDeclarationWriter} writes the
 * Java source and {@link CUnionWriter} the equivalent C union. It is deliberately a plain value: the fuzzer builds
 * valid ones and then breaks them, so every part that the writers print can also be set to something invalid.
 *
 * @param packageName the package ({@code ""} for the default package)
 * @param name        the interface's simple name
 * @param bits        the value printed in {@code @Bitfield(bits = ...)}
 * @param fields      the fields in declaration order
 * @param enums       enums declared inside the interface (fields refer to them by simple name)
 * @param typeKeyword {@code "interface"} normally; {@code "abstract class"} or {@code "enum"} to make it invalid
 * @param typeParameters text printed after the name, e.g. {@code "<T>"}; {@code ""} normally
 * @param union       {@code @Bitfield(union = true)}: a C union of alternatives, every field at bit 0 unless {@code at}
 * @param packed      {@code @Bitfield(packed = true)}: GCC's {@code __attribute__((packed))}
 */
public record BitfieldSpec(String packageName, String name, int bits, List<FieldSpec> fields, List<EnumSpec> enums,
        String typeKeyword, String typeParameters, boolean union, boolean packed) {

    public BitfieldSpec {
        fields = List.copyOf(fields);
        enums = List.copyOf(enums);
    }

    public BitfieldSpec(String packageName, String name, int bits, List<FieldSpec> fields, List<EnumSpec> enums,
            String typeKeyword, String typeParameters) {
        this(packageName, name, bits, fields, enums, typeKeyword, typeParameters, false, false);
    }

    public static BitfieldSpec of(String packageName, String name, int bits, List<FieldSpec> fields) {
        return new BitfieldSpec(packageName, name, bits, fields, enumsOf(fields), "interface", "");
    }

    /** A C union of alternatives ({@code @Bitfield(union = true)}). */
    public static BitfieldSpec unionOf(String packageName, String name, int bits, List<FieldSpec> fields) {
        return new BitfieldSpec(packageName, name, bits, fields, enumsOf(fields), "interface", "", true, false);
    }

    private static List<EnumSpec> enumsOf(List<FieldSpec> fields) {
        List<EnumSpec> enums = new ArrayList<>();
        for (FieldSpec field : fields) {
            if (field.enumType() != null && !enums.contains(field.enumType())) {
                enums.add(field.enumType());
            }
        }
        return enums;
    }

    public BitfieldSpec withFields(List<FieldSpec> newFields) {
        return new BitfieldSpec(packageName, name, bits, newFields, enumsOf(newFields), typeKeyword, typeParameters,
                union, packed);
    }

    public BitfieldSpec withBits(int newBits) {
        return new BitfieldSpec(packageName, name, newBits, fields, enums, typeKeyword, typeParameters, union, packed);
    }

    public BitfieldSpec withName(String newName) {
        return new BitfieldSpec(packageName, newName, bits, fields, enums, typeKeyword, typeParameters, union, packed);
    }

    public BitfieldSpec withTypeKeyword(String keyword) {
        return new BitfieldSpec(packageName, name, bits, fields, enums, keyword, typeParameters, union, packed);
    }

    public BitfieldSpec withTypeParameters(String parameters) {
        return new BitfieldSpec(packageName, name, bits, fields, enums, typeKeyword, parameters, union, packed);
    }

    public BitfieldSpec asUnion(boolean newUnion) {
        return new BitfieldSpec(packageName, name, bits, fields, enums, typeKeyword, typeParameters, newUnion, packed);
    }

    public BitfieldSpec asPacked(boolean newPacked) {
        return new BitfieldSpec(packageName, name, bits, fields, enums, typeKeyword, typeParameters, union, newPacked);
    }

    /** True when the word is a {@code long} (more than 32 bits). */
    public boolean longWord() {
        return bits > 32;
    }

    /** True for a struct in memory ({@code bits} above 64, CONTRACT.md section 4), false for a word union. */
    public boolean wide() {
        return bits > 64;
    }

    /** The bytes the declaration occupies in memory: {@code SIZE}, {@code ceil(bits / 8)}. */
    public int sizeBytes() {
        return (bits + 7) / 8;
    }

    /**
     * The alignment in bytes GCC gives this declaration's C struct (as a nested struct or array element): 1 when
     * packed, else the largest {@link FieldSpec#storageAlignmentBytes alignment} among its fields.
     */
    public int alignmentBytes() {
        if (packed) {
            return 1;
        }
        int alignment = 1;
        for (FieldSpec field : fields) {
            alignment = Math.max(alignment, field.storageAlignmentBytes());
        }
        return alignment;
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? name : packageName + "." + name;
    }

    /** The binary name of the generated class, {@code p.NameBits}. */
    public String generatedClassName() {
        return qualifiedName() + "Bits";
    }

    /** The binary name of an enum declared inside this interface. */
    public String enumClassName(EnumSpec enumSpec) {
        return qualifiedName() + "$" + enumSpec.name();
    }

    /**
     * The fields with their positions, as the contract lays them out (meaningful for valid declarations only): in
     * declaration order from bit 0, or each at bit 0 in a union of alternatives, unless {@code at} says otherwise.
     * A nested struct wider than 64 bits (or an array of them) without {@code at} starts at the next multiple of
     * its alignment, as a C struct member does, unless this declaration is packed.
     */
    public List<PlacedField> layout() {
        List<PlacedField> placed = new ArrayList<>();
        int next = 0;
        for (FieldSpec field : fields) {
            int width = field.effectiveWidth();
            int shift;
            if (field.at() >= 0) {
                shift = field.at();
            } else if (union) {
                shift = 0;
            } else if (field.isNestedStruct() && !packed) {
                int alignBits = 8 * field.nested().alignmentBytes();
                shift = (next + alignBits - 1) / alignBits * alignBits;
            } else {
                shift = next;
            }
            placed.add(new PlacedField(field, shift, width, field.elementCount()));
            next = shift + width * field.elementCount();
        }
        return placed;
    }

    /**
     * A field and where the contract puts it.
     *
     * @param shift the bit offset of the field (of its element 0, for an array) from the start of the word or struct
     * @param width the width of the field, of each element for an array
     * @param count 1, or the number of array elements (consecutive, {@code width} bits apart)
     */
    public record PlacedField(FieldSpec field, int shift, int width, int count) {
        public PlacedField(FieldSpec field, int shift, int width) {
            this(field, shift, width, 1);
        }

        /** The bits of the field in a word: of every element, for an array. */
        public long mask() {
            return BitMath.ones(width * count) << shift;
        }

        /** The bit offset of element {@code index} (0 for a field that is not an array). */
        public int elementShift(int index) {
            return shift + index * width;
        }

        /** The first bit after the field (after its last element). */
        public int end() {
            return shift + width * count;
        }
    }

    /** The Java type of a field. */
    public enum Kind { BOOLEAN, INT, LONG, ENUM, NESTED }

    /**
     * One field.
     *
     * @param name       the method name
     * @param kind       its Java kind
     * @param width      the value printed in {@code @Bits}; for boolean and nested fields the implied width
     * @param at         the explicit position, or -1
     * @param printBits  whether {@code @Bits(...)} is printed even when {@code at} is -1
     * @param enumType   for {@link Kind#ENUM}
     * @param nested     for {@link Kind#NESTED}
     * @param rawType    if non-null, printed instead of the kind's type (to make bad return types)
     * @param parameters printed between the parentheses ({@code ""} normally)
     * @param methodTypeParameters printed before the return type ({@code ""} normally)
     * @param signed     {@code @Bits(signed = true)}: a C {@code int x : w}
     * @param count      {@code @Bits(count = n)}: an array of {@code n} elements; 0 for a field that is not one
     * @param bigEndian  {@code @BigEndian}: bytes in network order ({@code __be16}, {@code __be32}, {@code __be64})
     */
    public record FieldSpec(String name, Kind kind, int width, int at, boolean printBits, EnumSpec enumType,
            BitfieldSpec nested, String rawType, String parameters, String methodTypeParameters, boolean signed,
            int count, boolean bigEndian) {

        public FieldSpec(String name, Kind kind, int width, int at, boolean printBits, EnumSpec enumType,
                BitfieldSpec nested, String rawType, String parameters, String methodTypeParameters) {
            this(name, kind, width, at, printBits, enumType, nested, rawType, parameters, methodTypeParameters,
                    false, 0, false);
        }

        public static FieldSpec bool(String name) {
            return new FieldSpec(name, Kind.BOOLEAN, 1, -1, false, null, null, null, "", "");
        }

        public static FieldSpec integer(String name, int width) {
            return new FieldSpec(name, Kind.INT, width, -1, true, null, null, null, "", "");
        }

        public static FieldSpec longField(String name, int width) {
            return new FieldSpec(name, Kind.LONG, width, -1, true, null, null, null, "", "");
        }

        /** An enum field whose width is written out in {@code @Bits}. */
        public static FieldSpec enumField(String name, EnumSpec type, int width) {
            return new FieldSpec(name, Kind.ENUM, width, -1, true, type, null, null, "", "");
        }

        /** An enum field without {@code @Bits}: the width is the fewest bits holding the largest code. */
        public static FieldSpec enumField(String name, EnumSpec type) {
            return new FieldSpec(name, Kind.ENUM, BitMath.bitsFor(type.maxCode()), -1, false, type, null, null, "", "");
        }

        public static FieldSpec nested(String name, BitfieldSpec type) {
            return new FieldSpec(name, Kind.NESTED, type.bits(), -1, false, null, type, null, "", "");
        }

        public FieldSpec at(int position) {
            return new FieldSpec(name, kind, width, position, printBits, enumType, nested, rawType, parameters,
                    methodTypeParameters, signed, count, bigEndian);
        }

        public FieldSpec named(String newName) {
            return new FieldSpec(newName, kind, width, at, printBits, enumType, nested, rawType, parameters,
                    methodTypeParameters, signed, count, bigEndian);
        }

        public FieldSpec withWidth(int newWidth) {
            return new FieldSpec(name, kind, newWidth, at, true, enumType, nested, rawType, parameters,
                    methodTypeParameters, signed, count, bigEndian);
        }

        public FieldSpec withRawType(String type) {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, type, parameters,
                    methodTypeParameters, signed, count, bigEndian);
        }

        public FieldSpec withParameters(String params) {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, rawType, params,
                    methodTypeParameters, signed, count, bigEndian);
        }

        public FieldSpec withMethodTypeParameters(String typeParams) {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, rawType, parameters, typeParams,
                    signed, count, bigEndian);
        }

        public FieldSpec withEnumType(EnumSpec type) {
            return new FieldSpec(name, kind, width, at, printBits, type, nested, rawType, parameters,
                    methodTypeParameters, signed, count, bigEndian);
        }

        /** {@code @Bits(signed = true)}. */
        public FieldSpec asSigned() {
            return new FieldSpec(name, kind, width, at, true, enumType, nested, rawType, parameters,
                    methodTypeParameters, true, count, bigEndian);
        }

        /** {@code @Bits(count = n)} on the array type of this field's kind. */
        public FieldSpec array(int elements) {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, rawType, parameters,
                    methodTypeParameters, signed, elements, bigEndian);
        }

        /** {@code @BigEndian}. */
        public FieldSpec asBigEndian() {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, rawType, parameters,
                    methodTypeParameters, signed, count, true);
        }

        /** The width the field occupies (boolean 1, nested its type's bits); of each element for an array. */
        public int effectiveWidth() {
            return switch (kind) {
                case NESTED -> printBits ? width : nested.bits();
                default -> width; // boolean: 1 unless deliberately made wider
            };
        }

        /** True for an array field ({@code count} above 0). */
        public boolean isArray() {
            return count > 0;
        }

        /** 1, or the array's element count. */
        public int elementCount() {
            return Math.max(1, count);
        }

        /** A nested struct wider than 64 bits (or an array of them): flattened accessors, C struct member. */
        public boolean isNestedStruct() {
            return kind == Kind.NESTED && nested.wide();
        }

        /**
         * The alignment GCC gives the field's C member, in bytes: 4 for int-storage bitfields (boolean, int, enum, a
         * nested word of at most 32 bits), 8 for long-storage ones, the element size of a {@code __beN} member and of
         * a C array of 8- to 64-bit elements, a nested struct's own alignment.
         */
        public int storageAlignmentBytes() {
            if (bigEndian) {
                return width / 8; // __be16, __be32, __be64 (or arrays of them): their own size
            }
            if (isArray() && (kind == Kind.INT || kind == Kind.LONG) && (width == 8 || width == 16 || width == 32
                    || width == 64)) {
                return width / 8; // a C array of u8 .. u64
            }
            return switch (kind) {
                case LONG -> 8;
                case NESTED -> nested.wide() ? nested.alignmentBytes() : nested.longWord() ? 8 : 4;
                default -> 4;
            };
        }

        /** Whether the field is stored in a {@code long} unit (straddle rule at 64-bit boundaries). */
        public boolean longStorage() {
            return kind == Kind.LONG || (kind == Kind.NESTED && !nested.wide() && nested.longWord());
        }

        /** The Java return type as printed. */
        public String javaType() {
            if (rawType != null) {
                return rawType;
            }
            return elementJavaType() + (isArray() ? "[]" : "");
        }

        /** The Java type of the field, or of each element of an array, as printed. */
        public String elementJavaType() {
            return switch (kind) {
                case BOOLEAN -> "boolean";
                case INT -> "int";
                case LONG -> "long";
                case ENUM -> enumType.name();
                case NESTED -> nested.name();
            };
        }

        /** {@code fooBar} becomes {@code FooBar}, as in {@code withFooBar}. */
        public String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        /** {@code cr4Pae} becomes {@code CR4_PAE}, as in {@code CR4_PAE_SHIFT}. */
        public String constantPrefix() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isUpperCase(c) && i > 0) {
                    out.append('_');
                }
                out.append(Character.toUpperCase(c));
            }
            return out.toString().toUpperCase(Locale.ROOT);
        }
    }

    /**
     * An enum declared inside the interface.
     *
     * @param name      simple name
     * @param constants in declaration order
     */
    public record EnumSpec(String name, List<Constant> constants) {
        public EnumSpec {
            constants = List.copyOf(constants);
        }

        /** A constant; {@code code} null means no {@code @Code}, so the ordinal. */
        public record Constant(String name, Integer code) {}

        public int codeOf(int index) {
            Integer code = constants.get(index).code();
            return code == null ? index : code;
        }

        public int maxCode() {
            int max = 0;
            for (int i = 0; i < constants.size(); i++) {
                max = Math.max(max, codeOf(i));
            }
            return max;
        }

        public int minCodeIndex() {
            int best = 0;
            for (int i = 1; i < constants.size(); i++) {
                if (codeOf(i) < codeOf(best)) {
                    best = i;
                }
            }
            return best;
        }

        public int maxCodeIndex() {
            int best = 0;
            for (int i = 1; i < constants.size(); i++) {
                if (codeOf(i) > codeOf(best)) {
                    best = i;
                }
            }
            return best;
        }

        /** The index of the constant with this code, or -1. */
        public int indexOfCode(long code) {
            for (int i = 0; i < constants.size(); i++) {
                if (codeOf(i) == code) {
                    return i;
                }
            }
            return -1;
        }
    }
}

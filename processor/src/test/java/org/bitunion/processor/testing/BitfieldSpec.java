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
 */
public record BitfieldSpec(String packageName, String name, int bits, List<FieldSpec> fields, List<EnumSpec> enums,
        String typeKeyword, String typeParameters) {

    public BitfieldSpec {
        fields = List.copyOf(fields);
        enums = List.copyOf(enums);
    }

    public static BitfieldSpec of(String packageName, String name, int bits, List<FieldSpec> fields) {
        return new BitfieldSpec(packageName, name, bits, fields, enumsOf(fields), "interface", "");
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
        return new BitfieldSpec(packageName, name, bits, newFields, enumsOf(newFields), typeKeyword, typeParameters);
    }

    public BitfieldSpec withBits(int newBits) {
        return new BitfieldSpec(packageName, name, newBits, fields, enums, typeKeyword, typeParameters);
    }

    public BitfieldSpec withName(String newName) {
        return new BitfieldSpec(packageName, newName, bits, fields, enums, typeKeyword, typeParameters);
    }

    public BitfieldSpec withTypeKeyword(String keyword) {
        return new BitfieldSpec(packageName, name, bits, fields, enums, keyword, typeParameters);
    }

    public BitfieldSpec withTypeParameters(String parameters) {
        return new BitfieldSpec(packageName, name, bits, fields, enums, typeKeyword, parameters);
    }

    /** True when the word is a {@code long} (more than 32 bits). */
    public boolean longWord() {
        return bits > 32;
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

    /** The fields with their positions, as the contract lays them out (meaningful for valid declarations only). */
    public List<PlacedField> layout() {
        List<PlacedField> placed = new ArrayList<>();
        int next = 0;
        for (FieldSpec field : fields) {
            int width = field.effectiveWidth();
            int shift = field.at() >= 0 ? field.at() : next;
            placed.add(new PlacedField(field, shift, width));
            next = shift + width;
        }
        return placed;
    }

    /** A field and where the contract puts it. */
    public record PlacedField(FieldSpec field, int shift, int width) {
        public long mask() {
            return BitMath.ones(width) << shift;
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
     */
    public record FieldSpec(String name, Kind kind, int width, int at, boolean printBits, EnumSpec enumType,
            BitfieldSpec nested, String rawType, String parameters, String methodTypeParameters) {

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
                    methodTypeParameters);
        }

        public FieldSpec named(String newName) {
            return new FieldSpec(newName, kind, width, at, printBits, enumType, nested, rawType, parameters,
                    methodTypeParameters);
        }

        public FieldSpec withWidth(int newWidth) {
            return new FieldSpec(name, kind, newWidth, at, true, enumType, nested, rawType, parameters,
                    methodTypeParameters);
        }

        public FieldSpec withRawType(String type) {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, type, parameters,
                    methodTypeParameters);
        }

        public FieldSpec withParameters(String params) {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, rawType, params,
                    methodTypeParameters);
        }

        public FieldSpec withMethodTypeParameters(String typeParams) {
            return new FieldSpec(name, kind, width, at, printBits, enumType, nested, rawType, parameters, typeParams);
        }

        public FieldSpec withEnumType(EnumSpec type) {
            return new FieldSpec(name, kind, width, at, printBits, type, nested, rawType, parameters,
                    methodTypeParameters);
        }

        /** The width the field occupies (boolean 1, nested its type's bits). */
        public int effectiveWidth() {
            return switch (kind) {
                                case NESTED -> printBits ? width : nested.bits();
                default -> width; // boolean: 1 unless deliberately made wider
            };
        }

        /** The Java return type as printed. */
        public String javaType() {
            if (rawType != null) {
                return rawType;
            }
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

package org.bitunion.cimport.dwarf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitunion.cimport.c.CMember;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.c.CType;

/** Turns the type entries of a {@link ReadelfDump} into the {@link CType} model. */
public final class CTypeReader {
    private final ReadelfDump dump;
    private final Map<Long, CType> types = new HashMap<>();
    private final List<CRecord> records = new ArrayList<>();

    private CTypeReader(ReadelfDump dump) {
        this.dump = dump;
    }

    /** Reads every struct and union of the unit, in the order gcc emitted them, and names untagged ones by typedef. */
    public static List<CRecord> readRecords(ReadelfDump dump) {
        CTypeReader reader = new CTypeReader(dump);
        for (Die die : dump.topLevel()) {
            if (isRecord(die) || die.tag().equals("typedef")) {
                reader.type(die.offset());
            }
        }
        for (Die die : dump.topLevel()) {
            if (die.tag().equals("typedef") && reader.type(die.offset()) instanceof CType.Typedef typedef
                    && typedef.target() instanceof CRecord record) {
                record.nameByTypedef(typedef.name());
            }
        }
        return Collections.unmodifiableList(reader.records);
    }

    private static boolean isRecord(Die die) {
        return die.tag().equals("structure_type") || die.tag().equals("union_type");
    }

    private CType type(long offset) {
        CType known = types.get(offset);
        if (known != null) {
            return known;
        }
        Die die = dump.at(offset);
        if (isRecord(die)) {
            return record(die);
        }
        CType type = switch (die.tag()) {
            case "base_type" -> base(die);
            case "enumeration_type" -> enumeration(die);
            case "array_type" -> array(die);
            case "pointer_type" -> new CType.Pointer(die.number("byte_size").orElse(8L), target(die));
            case "typedef" -> new CType.Typedef(name(die), targetOrVoid(die));
            case "const_type" -> new CType.Qualified("const", targetOrVoid(die));
            case "volatile_type" -> new CType.Qualified("volatile", targetOrVoid(die));
            case "restrict_type" -> new CType.Qualified("restrict", targetOrVoid(die));
            case "atomic_type" -> new CType.Other("_Atomic " + targetOrVoid(die).spelling(),
                    targetOrVoid(die).size());
            case "subroutine_type" -> new CType.Other("function", -1);
            default -> new CType.Other(die.tag(), die.number("byte_size").orElse(-1L));
        };
        types.put(offset, type);
        return type;
    }

    private CType target(Die die) {
        return die.reference("type").map(this::type).orElse(null);
    }

    private CType targetOrVoid(Die die) {
        CType target = target(die);
        return target != null ? target : new CType.Other("void", -1);
    }

    private static String name(Die die) {
        return die.text("name").map(String::trim).orElse(null);
    }

    private static CType.Base base(Die die) {
        long encoding = die.number("encoding").orElse(0L);
        CType.Encoding kind = switch ((int) encoding) {
            case 2 -> CType.Encoding.BOOLEAN;
            case 4 -> CType.Encoding.FLOAT;
            case 5, 6 -> CType.Encoding.SIGNED;
            case 7, 8 -> CType.Encoding.UNSIGNED;
            default -> CType.Encoding.OTHER;
        };
        // DW_END_big is 1.
        boolean bigEndian = die.number("endianity").orElse(0L) == 1L;
        return new CType.Base(name(die), die.number("byte_size").orElse(0L), kind, bigEndian);
    }

    private CType.Enum enumeration(Die die) {
        List<CType.Enumerator> enumerators = new ArrayList<>();
        boolean signed = false;
        for (Die child : die.children()) {
            if (child.tag().equals("enumerator")) {
                long value = child.number("const_value").orElse(0L);
                enumerators.add(new CType.Enumerator(name(child), value));
            }
        }
        CType underlying = target(die);
        if (underlying != null && underlying.resolved() instanceof CType.Base base) {
            signed = base.encoding() == CType.Encoding.SIGNED;
        } else {
            signed = die.number("encoding").orElse(7L) == 5L
                    || enumerators.stream().anyMatch(enumerator -> enumerator.value() < 0);
        }
        return new CType.Enum(name(die), die.number("byte_size").orElse(4L), signed,
                Collections.unmodifiableList(enumerators));
    }

    private CType.Array array(Die die) {
        List<Long> counts = new ArrayList<>();
        for (Die child : die.children()) {
            if (child.tag().equals("subrange_type")) {
                if (child.has("count")) {
                    counts.add(child.number("count").orElseThrow());
                } else if (child.has("upper_bound")) {
                    counts.add(child.number("upper_bound").orElseThrow() + 1);
                } else {
                    counts.add(-1L);
                }
            }
        }
        return new CType.Array(targetOrVoid(die), Collections.unmodifiableList(counts));
    }

    private CRecord record(Die die) {
        CRecord.Kind kind = die.tag().equals("union_type") ? CRecord.Kind.UNION : CRecord.Kind.STRUCT;
        CRecord record = new CRecord(die.offset(), kind, name(die), die.number("byte_size").orElse(0L),
                die.has("declaration"), dump.declaringFile(die).orElse(null));
        record.declaredAt(die.number("decl_line").orElse(0L).intValue(),
                die.number("decl_column").orElse(0L).intValue());
        types.put(die.offset(), record);
        records.add(record);
        for (Die child : die.children()) {
            if (!child.tag().equals("member")) {
                continue;
            }
            long bitSize = child.number("bit_size").orElse(-1L);
            long bitOffset;
            if (child.has("bit_offset")) {
                // DWARF 2 style, which gcc still emits for a bitfield directly in a union: bits counted from the
                // most significant end of a storage unit of DW_AT_byte_size bytes (little-endian target).
                long unitBits = child.number("byte_size").orElseThrow(() -> new DwarfFormatException(
                        "DW_AT_bit_offset without DW_AT_byte_size in " + record.spelling())) * 8;
                bitOffset = child.number("data_member_location").orElse(0L) * 8 + unitBits
                        - child.number("bit_offset").orElseThrow() - bitSize;
            } else {
                bitOffset = child.number("data_bit_offset")
                        .orElseGet(() -> child.number("data_member_location").orElse(0L) * 8);
            }
            record.addMember(new CMember(name(child), targetOrVoid(child), bitOffset, bitSize));
        }
        return record;
    }
}

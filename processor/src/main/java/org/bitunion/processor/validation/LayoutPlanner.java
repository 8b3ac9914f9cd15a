package org.bitunion.processor.validation;

import org.bitunion.processor.validation.Problem.Tag;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.bitunion.processor.model.FieldModel;

/**
 * Places the fields LSB-first in declaration order, as GCC lays out the same C declaration on x86-64, and reports
 * every layout that would differ from GCC's or not fit: fields out of order or overlapping, fields past the end,
 * bitfields straddling a storage unit (an {@code unsigned int} across a 32-bit boundary, an
 * {@code unsigned long long} across a 64-bit one) and whole members ({@code __be32}, nested structs) that GCC would
 * move to their alignment. In a union of alternatives every field starts at bit 0 unless placed; in a packed
 * declaration nothing is aligned and nothing straddles, as with {@code __attribute__((packed))}.
 */
final class LayoutPlanner {
    private LayoutPlanner() {}

    /** The declaration being laid out. */
    record Shape(TypeElement type, int bits, boolean union, boolean packed) {}

    static List<FieldModel> plan(Shape shape, List<DeclaredField> declared, ValidationReport report) {
        List<FieldModel> placed = new ArrayList<>();
        long nextFreeBit = 0;
        for (DeclaredField field : declared) {
            long start = field.at() >= 0 ? field.at() : shape.union() ? 0 : nextFreeBit;
            long end = start + field.totalBits(); // exclusive
            if (!shape.union() && start < nextFreeBit) {
                FieldModel previous = placed.isEmpty() ? null : placed.get(placed.size() - 1);
                reportOverlap(field, placed, nextFreeBit, previous, report);
                continue;
            }
            if (end > shape.bits()) {
                reportOverflow(shape, field, start, end, report);
                nextFreeBit = end;
                continue;
            }
            if (field.isAlignedMember()) {
                checkMemberAlignment(field, start, shape.packed(), report);
            } else if (!shape.packed()) {
                checkStraddle(field, start, report);
            }
            placed.add(new FieldModel(field.name(), field.method(), field.kind(), (int) start, field.width(),
                    field.enumModel(), field.nested(), field.javadoc(), field.name(), field.signed(),
                    field.bigEndian(), field.count()));
            nextFreeBit = end;
        }
        return placed;
    }

    /**
     * A whole C member (a {@code __be} scalar or array, a C array, a nested struct) starts where GCC puts it: at a
     * multiple of its alignment, or of a byte when packed (only bitfields share bytes).
     */
    private static void checkMemberAlignment(DeclaredField field, long start, boolean packed,
            ValidationReport report) {
        long alignBits = packed ? 8 : 8L * field.alignment();
        if (start % alignBits == 0) {
            return;
        }
        long gccStart = roundUp(start, alignBits);
        String fix = "; place it with @Bits(at = " + gccStart + ")" + (packed || start % 8 != 0 ? ""
                : ", or declare the @Bitfield packed = true to keep it at byte " + start / 8);
        if (field.bigEndian() && start % 8 != 0) {
            field.errorOnBigEndian(report, Tag.BIG_ENDIAN, "@BigEndian field " + field.name() + "() starts at bit "
                    + start + ", which is not on a byte boundary: only whole bytes have a byte order, and GCC would"
                    + " place " + field.memberDescription() + " at bit " + gccStart + fix);
            return;
        }
        String aligned = packed ? "a byte boundary (only bitfields share bytes, even when packed)"
                : "a multiple of its alignment (" + field.alignment() + " bytes)";
        field.errorOnPosition(report, Tag.ALIGN, "field " + field.name() + "() starts at bit " + start
                + ", but it is " + field.memberDescription() + ", which GCC places at " + aligned + ": at bit "
                + gccStart + fix);
    }

    /** A bitfield never straddles its storage unit: GCC would move it to the next one. */
    private static void checkStraddle(DeclaredField field, long start, ValidationReport report) {
        int unit = field.hasIntStorageUnit() ? 32 : 64;
        int elements = Math.max(1, field.count());
        for (int i = 0; i < elements; i++) {
            long first = start + (long) i * field.width();
            long last = first + field.width() - 1;
            if (first / unit != last / unit) {
                long boundary = (first / unit + 1) * unit;
                String what = field.count() > 0 ? "element " + i + " of field " + field.name() + "()"
                        : "field " + field.name() + "()";
                String hint = unit == 32 && first / 64 == last / 64 && field.count() == 0
                        ? "Declare it `long` to keep it at bit " + first + ", or place it with @Bits(at = "
                                + boundary + ")"
                        : "Place it with @Bits(at = " + (field.count() > 0 ? roundUp(start, unit) : boundary)
                                + "), or declare the @Bitfield packed = true";
                field.errorOnPosition(report, Tag.STRADDLE, "" + what + " would occupy bits " + first + ".."
                        + last + ", across bit " + boundary + ": GCC never lets an `"
                        + (unit == 32 ? "unsigned int" : "unsigned long long") + "` bitfield straddle a " + unit
                        + "-bit unit and would move it to bit " + boundary + ". " + hint);
                return;
            }
        }
    }

    private static void reportOverflow(Shape shape, DeclaredField field, long start, long end,
            ValidationReport report) {
        String range = "bits " + start + ".." + (end - 1);
        if (shape.union() && field.at() < 0) {
            report.error(Tag.OVERFLOW, field.method(), "alternative " + field.name() + "() is "
                    + field.totalBits() + " bits wide, but the union " + shape.type().getSimpleName()
                    + " is @Bitfield(bits = " + shape.bits() + ", union = true); every alternative must fit it:"
                    + " widen the union or narrow the field");
        } else if (field.at() >= 0) {
            field.errorOnPosition(report, Tag.OVERFLOW, "field " + field.name() + "() at bit "
                    + start + " is " + field.totalBits() + " bits wide, so it would occupy " + range
                    + ", past the last bit (" + (shape.bits() - 1) + ") of @Bitfield(bits = " + shape.bits() + ")");
        } else {
            report.error(Tag.OVERFLOW, field.method(), "the fields need " + end + " bits, but "
                    + shape.type().getSimpleName() + " is @Bitfield(bits = " + shape.bits() + "): field "
                    + field.name() + "() would occupy " + range + "; widen the word or narrow the fields");
        }
    }

    private static long roundUp(long value, long multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }

    private static void reportOverlap(DeclaredField field, List<FieldModel> placed, long nextFreeBit,
            FieldModel previous, ValidationReport report) {
        long start = field.at();
        long end = start + field.totalBits();
        FieldModel overlapped = null;
        for (FieldModel other : placed) {
            if (other.shift() < end && start <= other.lastBit()) {
                overlapped = other;
                break;
            }
        }
        if (overlapped != null) {
            field.errorOnPosition(report, Tag.OVERLAP, "fields overlap: field " + field.name() + "() starts at bit "
                    + start + ", but bits " + overlapped.shift() + ".." + overlapped.lastBit() + " belong to field "
                    + overlapped.name() + "(); the next unused bit is " + nextFreeBit
                    + " (declare the @Bitfield union = true if the fields are alternatives)");
        } else {
            field.errorOnPosition(report, Tag.ORDER, "field " + field.name() + "() at bit " + start
                    + " comes before the previous field " + (previous == null ? "" : previous.name() + "() ")
                    + "ends; declare fields in bit order (C bitfields have no other way), the next unused bit is "
                    + nextFreeBit);
        }
    }
}

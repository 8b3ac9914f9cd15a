package org.bitunion.processor.validation;

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
            if (field.bigEndian() && start % 8 != 0) {
                field.errorOnBigEndian(report, "[BitfieldBigEndian] @BigEndian field " + field.name()
                        + "() starts at bit " + start + ", which is not on a byte boundary: only whole bytes have a"
                        + " byte order; place it at a multiple of 8 with @Bits(at = " + roundUp(start, 8) + ")");
            } else if (!shape.packed()) {
                checkAgainstGcc(field, start, report);
            }
            placed.add(new FieldModel(field.name(), field.method(), field.kind(), (int) start, field.width(),
                    field.enumModel(), field.nested(), field.javadoc(), field.name(), field.signed(),
                    field.bigEndian(), field.count()));
            nextFreeBit = end;
        }
        return placed;
    }

    /** Reports where GCC, without {@code packed}, would move a member to its alignment or a bitfield to its unit. */
    private static void checkAgainstGcc(DeclaredField field, long start, ValidationReport report) {
        if (field.isAlignedMember()) {
            long alignBits = 8L * field.alignment();
            if (start % alignBits != 0) {
                String what = field.isNestedStruct()
                        ? "the nested struct " + field.nested().type().simpleName() + " (aligned to "
                                + field.alignment() + " bytes)"
                        : "a __be" + field.width() + " member (aligned to " + field.alignment() + " bytes)";
                field.errorOnPosition(report, "[BitfieldAlign] field " + field.name() + "() starts at bit " + start
                        + ", but it is " + what + ", which GCC would move to bit " + roundUp(start, alignBits)
                        + "; place it with @Bits(at = " + roundUp(start, alignBits)
                        + "), or declare the @Bitfield packed = true to keep it unaligned");
            }
            return;
        }
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
                field.errorOnPosition(report, "[BitfieldStraddle] " + what + " would occupy bits " + first + ".."
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
            report.error(field.method(), "[BitfieldOverflow] alternative " + field.name() + "() is "
                    + field.totalBits() + " bits wide, but the union " + shape.type().getSimpleName()
                    + " is @Bitfield(bits = " + shape.bits() + ", union = true); every alternative must fit it:"
                    + " widen the union or narrow the field");
        } else if (field.at() >= 0) {
            field.errorOnPosition(report, "[BitfieldOverflow] field " + field.name() + "() at bit "
                    + start + " is " + field.totalBits() + " bits wide, so it would occupy " + range
                    + ", past the last bit (" + (shape.bits() - 1) + ") of @Bitfield(bits = " + shape.bits() + ")");
        } else {
            report.error(field.method(), "[BitfieldOverflow] the fields need " + end + " bits, but "
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
            field.errorOnPosition(report, "[BitfieldOverlap] fields overlap: field " + field.name() + "() starts at bit "
                    + start + ", but bits " + overlapped.shift() + ".." + overlapped.lastBit() + " belong to field "
                    + overlapped.name() + "(); the next unused bit is " + nextFreeBit
                    + " (declare the @Bitfield union = true if the fields are alternatives)");
        } else {
            field.errorOnPosition(report, "[BitfieldOrder] field " + field.name() + "() at bit " + start
                    + " comes before the previous field " + (previous == null ? "" : previous.name() + "() ")
                    + "ends; declare fields in bit order (C bitfields have no other way), the next unused bit is "
                    + nextFreeBit);
        }
    }
}

package org.bitunion.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import org.bitunion.processor.model.FieldModel;

/**
 * Places the fields LSB-first in declaration order, as GCC lays out the same C bitfields on x86-64, and reports
 * every layout that would differ from GCC's or not fit: fields out of order or overlapping, fields past the word,
 * and 32-bit fields straddling bit 32, which GCC would silently move to the next {@code unsigned int}.
 */
final class LayoutPlanner {
    private LayoutPlanner() {}

    static List<FieldModel> plan(TypeElement type, AnnotationMirror bitfield, int bits, List<DeclaredField> declared,
            ValidationReport report) {
        List<FieldModel> placed = new ArrayList<>();
        long nextFreeBit = 0;
        for (DeclaredField field : declared) {
            long start = field.at() >= 0 ? field.at() : nextFreeBit;
            long end = start + field.width(); // exclusive
            if (start < nextFreeBit) {
                FieldModel previous = placed.isEmpty() ? null : placed.get(placed.size() - 1);
                reportOverlap(field, placed, nextFreeBit, previous, report);
                continue;
            }
            if (end > bits) {
                String range = "bits " + start + ".." + (end - 1);
                if (field.at() >= 0) {
                    field.errorOnPosition(report, "[BitfieldOverflow] field " + field.name() + "() at bit "
                            + start + " is " + field.width() + " bits wide, so it would occupy " + range
                            + ", past the last bit (" + (bits - 1) + ") of @Bitfield(bits = " + bits + ")");
                } else {
                    report.error(field.method(), "[BitfieldOverflow] the fields need " + end + " bits, but "
                            + type.getSimpleName() + " is @Bitfield(bits = " + bits + "): field " + field.name()
                            + "() would occupy " + range + "; widen the word or narrow the fields");
                }
                nextFreeBit = end;
                continue;
            }
            if (field.hasIntStorageUnit() && start < 32 && end > 32) {
                field.errorOnPosition(report, "[BitfieldStraddle] field " + field.name() + "() would occupy bits "
                        + start + ".." + (end - 1) + ", across bit 32: GCC never lets an `unsigned int` bitfield"
                        + " straddle a 32-bit unit and would move it to bit 32. Declare it `long` to keep it at bit "
                        + start + ", or place it with @Bits(at = 32)");
            }
            placed.add(new FieldModel(field.name(), field.method(), field.kind(), (int) start, field.width(),
                    field.enumModel(), field.nested(), field.javadoc(), field.name()));
            nextFreeBit = end;
        }
        return placed;
    }

    private static void reportOverlap(DeclaredField field, List<FieldModel> placed, long nextFreeBit,
            FieldModel previous, ValidationReport report) {
        long start = field.at();
        long end = start + field.width();
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
                    + overlapped.name() + "(); the next unused bit is " + nextFreeBit);
        } else {
            field.errorOnPosition(report, "[BitfieldOrder] field " + field.name() + "() at bit " + start
                    + " comes before the previous field " + (previous == null ? "" : previous.name() + "() ")
                    + "ends; declare fields in bit order (C bitfields have no other way), the next unused bit is "
                    + nextFreeBit);
        }
    }
}

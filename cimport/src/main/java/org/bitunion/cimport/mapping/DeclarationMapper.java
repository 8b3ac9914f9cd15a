package org.bitunion.cimport.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitunion.cimport.c.CMember;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.c.CType;

/**
 * Maps C records to {@code @Bitfield} declarations, every field at an explicit position taken from gcc's layout.
 * What cannot be declared exactly, or needs a processor feature not in {@code features}, is refused with the
 * member and the reason; nothing is approximated.
 */
public final class DeclarationMapper {
    /** Typedefs that mark network byte order in the kernel's headers ({@code __bitwise} leaves no trace in DWARF). */
    private static final Set<String> BIG_ENDIAN_TYPEDEFS = Set.of("__be16", "__be32", "__be64", "__sum16");

    private final Set<ProcessorFeature> features;
    private final Map<CRecord, Outcome> outcomes = new HashMap<>();
    private final Map<CType.Enum, JavaEnum> enums = new LinkedHashMap<>();
    private final Set<CRecord> inProgress = new HashSet<>();

    public DeclarationMapper(Set<ProcessorFeature> features) {
        this.features = Set.copyOf(features);
    }

    /** The result of mapping one named record: a declaration (with the records it refers to), or a refusal. */
    public sealed interface Outcome permits Mapped, Refused {}

    /** {@code dependencies}: named records its fields refer to; {@code enums}: the Java enums its fields use. */
    public record Mapped(JavaDecl decl, Set<CRecord> dependencies, Set<JavaEnum> enums) implements Outcome {}

    public record Refused(Refusal refusal) implements Outcome {}

    /** Maps a named (tagged or typedef'd), complete record. */
    public Outcome map(CRecord record) {
        Outcome known = outcomes.get(record);
        if (known != null) {
            return known;
        }
        Outcome outcome;
        if (!inProgress.add(record)) {
            outcome = new Refused(new Refusal(record.spelling(), null, "contains itself"));
        } else {
            try {
                Context context = new Context(record);
                JavaDecl decl = declaration(record, JavaNames.typeName(record.cName()), context, true);
                outcome = new Mapped(decl, Collections.unmodifiableSet(context.dependencies),
                        Collections.unmodifiableSet(context.enums));
            } catch (RefusedException e) {
                outcome = new Refused(new Refusal(record.spelling(), e.member, e.getMessage()));
            } finally {
                inProgress.remove(record);
            }
        }
        outcomes.put(record, outcome);
        return outcome;
    }

    /** State of mapping one top-level record: what it depends on and the probe stores that check it. */
    private static final class Context {
        final CRecord top;
        final Set<CRecord> dependencies = new HashSet<>();
        final Set<JavaEnum> enums = new HashSet<>();
        final List<ProbeLeaf> leaves = new ArrayList<>();
        /** Type names declared in the top-level file: a nested interface may not repeat an enclosing one's. */
        final Set<String> typeNames = new HashSet<>();
        int anonymousUnions;

        Context(CRecord top) {
            this.top = top;
        }

        String uniqueTypeName(String base) {
            String name = base;
            for (int i = 2; !typeNames.add(name); i++) {
                name = base + i;
            }
            return name;
        }
    }

    private static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        final String member;

        RefusedException(String member, String reason) {
            super(reason, null, false, false);
            this.member = member;
        }
    }

    /** Where members of the record being mapped go. */
    private static final class Target {
        final List<JavaField> fields = new ArrayList<>();
        final List<JavaDecl> nested = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        /** The width of the declaration being built: 64 or less is a word union. */
        final long bits;
        boolean packed;

        Target(long bits) {
            this.bits = bits;
        }
    }

    private JavaDecl declaration(CRecord record, String simpleName, Context context, boolean topLevel)
            throws RefusedException {
        if (record.declarationOnly()) {
            throw new RefusedException(null, "incomplete type (declared, never defined): no layout to import");
        }
        if (record.size() == 0) {
            throw new RefusedException(null, "has size 0 (an empty struct, a gcc extension): @Bitfield needs at"
                    + " least one bit");
        }
        long bits = record.size() * 8;
        if (bits > 64) {
            require(ProcessorFeature.WIDE_STRUCTS, null, record.size() + " bytes (" + bits + " bits)");
        }
        if (bits > 65536) {
            throw new RefusedException(null, record.size() + " bytes is over @Bitfield's 65536 bits");
        }
        boolean union = record.kind() == CRecord.Kind.UNION;
        if (union) {
            require(ProcessorFeature.C_UNIONS, null, "a C union");
        }
        Target target = new Target(bits);
        context.typeNames.add(simpleName);
        members(record, 0, 0, topLevel ? "s." : null, target, context);
        packedIfNeeded(target, null);
        return new JavaDecl(simpleName, record, bits, union, target.packed, withFreeNames(target.fields),
                List.copyOf(target.nested), List.copyOf(target.notes),
                topLevel ? List.copyOf(context.leaves) : List.of());
    }

    /**
     * Declares {@code target} packed where gcc's layout needs it: a field straddling its storage unit (already
     * marked), or a size that is not a multiple of the alignment the processor's tail-padding rule assumes from
     * the fields (int-sized units); every field is placed explicitly, so packed only lifts those checks.
     */
    private void packedIfNeeded(Target target, String member) throws RefusedException {
        if (target.bits > 64 && !target.packed && target.bits % (8 * alignment(target.fields)) != 0) {
            target.packed = true;
        }
        if (target.packed) {
            require(ProcessorFeature.PACKED, member, "gcc's layout needs packed = true (a field straddles its"
                    + " storage unit, or sizeof is not a multiple of the alignment bitunion assumes)");
        }
    }

    private static long alignment(List<JavaField> fields) {
        long alignment = 1;
        for (JavaField field : fields) {
            if (field.type() == FieldType.Scalar.LONG) {
                alignment = Math.max(alignment, 8);
            } else if (field.type() instanceof FieldType.Nested nested) {
                // A nested word union is a bitfield of its width to the processor: int storage up to 32 bits,
                // long above; a nested struct in memory aligns as its own fields do.
                long bits = nested.decl().bits();
                long own = bits <= 32 ? 4 : bits <= 64 ? 8 : nested.decl().packed() ? 1
                        : alignment(nested.decl().fields());
                alignment = Math.max(alignment, own);
            } else {
                alignment = Math.max(alignment, 4);
            }
        }
        return alignment;
    }

    private void require(ProcessorFeature feature, String member, String what) throws RefusedException {
        if (!features.contains(feature)) {
            throw new RefusedException(member, what + " needs " + feature.description()
                    + ", which the processor does not support yet");
        }
    }

    /**
     * Maps the members of {@code record} into {@code target}: {@code atBase} is the record's bit position in the
     * declaration being built, {@code probeBase} its position in the top-level record, {@code lvaluePrefix} the C
     * expression that reaches its members from the probe's variable (null: no probe, a separately checked record).
     */
    private void members(CRecord record, long atBase, long probeBase, String lvaluePrefix, Target target,
            Context context) throws RefusedException {
        for (CMember member : record.members()) {
            CType type = member.type().resolved();
            if (member.anonymous()) {
                if (!(type instanceof CRecord inner)) {
                    throw new RefusedException("(anonymous)", "an anonymous member that is not a struct or union");
                }
                CMember group = structGroup(inner);
                boolean flatten = record.kind() == CRecord.Kind.UNION || inner.kind() == CRecord.Kind.STRUCT;
                if (group != null && record.kind() == CRecord.Kind.STRUCT) {
                    // The kernel's __struct_group: the same members under two names. Their anonymous form is the
                    // enclosing struct's members in C; the named twin adds no bits.
                    CMember anonymousAlternative = inner.members().get(0).anonymous() ? inner.members().get(0)
                            : inner.members().get(1);
                    target.notes.add("{@code " + group.name() + "} (the same members grouped under a name, as the"
                            + " kernel's {@code __struct_group} does) is not a separate field: its members are"
                            + " the fields of the same names here.");
                    members((CRecord) anonymousAlternative.type().resolved(),
                            atBase + member.bitOffset() + anonymousAlternative.bitOffset(),
                            probeBase + member.bitOffset() + anonymousAlternative.bitOffset(), lvaluePrefix,
                            target, context);
                } else if (flatten) {
                    // Its members are the enclosing record's members in C (s.member); with explicit positions
                    // they keep their place in the enclosing declaration.
                    members(inner, atBase + member.bitOffset(), probeBase + member.bitOffset(), lvaluePrefix,
                            target, context);
                } else {
                    context.anonymousUnions++;
                    String typeName = context.uniqueTypeName("Union" + context.anonymousUnions);
                    nestedRecordField(member, inner, typeName, "union" + context.anonymousUnions, atBase,
                            probeBase, lvaluePrefix, target, context, true);
                }
                continue;
            }
            String name = JavaNames.memberName(member.name());
            while (!target.names.add(name)) {
                // Two C names with one Java name (__buf and buf, ITV0 and itv0): the later member gets a trailing
                // _, as names the generated class uses do; its Javadoc shows the C name.
                name = name + "_";
            }
            if (type instanceof CRecord inner) {
                if (inner.unnamed()) {
                    nestedRecordField(member, inner, context.uniqueTypeName(JavaNames.typeName(member.name())),
                            name, atBase, probeBase, lvaluePrefix, target, context, false);
                } else {
                    namedRecordField(member, inner, name, atBase, probeBase, lvaluePrefix, target, context);
                }
            } else if (type instanceof CType.Array array) {
                arrayField(member, array, name, atBase, probeBase, lvaluePrefix, target, context);
            } else {
                scalarField(member, type, name, atBase, probeBase, lvaluePrefix, target, context);
            }
        }
    }

    private void nestedRecordField(CMember member, CRecord inner, String typeName, String fieldName, long atBase,
            long probeBase, String lvaluePrefix, Target target, Context context, boolean anonymous)
            throws RefusedException {
        String memberName = anonymous ? "(anonymous " + inner.kind().keyword() + ")" : member.name();
        if (inner.size() == 0) {
            target.notes.add("{@code " + CDeclarations.member(member) + "}: " + inner.kind().keyword()
                    + " of size 0 (flexible array members only), past sizeof; not part of the declaration");
            return;
        }
        if (inner.size() * 8 > 64) {
            require(ProcessorFeature.NESTED_STRUCTS, memberName, inner.size() + " bytes nested");
        }
        if (anonymous && !target.names.add(fieldName)) {
            throw new RefusedException(memberName, "its Java name " + fieldName + " is taken by another member");
        }
        Target innerTarget = new Target(inner.size() * 8);
        String prefix = lvaluePrefix == null ? null : anonymous ? lvaluePrefix : lvaluePrefix + member.name() + ".";
        try {
            if (inner.kind() == CRecord.Kind.UNION) {
                require(ProcessorFeature.C_UNIONS, null, "a C union");
            }
            members(inner, 0, probeBase + member.bitOffset(), prefix, innerTarget, context);
            packedIfNeeded(innerTarget, null);
        } catch (RefusedException e) {
            throw new RefusedException(e.member == null ? memberName : memberName + "." + e.member, e.getMessage());
        }
        JavaDecl decl = new JavaDecl(typeName, inner, inner.size() * 8, inner.kind() == CRecord.Kind.UNION,
                innerTarget.packed, withFreeNames(innerTarget.fields), List.copyOf(innerTarget.nested),
                List.copyOf(innerTarget.notes), List.of());
        target.nested.add(decl);
        checkStraddle(memberName, new FieldType.Nested(decl), atBase + member.bitOffset(), decl.bits(), target);
        target.fields.add(new JavaField(fieldName, new FieldType.Nested(decl), decl.bits(),
                atBase + member.bitOffset(), false, 0, false, CDeclarations.member(member),
                anonymous ? "the anonymous " + inner.kind().keyword() + " of the C declaration" : null, null));
    }

    private void namedRecordField(CMember member, CRecord inner, String name, long atBase, long probeBase,
            String lvaluePrefix, Target target, Context context) throws RefusedException {
        if (inner.size() * 8 > 64) {
            require(ProcessorFeature.NESTED_STRUCTS, member.name(), inner.size() + " bytes nested");
        }
        Outcome outcome = map(inner);
        if (outcome instanceof Refused refused) {
            throw new RefusedException(member.name(), inner.spelling() + " is not imported: "
                    + refused.refusal().message());
        }
        Mapped mapped = (Mapped) outcome;
        context.dependencies.add(inner);
        context.dependencies.addAll(mapped.dependencies());
        context.enums.addAll(mapped.enums());
        checkStraddle(member.name(), new FieldType.Nested(mapped.decl()), atBase + member.bitOffset(),
                inner.size() * 8, target);
        ProbeLeaf probe = probe(context, lvaluePrefix, member.name(), ProbeLeaf.Store.MEMSET,
                probeBase + member.bitOffset(), inner.size() * 8);
        nestedLeaves(context, lvaluePrefix, member.name(), probeBase + member.bitOffset(), mapped.decl());
        target.fields.add(new JavaField(name, new FieldType.Nested(mapped.decl()), inner.size() * 8,
                atBase + member.bitOffset(), false, 0, false, CDeclarations.member(member), null, probe));
    }

    private void arrayField(CMember member, CType.Array array, String name, long atBase, long probeBase,
            String lvaluePrefix, Target target, Context context) throws RefusedException {
        if (array.flexible() || array.size() == 0) {
            target.notes.add("{@code " + CDeclarations.member(member) + "}: a flexible array member, past"
                    + " sizeof; not part of the declaration");
            target.names.remove(name);
            return;
        }
        require(ProcessorFeature.ARRAYS, member.name(), "an array (" + array.spelling() + ")");
        if (target.bits <= 64) {
            arrayElements(member, array, name, atBase, probeBase, lvaluePrefix, target, context);
            return;
        }
        CType element = array.element().resolved();
        long count = array.elementCount();
        long at = atBase + member.bitOffset();
        String note = array.counts().size() > 1 ? "a " + array.counts().size()
                + "-dimensional C array, flattened row by row" : null;
        FieldType type;
        long width;
        boolean signed = false;
        boolean bigEndian = false;
        if (element instanceof CRecord inner && inner.unnamed()) {
            JavaDecl decl = unnamedElement(member, array, inner, probeBase, lvaluePrefix, context);
            target.nested.add(decl);
            type = new FieldType.Nested(decl);
            width = inner.size() * 8;
        } else if (element instanceof CRecord inner) {
            Outcome outcome = map(inner);
            if (outcome instanceof Refused refused) {
                throw new RefusedException(member.name(), inner.spelling() + " is not imported: "
                        + refused.refusal().message());
            }
            Mapped mapped = (Mapped) outcome;
            context.dependencies.add(inner);
            context.dependencies.addAll(mapped.dependencies());
            context.enums.addAll(mapped.enums());
            type = new FieldType.Nested(mapped.decl());
            width = inner.size() * 8;
        } else if (element instanceof CType.Base || element instanceof CType.Enum) {
            boolean isSigned = element instanceof CType.Base base ? base.encoding() == CType.Encoding.SIGNED
                    : ((CType.Enum) element).signed();
            if (element instanceof CType.Base base && base.encoding() != CType.Encoding.SIGNED
                    && base.encoding() != CType.Encoding.UNSIGNED && base.encoding() != CType.Encoding.BOOLEAN) {
                throw new RefusedException(member.name(), "an array of " + base.name() + ": only integer"
                        + " elements are imported");
            }
            width = element.size() * 8;
            if (width > 64) {
                throw new RefusedException(member.name(), "elements of " + width + " bits: over 64");
            }
            type = width > 32 ? FieldType.Scalar.LONG : FieldType.Scalar.INT;
            signed = isSigned && width != 32 && width != 64;
            if (signed) {
                require(ProcessorFeature.SIGNED, member.name(), "signed elements (" + element.spelling() + ")");
            }
            bigEndian = bigEndian(array.element()) && width > 8;
            if (bigEndian) {
                require(ProcessorFeature.BIG_ENDIAN, member.name(), "big-endian elements");
            }
        } else {
            throw new RefusedException(member.name(), "an array of " + array.element().spelling()
                    + ": only integer, enum and struct elements are imported");
        }
        ProbeLeaf probe = probe(context, lvaluePrefix, member.name(), ProbeLeaf.Store.MEMSET,
                probeBase + member.bitOffset(), width * count);
        if (type instanceof FieldType.Nested nested) {
            // The members of the first, middle and last element: the stride is the whole array's store above.
            for (long index : List.of(0L, count / 2, count - 1).stream().distinct().toList()) {
                nestedLeaves(context, lvaluePrefix, member.name() + subscripts(array.counts(), index),
                        probeBase + member.bitOffset() + index * width, nested.decl());
            }
        }
        for (long i = 0; i < count && !target.packed; i++) {
            // Each element is placed as a field of its own would be (an element of a nested word union straddling
            // a unit, a nested struct off its assumed alignment).
            checkStraddle(member.name(), type, at + i * width, width, target);
        }
        target.fields.add(new JavaField(name, type, width, at, signed, count, bigEndian,
                CDeclarations.member(member), note, probe));
    }

    /**
     * The element type of an array of an unnamed struct or union ({@code struct { ... } res[3]}): an interface
     * nested in the enclosing declaration, named after the member. Its members are probed in the first, middle and
     * last element.
     */
    private JavaDecl unnamedElement(CMember member, CType.Array array, CRecord inner, long probeBase,
            String lvaluePrefix, Context context) throws RefusedException {
        String typeName = context.uniqueTypeName(JavaNames.typeName(member.name()));
        Target innerTarget = new Target(inner.size() * 8);
        long count = array.elementCount();
        long elementBits = inner.size() * 8;
        String first = lvaluePrefix == null ? null : lvaluePrefix + member.name() + subscripts(array.counts(), 0)
                + ".";
        int leavesBefore = context.leaves.size();
        try {
            if (inner.kind() == CRecord.Kind.UNION) {
                require(ProcessorFeature.C_UNIONS, null, "a C union");
            }
            members(inner, 0, probeBase + member.bitOffset(), first, innerTarget, context);
            packedIfNeeded(innerTarget, null);
        } catch (RefusedException e) {
            throw new RefusedException(e.member == null ? member.name() : member.name() + "[]." + e.member,
                    e.getMessage());
        }
        if (first != null) {
            List<ProbeLeaf> firstLeaves = List.copyOf(context.leaves.subList(leavesBefore, context.leaves.size()));
            for (long index : List.of(count / 2, count - 1).stream().filter(i -> i > 0).distinct().toList()) {
                String prefix = lvaluePrefix + member.name() + subscripts(array.counts(), index) + ".";
                for (ProbeLeaf leaf : firstLeaves) {
                    context.leaves.add(new ProbeLeaf(prefix + leaf.lvalue().substring(first.length()), leaf.store(),
                            leaf.bitOffset() + index * elementBits, leaf.width()));
                }
            }
        }
        return new JavaDecl(typeName, inner, elementBits, inner.kind() == CRecord.Kind.UNION, innerTarget.packed,
                withFreeNames(innerTarget.fields), List.copyOf(innerTarget.nested), List.copyOf(innerTarget.notes),
                List.of());
    }

    /**
     * An array in a word union, where the processor has no array fields: one field per element ({@code key0},
     * {@code key1}, ...), each at its own explicit position, so the layout stays exactly gcc's.
     */
    private void arrayElements(CMember member, CType.Array array, String name, long atBase, long probeBase,
            String lvaluePrefix, Target target, Context context) throws RefusedException {
        target.names.remove(name);
        long elementBits = array.element().size() * 8;
        for (int i = 0; i < array.elementCount(); i++) {
            String elementName = name + i;
            if (!target.names.add(elementName)) {
                throw new RefusedException(member.name(), "its element " + i + " would be the field "
                        + elementName + ", a name another member has");
            }
            String subscripts = subscripts(array.counts(), i);
            CMember element = new CMember(member.name() + subscripts, array.element(),
                    member.bitOffset() + i * elementBits, -1);
            CType elementType = array.element().resolved();
            if (elementType instanceof CRecord inner) {
                if (inner.unnamed()) {
                    throw new RefusedException(member.name(), "an array of an unnamed " + inner.kind().keyword());
                }
                namedRecordField(element, inner, elementName, atBase, probeBase, lvaluePrefix, target, context);
            } else if (elementType instanceof CType.Array) {
                throw new RefusedException(member.name(), "an array of arrays in a struct of 64 bits or less");
            } else {
                scalarField(element, elementType, elementName, atBase, probeBase, lvaluePrefix, target, context);
            }
            JavaField last = target.fields.remove(target.fields.size() - 1);
            target.fields.add(new JavaField(last.name(), last.type(), last.width(), last.at(), last.signed(),
                    last.count(), last.bigEndian(), CDeclarations.member(member), "element " + (array.counts().size() > 1
                            ? subscripts : String.valueOf(i)) + " (a word union"
                    + " has no array fields)" + (last.note() == null ? "" : "; " + last.note()), last.probe()));
        }
    }

    private void scalarField(CMember member, CType type, String name, long atBase, long probeBase,
            String lvaluePrefix, Target target, Context context) throws RefusedException {
        long at = atBase + member.bitOffset();
        long probeAt = probeBase + member.bitOffset();
        String cName = member.name();
        String declaration = CDeclarations.member(member);
        if (type instanceof CType.Pointer pointer) {
            ProbeLeaf probe = probe(context, lvaluePrefix, cName, ProbeLeaf.Store.MEMSET, probeAt,
                    pointer.size() * 8);
            target.fields.add(new JavaField(name, FieldType.Scalar.LONG, pointer.size() * 8, at, false, 0, false,
                    declaration, "a pointer: the raw address, meaningful only in the process that stored it",
                    probe));
            checkStraddle(cName, FieldType.Scalar.LONG, at, pointer.size() * 8, target);
            return;
        }
        if (type instanceof CType.Base base && base.encoding() == CType.Encoding.FLOAT) {
            long width = base.size() * 8;
            if (member.bitfield() || (width != 32 && width != 64)) {
                throw new RefusedException(cName, base.name() + " is " + width + " bits: no Java type holds it");
            }
            FieldType raw = width == 32 ? FieldType.Scalar.INT : FieldType.Scalar.LONG;
            // Under scalar_storage_order("big-endian") a float is stored byte-swapped too: @BigEndian gives the
            // IEEE 754 bits as C reads them.
            boolean bigEndian = bigEndian(member.type());
            if (bigEndian) {
                require(ProcessorFeature.BIG_ENDIAN, cName, "a big-endian " + base.name());
            }
            ProbeLeaf probe = probe(context, lvaluePrefix, cName, ProbeLeaf.Store.MEMSET, probeAt, width);
            target.fields.add(new JavaField(name, raw, width, at, false, 0, bigEndian, declaration,
                    "a " + base.name() + ": the raw IEEE 754 bits (" + (width == 32 ? "Float.intBitsToFloat"
                            : "Double.longBitsToDouble") + " gives the value)",
                    probe));
            return;
        }
        boolean isSigned;
        boolean isBool = false;
        CType.Enum enumType = null;
        if (type instanceof CType.Base base) {
            switch (base.encoding()) {
                case SIGNED -> isSigned = true;
                case UNSIGNED -> isSigned = false;
                case BOOLEAN -> {
                    isSigned = false;
                    isBool = true;
                }
                default -> throw new RefusedException(cName, "a " + base.name() + ": not an integer type");
            }
        } else if (type instanceof CType.Enum cEnum) {
            isSigned = cEnum.signed();
            enumType = cEnum;
        } else {
            throw new RefusedException(cName, "a member of type " + member.type().spelling()
                    + ", which has no exact Java field type");
        }
        long width = member.bitfield() ? member.bitSize() : isBool ? 1 : type.size() * 8;
        if (width > 64) {
            throw new RefusedException(cName, member.type().spelling() + " is " + width
                    + " bits: no Java integer holds it");
        }
        boolean bigEndian = bigEndian(member.type());
        if (bigEndian && member.bitfield()) {
            throw new RefusedException(cName, "a bitfield in big-endian storage: gcc numbers its bits from the"
                    + " most significant end, which @Bits positions cannot express");
        }
        bigEndian &= width > 8;
        if (bigEndian) {
            require(ProcessorFeature.BIG_ENDIAN, cName, "a big-endian " + member.type().spelling());
        }
        FieldType fieldType;
        JavaEnum javaEnum = enumType == null || member.bitfield() && isSigned ? null : javaEnum(enumType, width);
        if (javaEnum != null) {
            fieldType = new FieldType.EnumRef(javaEnum);
            context.enums.add(javaEnum);
            isSigned = false;
        } else if (width == 1 && (!isSigned || isBool)) {
            fieldType = FieldType.Scalar.BOOLEAN;
        } else if (width <= 32 && at / 32 == (at + width - 1) / 32) {
            fieldType = FieldType.Scalar.INT;
        } else {
            fieldType = FieldType.Scalar.LONG;
        }
        long javaWidth = fieldType == FieldType.Scalar.INT ? 32 : 64;
        boolean signed = isSigned && fieldType != FieldType.Scalar.BOOLEAN && width != javaWidth;
        if (signed) {
            require(ProcessorFeature.SIGNED, cName, "a signed " + member.type().spelling()
                    + (member.bitfield() ? " bitfield" : ""));
        }
        checkStraddle(cName, fieldType, at, width, target);
        String note = enumType != null && javaEnum == null
                ? "codes of " + enumType.spelling() + ", as an integer: " + whyNoEnum(enumType, width, member)
                : null;
        ProbeLeaf probe = probe(context, lvaluePrefix, cName,
                isBool ? ProbeLeaf.Store.ONE : ProbeLeaf.Store.MINUS_ONE, probeAt, width);
        target.fields.add(new JavaField(name, fieldType, width, at, signed, 0, bigEndian, declaration, note, probe));
    }

    /**
     * The named alternative of a union that is a {@code __struct_group}: exactly two alternatives at offset 0, an
     * anonymous struct and a named struct member with the same members (names, types, positions); else null.
     */
    private static CMember structGroup(CRecord union) {
        if (union.kind() != CRecord.Kind.UNION || union.members().size() != 2) {
            return null;
        }
        CMember first = union.members().get(0);
        CMember second = union.members().get(1);
        CMember anonymous = first.anonymous() ? first : second;
        CMember named = first.anonymous() ? second : first;
        if (!anonymous.anonymous() || named.anonymous() || anonymous.bitOffset() != 0 || named.bitOffset() != 0
                || !(anonymous.type().resolved() instanceof CRecord a) || !(named.type().resolved() instanceof CRecord b)
                || a.kind() != CRecord.Kind.STRUCT || b.kind() != CRecord.Kind.STRUCT || a.size() != b.size()
                || a.members().size() != b.members().size()) {
            return null;
        }
        for (int i = 0; i < a.members().size(); i++) {
            CMember x = a.members().get(i);
            CMember y = b.members().get(i);
            if (x.anonymous() || y.anonymous() || !x.name().equals(y.name()) || x.bitOffset() != y.bitOffset()
                    || x.bitSize() != y.bitSize() || !x.type().spelling().equals(y.type().spelling())) {
                return null;
            }
        }
        return named;
    }

    /**
     * The fields, a field whose name the processor generates for a nested field renamed with a trailing {@code _}:
     * {@code src_width} beside {@code struct v4l2_rect src} would clash with {@code src.width}, reached as
     * {@code srcWidth}; {@code key_offset} with {@code key}'s own byte offset {@code keyOffset}.
     */
    private static List<JavaField> withFreeNames(List<JavaField> fields) {
        List<JavaField> result = new ArrayList<>(fields);
        for (int i = 0; i < result.size(); i++) {
            JavaField field = result.get(i);
            Set<String> taken = new HashSet<>();
            for (JavaField other : result) {
                if (other != field) {
                    taken.addAll(generatedNames(other));
                    taken.add(other.name());
                }
            }
            String name = field.name();
            while (taken.contains(name)) {
                name = name + "_";
            }
            if (!name.equals(field.name())) {
                result.set(i, new JavaField(name, field.type(), field.width(), field.at(), field.signed(),
                        field.count(), field.bigEndian(), field.cDeclaration(), field.note(), field.probe()));
            }
        }
        return List.copyOf(result);
    }

    /** The accessor names the processor generates for a nested field besides its own: flattened, and its offset. */
    private static Set<String> generatedNames(JavaField field) {
        Set<String> names = new HashSet<>(flattened(field));
        if (field.type() instanceof FieldType.Nested nested && nested.decl().bits() > 64) {
            names.add(field.name() + "Offset");
        }
        return names;
    }

    /** The names through which a nested field's members are reached from its holder: {@code ext} -> extCr4Smep. */
    private static Set<String> flattened(JavaField field) {
        Set<String> names = new HashSet<>();
        if (field.type() instanceof FieldType.Nested nested && !field.array() && !field.bigEndian()) {
            for (JavaField inner : nested.decl().fields()) {
                names.add(flatName(field.name(), inner.name()));
                for (String deeper : flattened(inner)) {
                    names.add(flatName(field.name(), deeper));
                }
            }
        }
        return names;
    }

    private static String flatName(String holder, String member) {
        return holder + Character.toUpperCase(member.charAt(0)) + member.substring(1);
    }

    /**
     * The processor keeps an int field inside one 32-bit unit and a long inside one 64-bit unit, and a nested struct
     * in memory at a multiple of the alignment it computes from that struct's fields, as gcc would for the types it
     * assumes; where gcc's layout differs (a packed struct, or a struct gcc aligns less than bitunion assumes) the
     * declaration is packed, which lifts those rules (every field has its explicit position).
     */
    private void checkStraddle(String member, FieldType type, long at, long width, Target target)
            throws RefusedException {
        if (type instanceof FieldType.Nested nested && nested.decl().bits() > 64) {
            long alignment = nested.decl().packed() ? 1 : alignment(nested.decl().fields());
            if (at % (8 * alignment) != 0) {
                if (!features.contains(ProcessorFeature.PACKED)) {
                    throw new RefusedException(member, "a nested struct at bit " + at + ", not a multiple of the "
                            + alignment + "-byte alignment bitunion assumes for it: needs "
                            + ProcessorFeature.PACKED.description() + ", which the processor does not support yet");
                }
                target.packed = true;
            }
            return;
        }
        if (type == FieldType.Scalar.BOOLEAN) {
            return;
        }
        long unit = type == FieldType.Scalar.LONG || width > 32 ? 64 : 32;
        if (at / unit != (at + width - 1) / unit) {
            if (!features.contains(ProcessorFeature.PACKED)) {
                throw new RefusedException(member, "bits " + at + ".." + (at + width - 1) + " straddle a "
                        + unit + "-bit unit (a packed layout): needs "
                        + ProcessorFeature.PACKED.description() + ", which the processor does not support yet");
            }
            target.packed = true;
        }
    }

    private static boolean bigEndian(CType type) {
        CType current = type;
        while (true) {
            if (current instanceof CType.Typedef typedef) {
                if (BIG_ENDIAN_TYPEDEFS.contains(typedef.name())) {
                    return true;
                }
                current = typedef.target();
            } else if (current instanceof CType.Qualified qualified) {
                current = qualified.target();
            } else {
                return current instanceof CType.Base base && base.bigEndian();
            }
        }
    }

    /** A Java enum when every enumerator is a distinct code that fits the field; else null (an int field). */
    private JavaEnum javaEnum(CType.Enum cEnum, long width) {
        if (whyNoEnum(cEnum, width, null) != null) {
            return null;
        }
        return enums.computeIfAbsent(cEnum, key -> {
            List<JavaEnum.Constant> constants = new ArrayList<>();
            for (CType.Enumerator enumerator : key.enumerators()) {
                constants.add(new JavaEnum.Constant(JavaNames.constantName(enumerator.name()), enumerator.value()));
            }
            return new JavaEnum(JavaNames.typeName(key.tag()), key, List.copyOf(constants));
        });
    }

    private static String whyNoEnum(CType.Enum cEnum, long width, CMember member) {
        if (cEnum.tag() == null) {
            return "the enum has no tag to name a Java enum after";
        }
        if (cEnum.enumerators().isEmpty()) {
            return "the enum has no enumerators";
        }
        if (member != null && member.bitfield() && cEnum.signed()) {
            return "a signed enum bitfield";
        }
        if (width > 32) {
            return "wider than an enum field's 32 bits";
        }
        Set<Long> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CType.Enumerator enumerator : cEnum.enumerators()) {
            if (enumerator.value() < 0 || enumerator.value() >= (1L << width)
                    || enumerator.value() > Integer.MAX_VALUE) {
                return "enumerator " + enumerator.name() + " = " + enumerator.value() + " is not a code of "
                        + width + " bits";
            }
            if (!codes.add(enumerator.value())) {
                return "enumerator " + enumerator.name() + " repeats the value " + enumerator.value();
            }
            if (!names.add(JavaNames.constantName(enumerator.name()))) {
                return "enumerator names clash in Java";
            }
        }
        return null;
    }

    /**
     * The probe stores of a named record's own declaration, again through the member {@code cMember} that nests it
     * at {@code bitOffset}: the enclosing declaration's flattened accessors reach these members at positions it
     * computes, so its probe checks them there too.
     */
    private static void nestedLeaves(Context context, String lvaluePrefix, String cMember, long bitOffset,
            JavaDecl inner) {
        if (lvaluePrefix == null) {
            return;
        }
        for (ProbeLeaf leaf : inner.leaves()) {
            context.leaves.add(new ProbeLeaf(lvaluePrefix + cMember + "." + leaf.path(), leaf.store(),
                    bitOffset + leaf.bitOffset(), leaf.width()));
        }
    }

    /** C subscripts for flat element {@code index} of an array with {@code counts}, row by row: {@code [1][2]}. */
    private static String subscripts(List<Long> counts, long index) {
        StringBuilder text = new StringBuilder();
        long rest = index;
        long stride = counts.stream().reduce(1L, (a, b) -> a * b);
        for (long count : counts) {
            stride /= count;
            text.append('[').append(rest / stride).append(']');
            rest %= stride;
        }
        return text.toString();
    }

    /** Records the probe store for a member reachable from the top-level record; null when it is not. */
    private static ProbeLeaf probe(Context context, String lvaluePrefix, String member, ProbeLeaf.Store store,
            long bitOffset, long width) {
        if (lvaluePrefix == null) {
            return null;
        }
        ProbeLeaf leaf = new ProbeLeaf(lvaluePrefix + member, store, bitOffset, width);
        context.leaves.add(leaf);
        return leaf;
    }
}

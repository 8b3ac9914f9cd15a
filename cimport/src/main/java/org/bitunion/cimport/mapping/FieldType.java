package org.bitunion.cimport.mapping;

/** The Java type of an imported field. */
public sealed interface FieldType permits FieldType.Scalar, FieldType.EnumRef, FieldType.Nested {
    /** How it is written in the declaration (arrays add {@code []}). */
    String javaName();

    enum Scalar implements FieldType {
        BOOLEAN("boolean"), INT("int"), LONG("long");

        private final String javaName;

        Scalar(String javaName) {
            this.javaName = javaName;
        }

        @Override
        public String javaName() {
            return javaName;
        }
    }

    record EnumRef(JavaEnum type) implements FieldType {
        @Override
        public String javaName() {
            return type.simpleName();
        }
    }

    /** Another imported record: a top-level declaration, or one nested in this file (anonymous in C). */
    record Nested(JavaDecl decl) implements FieldType {
        @Override
        public String javaName() {
            return decl.simpleName();
        }
    }
}

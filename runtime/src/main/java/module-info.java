/**
 * The bitunion runtime: the annotations that declare a packed union and the few helpers that generated
 * {@code ...Bits} classes call. It has no dependencies, so generated code needs nothing but the JDK and this.
 */
module org.bitunion {
    exports org.bitunion;
}

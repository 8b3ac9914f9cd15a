package org.bitunion.processor.model;

/** One constant of an enum field's type and the code it has in the word. */
public record EnumConstant(String name, long code) {}

package org.bitunion.mmu;

/** The kind of an L2 memory access: a data read, a data write, or an instruction fetch. */
public enum Access { READ, WRITE, FETCH }

/**
 * Imports C structs and unions as {@code @Bitfield} declarations: {@link org.bitunion.cimport.CImportMain} is the
 * command line, {@link org.bitunion.cimport.CImporter} the same import for tools (the Maven plugin). The
 * subpackages are the import's internals: public only so the packages can see each other, not an API.
 */
package org.bitunion.cimport;

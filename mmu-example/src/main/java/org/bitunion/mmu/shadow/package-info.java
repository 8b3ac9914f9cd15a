/** Shadow EPT pages, their hash table, the root cache, write tracking and zapping. */
package org.bitunion.mmu.shadow;

#include <linux/types.h>

/* Arrays of integers (one and two dimensions, big-endian elements) in a struct in memory. */
struct arrays {
	__u8 bytes[6];
	__u16 words[3];
	unsigned int flags : 4;
	__u32 table[2][2];
	__be16 ports[2];
};

/* Arrays in a struct of 64 bits or less (a word union, which has no array fields): one field per element. */
struct small_arrays {
	__u8 key[3];
	__u8 flags : 4;
	__be16 ports[2];
};

/* Arrays of unnamed structs (element types nested in the declaration), in memory and in a word union. */
struct unnamed_elements {
	struct {
		__u64 base;
		__u32 size : 20, kind : 4;
	} regions[3];
	struct {
		__u16 lo, hi;
	} pairs[2];
	__u8 tag;
};

/* A two-dimensional array in a word union: one field per element, row by row. */
union small_matrix {
	char cells[4][2];
	__u64 all;
};

#include <linux/types.h>

/* const members cannot be assigned: the checks against gcc must store into them another way. */
struct reg_pair {
	__u32 low : 12, high : 20;
	__u64 base;
};

struct const_members {
	const __u32 mode : 3;
	const unsigned int flags : 5;
	const _Bool valid : 1;
	const __u16 id;
	const struct reg_pair pair;
	const __u8 bytes[3];
};

/* Named structs reached through arrays: their members are checked in the first, middle and last element. */
struct pair_table {
	struct reg_pair pairs[5];
	__u8 count : 4;
};

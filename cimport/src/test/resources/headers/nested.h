#include <linux/types.h>

/* Named nested structs: a word-sized one (a nested word union) and one in memory. */
struct inner {
	__u16 x : 5, y : 11;
};

struct wide_inner {
	__u64 address;
	__u32 level : 3, dirty : 1;
};

struct outer {
	struct inner first;
	__u8 tag : 3;
	struct inner second;
	struct wide_inner table;
};

#include <linux/types.h>

/* Anonymous unions and structs: members reached directly in C. */
struct anonymous {
	__u32 kind : 4;
	union {
		struct {
			__u32 lo : 16, hi : 16;
		};
		__u32 whole;
	};
	struct {
		__u8 a : 1, b : 1;
	};
	__u64 rest;
};

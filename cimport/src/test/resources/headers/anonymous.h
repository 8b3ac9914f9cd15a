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

/* The kernel's __struct_group: the same members, anonymous and under a name; imported once, with a note. */
struct grouped {
	__u8 kind : 4;
	union {
		struct {
			__be32 src;
			__be32 dst;
		};
		struct {
			__be32 src;
			__be32 dst;
		} addrs;
	};
};

/* Anonymous unions at two depths, and a member named like its struct: every nested interface name is unique. */
struct deep {
	union {
		struct {
			__u16 low : 8;
			union {
				__u8 both;
				__u8 either;
			};
		};
		__u32 all;
	};
	struct {
		__u8 flag : 1;
	} deep;
};

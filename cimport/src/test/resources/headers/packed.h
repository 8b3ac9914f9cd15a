#include <linux/types.h>

/* __attribute__((packed)): members at any byte, bitfields across storage units. */
struct __attribute__((packed)) packed_fields {
	__u8 a;
	__u32 b;
	__u16 c : 9, d : 7;
	__u64 e : 40;
	__u32 f : 20;
};

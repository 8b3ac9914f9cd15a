#include <linux/types.h>

/* __attribute__((packed)): members at any byte, bitfields across storage units. */
struct __attribute__((packed)) packed_fields {
	__u8 a;
	__u32 b;
	__u16 c : 9, d : 7;
	__u64 e : 40;
	__u32 f : 20;
};

/*
 * An unnamed union whose size is not a multiple of the alignment the processor assumes for its fields (a 64-bit
 * word union aligns to 8 bytes to the processor, to 4 in gcc): the nested declaration is packed too (as in
 * glibc's struct icmp).
 */
struct word_pair { __u32 a, b; };

struct holds_pair {
	__u8 tag : 4;
	union {
		struct word_pair pair;
		__u32 words[3];
	} u;
};

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

/*
 * gcc aligns these less than the processor's rules assume from their fields: a 7-byte struct (a 56-bit word union
 * to the processor) in an array would straddle a 64-bit unit, a struct of 8-byte alignment lies at a 4-byte
 * boundary (#pragma pack(1): alignment 1). The enclosing declarations are packed (as in linux/ax25.h and cciss_ioctl.h).
 */
struct call_sign { char call[7]; };

struct digipeaters {
	struct call_sign first;
	struct call_sign more[4];
	__u8 count : 3;
};

#pragma pack(1)
struct error_info { __u8 status; __u8 length; __u16 code; __u32 word; __u64 big; };
#pragma pack()

struct after_odd_words {
	__u32 words[7];
	struct error_info error;
	__u8 flag : 1;
};

#include <linux/types.h>

/* scalar_storage_order("big-endian"): every scalar in network byte order. */
struct __attribute__((scalar_storage_order("big-endian"))) network_order {
	__u16 port;
	__u32 address;
	__u8 ttl;
	__u64 stamp;
};

/* A bitfield in big-endian storage is numbered from the most significant end: not importable. */
struct __attribute__((scalar_storage_order("big-endian"))) network_bits {
	__u16 port;
	unsigned int flags : 4;
	unsigned int rest : 28;
	__u64 pad;
};

/*
 * Members gcc forbids the probe's usual stores into: a const scalar (no assignment), arrays and a float (no address
 * of a big-endian scalar), pointers (which scalar_storage_order leaves in native order).
 */
struct __attribute__((scalar_storage_order("big-endian"))) network_mixed {
	const __u16 port;
	__u32 words[3];
	void *cookie;
	const char *name;
	__u8 bytes[4];
	float weight;
	volatile __u32 counter;
};

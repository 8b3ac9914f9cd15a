/* A sample header of the integration test: the flags half-word of a TCP header, as a host-order bitfield. */
#include <linux/types.h>

struct tcp_flags {
	__u16 res1 : 4, doff : 4, fin : 1, syn : 1, rst : 1, psh : 1, ack : 1, urg : 1, ece : 1, cwr : 1;
};

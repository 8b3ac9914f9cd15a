#include <linux/types.h>

/*
 * Member names the processor's generated API already uses get a trailing _: offset (a struct nesting key16 as key
 * would reach it as keyOffset, key's own byte offset; as in btrfs's and fb.h's structs), fields (FIELDS_MASK).
 */
struct key16 {
	__u64 objectid;
	__u8 type;
	__u64 offset;
} __attribute__((packed));

struct uses_key {
	struct key16 key;
	__u32 level : 4;
};

union word_fields {
	__u32 fields;
	struct {
		__u32 kind : 3;
	};
};

/* Two C names with one Java name: the later member gets a trailing _ (as in linux/sem.h's union semun). */
struct same_java_name {
	__u32 buf;
	__u32 __buf;
	__u8 ITV0 : 4, itv0 : 4;
};

/*
 * A member whose Java name the processor generates for a nested struct's member (src.width is reached as
 * srcWidth; as in linux/ivtv.h) or for its offset (keyOffset) gets a trailing _.
 */
struct rect { __u32 left, top, width, height; };

struct frame {
	struct rect src;
	__u32 src_width;
	struct key16 key;
	__u32 key_offset : 12;
};

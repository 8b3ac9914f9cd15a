#include <linux/types.h>

/* Typedefs: of member types, of untagged structs (named by the typedef), of tagged structs. */
typedef __u32 reg_t;

typedef struct {
	reg_t low : 12;
	reg_t high : 20;
} reg_pair_t;

typedef struct tagged_regs {
	reg_pair_t pair;
	reg_t mode : 2;
	_Bool enabled;
} tagged_regs_t;

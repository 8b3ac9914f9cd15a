/* Members Java has no exact type for: pointers and floats as their raw bits, a flexible array left out. */
struct raw_members {
	unsigned int kind : 4;
	_Bool valid;
	void *buffer;
	float scale;
	double offset;
	unsigned char data[];
};

/* No Java type holds these exactly: refused, naming the member. */
struct too_wide {
	unsigned int kind : 4;
	long double precise;
};

struct very_wide {
	unsigned int kind : 4;
	__int128 huge;
};

/* Signed members: bitfields and plain integers narrower than their Java type sign-extend. */
struct signed_fields {
	int small : 3;
	signed char byte;
	short half;
	int whole;
	unsigned int positive : 5;
	long long wide : 40;
	char plain_char;
};

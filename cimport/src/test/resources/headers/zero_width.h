/* Zero-width and unnamed bitfields: they leave no member, only their effect on the positions. */
struct zero_width {
	unsigned int a : 3;
	unsigned int : 0;
	unsigned int b : 5;
	unsigned char c : 2;
	unsigned char : 0;
	unsigned char d;
	unsigned int : 4;
	unsigned int e : 4;
};

#define RESERVED_BITS 6

/*
 * The Javadoc shows unnamed bitfields as they are written: after a comma, from a macro, inside an anonymous struct,
 * after the last member, in a branch the preprocessor kept (never the one it dropped).
 */
struct unnamed_forms {
	unsigned char low : 2, : 2, high : 4;
	unsigned short : RESERVED_BITS;
	unsigned short mid : 10;
	struct {
		unsigned int x : 1;
		unsigned int : 7;
		unsigned int y : 8;
	};
#if 1
	unsigned int tail : 5;
#else
	unsigned int : 5;
	unsigned int tail : 5;
#endif
	unsigned int : 3;
};

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

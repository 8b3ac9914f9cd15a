/* Enums as bitfield types: a Java enum where every value is a distinct code that fits, else an int. */
enum mode { MODE_OFF, MODE_ON = 2, MODE_AUTO };
enum direction { DIR_LEFT = -1, DIR_NONE, DIR_RIGHT };
enum wide_codes { WIDE_SMALL = 1, WIDE_BIG = 64 };

struct enum_fields {
	enum mode mode : 2;
	enum direction direction : 2;
	enum wide_codes codes : 3;
	enum mode full_mode;
	unsigned int rest : 3;
};

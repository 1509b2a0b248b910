/*
 * theme_pick.c: choosing a theme's table for the terminal (see theme_pick.h).
 */
#include "tui/theme_pick.h"

#include <stdlib.h>

enum color_depth theme_depth(int colors)
{
	const char *no_color = getenv("NO_COLOR");
	if ((no_color && no_color[0]) || colors < 8)
		return DEPTH_NONE;
	return colors >= 16 ? DEPTH_256 : DEPTH_8;
}

const struct style *theme_style(const struct theme *t, enum role role, enum color_depth depth)
{
	if (role >= ROLE_COUNT)
		role = ROLE_NORMAL;
	switch (depth) {
	case DEPTH_256: return &t->color[role];
	case DEPTH_8: return &t->color8[role];
	default: return &t->mono[role];
	}
}

static const struct {
	unsigned bit;
	const char *name;
} attr_names[] = {
	{ ATTR_BOLD, "bold" }, { ATTR_UNDERLINE, "underline" }, { ATTR_REVERSE, "reverse" },
	{ ATTR_DIM, "dim" }, { ATTR_ITALIC, "italic" }, { ATTR_STANDOUT, "standout" },
};

static void put_color(FILE *out, const char *what, short c, enum color_depth depth)
{
	if (depth == DEPTH_NONE || c == THEME_COLOR_DEFAULT)
		fprintf(out, " %s=default", what);
	else
		fprintf(out, " %s=%d", what, c);
}

void theme_dump_styles(const struct theme *t, enum color_depth depth, FILE *out)
{
	for (int r = 0; r < ROLE_COUNT; r++) {
		const struct style *s = theme_style(t, (enum role)r, depth);
		fprintf(out, "%s", theme_role_name((enum role)r));
		put_color(out, "fg", s->fg, depth);
		put_color(out, "bg", s->bg, depth);
		for (size_t i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++)
			if (s->attrs & attr_names[i].bit)
				fprintf(out, " %s", attr_names[i].name);
		fputc('\n', out);
	}
}

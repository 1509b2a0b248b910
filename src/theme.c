/* theme.c: TEMPORARY stand-in until the theme loader lands (branch theme). */
#include "theme.h"
#include "util.h"

#include <string.h>

static const char *const role_names[ROLE_COUNT] = {
	"normal", "border", "title", "title-active", "cursor", "cursor-inactive", "status",
	"breadcrumb", "dim", "heading", "strength", "improvement", "recommendation",
	"outstanding", "good", "adequate", "requires-improvement", "inadequate", "not-judged",
	"match", "prompt", "notice", "error", "help-key",
};

const char *theme_role_name(enum role r)
{
	return r < ROLE_COUNT ? role_names[r] : NULL;
}

void theme_default(struct theme *t)
{
	memset(t, 0, sizeof *t);
	strcpy(t->name, "default");
	for (int r = 0; r < ROLE_COUNT; r++)
		t->color[r] = t->color8[r] = t->mono[r] = (struct style){ -1, -1, 0 };
	t->color[ROLE_STRENGTH].fg = 2;
	t->color[ROLE_IMPROVEMENT].fg = 5;
	t->color[ROLE_CURSOR].attrs = ATTR_REVERSE;
	t->mono[ROLE_CURSOR].attrs = ATTR_REVERSE;
	t->mono[ROLE_STRENGTH].attrs = ATTR_BOLD;
	t->mono[ROLE_IMPROVEMENT].attrs = ATTR_UNDERLINE;
	t->color8[ROLE_STRENGTH].fg = 2;
	t->color8[ROLE_IMPROVEMENT].fg = 5;
	t->color8[ROLE_CURSOR].attrs = ATTR_REVERSE;
}

int theme_load(const char *name, struct theme *t, char **warning)
{
	(void)name;
	(void)warning;
	theme_default(t);
	return 0;
}

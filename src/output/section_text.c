/*
 * section_text.c: sections as plain wrapped text (see section_text.h).
 */
#include "output/section_text.h"
#include "output/section_layout.h"
#include "base/display.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

const char *section_text_date(const char *iso, char *buf, int cap)
{
	int y, m, d;
	if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12)
		return iso ? iso : "";
	snprintf(buf, (size_t)cap, "%d %s %d", d, month_names[m - 1], y);
	return buf;
}

char *section_text_grade_note(const struct section *s)
{
	if (s->judgement == J_NONE)
		return xstrdup("");
	const char *raw = s->grade_raw && s->grade_raw[0] ? s->grade_raw : NULL;
	switch (s->scale) {
	case SCALE_FOUR_HIGH:
		return xasprintf("printed as \"%s\", where 4 is outstanding and 1 inadequate", raw ? raw : "?");
	case SCALE_ONE_HIGH:
		return xasprintf("printed as \"%s\", where 1 is outstanding and 4 inadequate", raw ? raw : "?");
	default:
		return raw ? xasprintf("printed as \"%s\"", raw) : xstrdup("");
	}
}

static const char *scope_label(const char *scope)
{
	if (strcmp(scope, "safeguarding") == 0)
		return "safeguarding";
	if (strcmp(scope, "looked-after") == 0)
		return "looked after children";
	return NULL;
}

char *section_text_title(const struct section *s)
{
	const char *label = section_key_label(s->key);
	const char *name = s->heading && s->heading[0] ? s->heading : label ? label : s->key;
	const char *scope = scope_label(s->scope);
	/* a heading that already says which scope needs no suffix */
	if (scope && !str_find_ci(name, scope))
		return xasprintf("%s (%s)", name, scope);
	return xstrdup(name);
}

/* ---- wrapping into a strbuf ---- */

struct wrap_out {
	struct strbuf *b;
	const char *first, *rest; /* prefixes: first line, following lines */
	int lines;
};

static void emit_line(void *ctx, const char *start, const char *end)
{
	struct wrap_out *w = ctx;
	sb_adds(w->b, w->lines++ ? w->rest : w->first);
	sb_add(w->b, start, (size_t)(end - start));
	sb_addc(w->b, '\n');
}

/* Add TEXT (already display-safe) wrapped to WIDTH, lines prefixed by FIRST then REST. */
static void add_wrapped(struct strbuf *b, const char *text, int width, bool ascii, const char *first,
			const char *rest)
{
	struct wrap_out w = { b, first, rest, 0 };
	int indent = display_width(rest, ascii);
	display_wrap(text, width - indent > 10 ? width - indent : 10, ascii, emit_line, &w);
}

/* Section S as text: its layout (section_layout.h), each line with its marker and indent. */
static void add_section(struct strbuf *b, const struct section *s, int width, bool ascii)
{
	struct section_layout layout;
	section_layout_build(&layout, s, width, ascii, LAYOUT_TEXT);
	for (size_t i = 0; i < layout.n; i++) {
		const struct layout_line *l = &layout.lines[i];
		if (l->marker != ' ')
			sb_addf(b, "%*s%c ", l->indent >= 2 ? l->indent - 2 : 0, "", l->marker);
		else if (l->number && l->indent >= 2)
			sb_addf(b, "%*d ", l->indent - 1, l->number); /* the paragraph's number in the margin */
		else
			sb_addf(b, "%*s", l->indent, "");
		sb_adds(b, l->text);
		sb_addc(b, '\n');
	}
	section_layout_free(&layout);
}

char *section_text_render(const struct report *r, const struct section *s, int width, bool ascii)
{
	struct strbuf b = {0}, head = {0};
	char date[48];
	const char *main_date = report_main_date(r);
	sb_addf(&head, "%s", r->authority ? r->authority : "Unknown authority");
	if (r->authority_short && r->authority && strcmp(r->authority_short, r->authority) != 0)
		sb_addf(&head, " (%s)", r->authority_short);
	if (r->la_code)
		sb_addf(&head, ", DfE code %s", r->la_code);
	if (r->year)
		sb_addf(&head, "\n%s %d", report_type_label(r->type), r->year);
	else
		sb_addf(&head, "\n%s, undated", report_type_label(r->type));
	if (main_date)
		sb_addf(&head, ", %s", section_text_date(main_date, date, sizeof date));
	char *safe = display_string(sb_str(&head), ascii, true);
	add_wrapped(&b, safe, width, ascii, "", "");
	free(safe);
	sb_free(&head);
	for (size_t i = 0; i < r->nsections; i++) {
		if (s && &r->sections[i] != s)
			continue;
		sb_addc(&b, '\n');
		if (!s) {
			for (int c = 0; c < width && c < 78; c++)
				sb_addc(&b, '=');
			sb_addc(&b, '\n');
		}
		add_section(&b, &r->sections[i], width, ascii);
	}
	return sb_take(&b);
}

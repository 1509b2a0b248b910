/*
 * display.c: characters of report text as a terminal should see them
 * (see display.h).
 */
#include "base/display.h"
#include "base/util.h"
#include "base/utf8.h"

#include <langinfo.h>
#include <string.h>
#include <wchar.h>

/* ASCII stand-ins for the punctuation and symbols reports use. */
static const struct {
	unsigned cp;
	const char *ascii;
} ascii_punct[] = {
	{ 0x00A0, " " },   { 0x00A3, "GBP" }, { 0x00A9, "(c)" }, { 0x00AB, "<<" },
	{ 0x00AD, "" },    { 0x00B7, "." },   { 0x00BB, ">>" },  { 0x00BC, "1/4" },
	{ 0x00BD, "1/2" }, { 0x00BE, "3/4" }, { 0x00D7, "x" },   { 0x00F7, "/" },
	{ 0x2010, "-" },   { 0x2011, "-" },   { 0x2012, "-" },   { 0x2013, "-" },
	{ 0x2014, "--" },  { 0x2015, "--" },  { 0x2018, "'" },   { 0x2019, "'" },
	{ 0x201A, "'" },   { 0x201B, "'" },   { 0x201C, "\"" },  { 0x201D, "\"" },
	{ 0x201E, "\"" },  { 0x2022, "*" },   { 0x2026, "..." }, { 0x2032, "'" },
	{ 0x2033, "\"" },  { 0x2039, "<" },   { 0x203A, ">" },   { 0x20AC, "EUR" },
	{ 0x2122, "(TM)" },{ 0x2190, "<-" },  { 0x2192, "->" },  { 0x2212, "-" },
	{ 0x2500, "-" },   { 0x2502, "|" },   { 0x25A0, "*" },   { 0x25AA, "*" },
	{ 0x25CF, "*" },   { 0x25E6, "o" },   { 0x00B0, " deg" },
};

/* U+00C0..U+00FF as plain letters ('?' where there is none). */
static const char latin1_letters[] =
	"AAAAAAACEEEEIIII" "DNOOOOOxOUUUUYTs"
	"aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";

static const char *ascii_for(unsigned cp)
{
	for (size_t i = 0; i < sizeof ascii_punct / sizeof ascii_punct[0]; i++)
		if (ascii_punct[i].cp == cp)
			return ascii_punct[i].ascii;
	return NULL;
}

static bool is_control(unsigned cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

static void set_out(char out[GLYPH_MAX], int *width, const char *s, int w)
{
	size_t n = strlen(s);
	if (n >= GLYPH_MAX)
		n = GLYPH_MAX - 1;
	memcpy(out, s, n);
	out[n] = '\0';
	*width = w;
}

/* One non-ASCII, non-control character in a locale that is not UTF-8. */
static void ascii_glyph(unsigned cp, char out[GLYPH_MAX], int *width)
{
	const char *a = ascii_for(cp);
	if (a) {
		set_out(out, width, a, (int)strlen(a));
	} else if (cp >= 0xC0 && cp <= 0xFF) {
		char c[2] = { latin1_letters[cp - 0xC0], '\0' };
		set_out(out, width, c, 1);
	} else if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
		   cp == 0xFEFF || (cp >= 0x0300 && cp <= 0x036F)) {
		set_out(out, width, "", 0); /* zero width, combining and direction marks */
	} else {
		set_out(out, width, "?", 1);
	}
}

void display_glyph(const char **s, bool ascii, char out[GLYPH_MAX], int *width)
{
	unsigned cp;
	const char *start = *s;
	int n = utf8_decode(start, &cp);
	*s += n;
	if (cp == '\n' || cp == '\t') {
		set_out(out, width, " ", 1);
	} else if (is_control(cp) || (cp == 0xFFFD && n == 1)) {
		set_out(out, width, "?", 1);
	} else if (cp < 0x80) {
		char c[2] = { (char)cp, '\0' };
		set_out(out, width, c, 1);
	} else if (ascii) {
		ascii_glyph(cp, out, width);
	} else {
		int w = wcwidth((wchar_t)cp);
		if (w < 0) {
			set_out(out, width, "?", 1);
		} else {
			memcpy(out, start, (size_t)n);
			out[w == 0 ? 0 : n] = '\0';
			*width = w;
		}
	}
}

int display_width_range(const char *s, const char *end, bool ascii)
{
	int total = 0;
	char g[GLYPH_MAX];
	while (s < end && *s) {
		int w;
		display_glyph(&s, ascii, g, &w);
		total += w;
	}
	return total;
}

int display_width(const char *s, bool ascii)
{
	return display_width_range(s, s + strlen(s), ascii);
}

char *display_string(const char *s, bool ascii, bool keep_newlines)
{
	struct strbuf b = {0};
	char g[GLYPH_MAX];
	while (*s) {
		if (*s == '\n' && keep_newlines) {
			sb_addc(&b, '\n');
			s++;
			continue;
		}
		int w;
		display_glyph(&s, ascii, g, &w);
		sb_adds(&b, g);
	}
	return sb_take(&b);
}

bool display_locale_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (str_eq_ci(cs, "UTF-8") || str_eq_ci(cs, "utf8"));
}

/*
 * Wrapping: walk the text keeping the start of the line, the last break
 * opportunity (a space) and the width so far.
 */
int display_wrap(const char *s, int width, bool ascii, wrap_emit emit, void *ctx)
{
	int lines = 0;
	if (width < 1)
		width = 1;
	const char *p = s;
	while (*p) {
		const char *line = p, *brk = NULL, *q = p;
		int w = 0;
		while (*q && *q != '\n') {
			if (*q == ' ')
				brk = q;
			const char *next = q;
			char g[GLYPH_MAX];
			int gw;
			display_glyph(&next, ascii, g, &gw);
			if (w + gw > width && q > line)
				break;
			w += gw;
			q = next;
		}
		bool newline = *q == '\n';
		const char *end = q, *resume = newline ? q + 1 : q;
		if (*q && !newline && brk && brk > line) {
			end = brk; /* break at the last space */
			resume = brk + 1;
		}
		while (end > line && end[-1] == ' ')
			end--;
		emit(ctx, line, end);
		lines++;
		p = resume;
		if (!newline)
			while (*p == ' ')
				p++;
	}
	if (!*s) {
		emit(ctx, s, s);
		lines++;
	}
	return lines;
}

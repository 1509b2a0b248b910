/* clean.c: removing PDF-extraction debris from paragraphs and list items. */
#include "parse/clean.h"
#include "base/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define BULLET_UTF8 "\xE2\x80\xA2"   /* • */
#define EN_DASH_UTF8 "\xE2\x80\x93"  /* – */

static const struct {
	const char *name, *text;
} entities[] = {
	{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
	{ "&#39;", "'" }, { "&apos;", "'" }, { "&nbsp;", " " }, { "&#8226;", BULLET_UTF8 },
	{ "&bull;", BULLET_UTF8 }, { "&ndash;", EN_DASH_UTF8 }, { "&rsquo;", "\xE2\x80\x99" },
};

/* Is S at the start of an HTML tag (so that "a < b" is not taken for one)? */
static const char *tag_end(const char *s)
{
	if (s[0] != '<')
		return NULL;
	const char *p = s + 1;
	if (*p == '/')
		p++;
	if (!isalpha((unsigned char)*p))
		return NULL;
	const char *e = strchr(p, '>');
	if (!e || e - s > 400)
		return NULL;
	return e + 1;
}

char *strip_html(const char *s)
{
	struct strbuf b = {0};
	while (*s) {
		/* text up to the next tag or entity goes over as it is */
		size_t plain = strcspn(s, "<&");
		if (plain) {
			sb_add(&b, s, plain);
			s += plain;
			continue;
		}
		const char *e = tag_end(s);
		if (e) {
			/* a block tag separates words */
			sb_addc(&b, ' ');
			s = e;
			continue;
		}
		if (*s == '&') {
			bool done = false;
			for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++) {
				size_t n = strlen(entities[i].name);
				if (strncmp(s, entities[i].name, n) == 0) {
					sb_adds(&b, entities[i].text);
					s += n;
					done = true;
					break;
				}
			}
			if (done)
				continue;
		}
		sb_addc(&b, *s++);
	}
	return sb_take(&b);
}

bool is_bullet_line(const char *line, const char **rest)
{
	const char *p = line;
	while (*p == ' ' || *p == '\t')
		p++;
	size_t n = 0;
	if ((*p == '-' || *p == '*' || *p == 'o') && (p[1] == ' ' || p[1] == '\t'))
		n = 1;
	else if (strncmp(p, BULLET_UTF8, 3) == 0 || strncmp(p, EN_DASH_UTF8, 3) == 0)
		n = 3;
	if (!n)
		return false;
	/* "o" is a bullet only when a word follows, never "o'clock" */
	if (*p == 'o' && !isalpha((unsigned char)p[2]))
		return false;
	/* "*Inspectors make ...*" is emphasis, not a bullet */
	if (*p == '*' && p[1] != ' ')
		return false;
	p += n;
	while (*p == ' ' || *p == '\t')
		p++;
	if (rest)
		*rest = p;
	return true;
}

bool starts_with_paragraph_number(const char *s)
{
	while (*s == ' ')
		s++;
	int d = 0;
	while (isdigit((unsigned char)s[d]))
		d++;
	return d >= 1 && d <= 3 && s[d] == '.' && s[d + 1] == ' ' &&
	       (isupper((unsigned char)s[d + 2]) || s[d + 2] == '\'' || s[d + 2] == '"' ||
		(unsigned char)s[d + 2] >= 0x80);
}

/* What fold_space saw on its way, so that later passes run only when they can change something. */
enum {
	SAW_MARKUP = 1,      /* '<' or '&': maybe HTML */
	SAW_STAR = 2,        /* '*': maybe markdown */
	SAW_SPACE_DIGIT = 4, /* a digit after a space: maybe a displaced paragraph number */
};

/* Byte classes for fold_space: 0 is a byte copied as it is, the common case. */
enum { FOLD_COPY, FOLD_SPACE, FOLD_END, FOLD_MARKUP, FOLD_STAR };
static const unsigned char fold_class[256] = {
	['\0'] = FOLD_END, [' '] = FOLD_SPACE, ['\t'] = FOLD_SPACE, ['\n'] = FOLD_SPACE,
	['<'] = FOLD_MARKUP, ['&'] = FOLD_MARKUP, ['*'] = FOLD_STAR,
};

/*
 * Fold white space to single spaces and trim; returns a malloc'd string.
 * *SAW gets the SAW_ flags of what the result holds.  One table lookup per
 * byte: this sees every byte of every report, often twice.
 */
static char *fold_space(const char *s, unsigned *saw)
{
	char *out = xmalloc(strlen(s) + 1), *w = out; /* folding never lengthens */
	const unsigned char *r = (const unsigned char *)s;
	unsigned flags = 0;
	while (fold_class[*r] == FOLD_SPACE)
		r++;
	for (;;) {
		unsigned char c = *r++;
		switch (fold_class[c]) {
		case FOLD_COPY:
			/*
			 * the rest of the word in a tight loop, not a switch a byte, and
			 * on past a single space between words (no digit after it), which
			 * stays as it is
			 */
			*w++ = (char)c;
			for (;;) {
				if (fold_class[*r] == FOLD_COPY) {
					*w++ = (char)*r++;
				} else if (*r == ' ' && fold_class[r[1]] == FOLD_COPY && (r[1] < '0' || r[1] > '9')) {
					w[0] = ' ';
					w[1] = (char)r[1];
					w += 2;
					r += 2;
				} else {
					break;
				}
			}
			continue;
		case FOLD_SPACE:
			while (fold_class[*r] == FOLD_SPACE)
				r++;
			if (!*r)
				break; /* trailing space */
			*w++ = ' ';
			if (*r >= '0' && *r <= '9')
				flags |= SAW_SPACE_DIGIT;
			continue;
		case FOLD_MARKUP:
			flags |= SAW_MARKUP;
			*w++ = (char)c;
			continue;
		case FOLD_STAR:
			flags |= SAW_STAR;
			*w++ = (char)c;
			continue;
		}
		break; /* FOLD_END, or the trailing space */
	}
	*w = '\0';
	if (saw)
		*saw = flags;
	return out;
}

/* Remove "**" markers, and one '*' wrapping the whole paragraph.  Returns whether it removed any. */
static bool drop_markdown(char *s)
{
	char *w = s;
	for (char *r = s; *r;) {
		if (r[0] == '*' && r[1] == '*') {
			r += 2;
			continue;
		}
		*w++ = *r++;
	}
	bool dropped = *w != '\0';
	*w = '\0';
	size_t n = (size_t)(w - s);
	if (n >= 2 && s[0] == '*' && isalnum((unsigned char)s[1])) {
		memmove(s, s + 1, n);
		n--;
		dropped = true;
	}
	if (n >= 2 && s[n - 1] == '*' && (s[n - 2] == '.' || isalpha((unsigned char)s[n - 2]))) {
		s[n - 1] = '\0';
		dropped = true;
	}
	return dropped;
}

/* Locale-free character classes for the byte loops that see all of a report's text. */
static inline bool ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool ascii_lower_letter(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

/*
 * Is there a paragraph number the extraction moved into the middle of a
 * sentence at R (a space) of S: " 58. outstanding"?  Only 1-3 digits
 * followed by ". " and a lowercase letter qualify, so "Key Stage 4. The"
 * stays, and not after a comma or a digit.  Returns its digits (0: none).
 */
static int displaced_at(const char *s, const char *r)
{
	if (*r != ' ' || !ascii_digit((unsigned char)r[1]))
		return 0;
	int d = 1;
	while (ascii_digit((unsigned char)r[1 + d]))
		d++;
	if (d <= 3 && r[1 + d] == '.' && r[2 + d] == ' ' && ascii_lower_letter((unsigned char)r[3 + d]) &&
	    !(r > s && (r[-1] == ',' || ascii_digit((unsigned char)r[-1]))))
		return d;
	return 0;
}

/* Remove the displaced paragraph numbers displaced_at finds: " 58. outstanding" -> " outstanding". */
static void drop_displaced_numbers(char *s)
{
	char *w = s;
	for (char *r = s; *r;) {
		int d = displaced_at(s, r);
		if (d) {
			r += 2 + d; /* keep the following space */
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
}

int displaced_paragraph_number(const char *s)
{
	for (const char *r = s; *r; r++)
		if (displaced_at(s, r))
			return atoi(r + 1);
	return 0;
}

int leading_paragraph_number(const char *s)
{
	if (starts_with_paragraph_number(s))
		return atoi(s);
	/* "25. **The contribution ...": emphasis after the number */
	const char *p = s;
	while (*p == ' ')
		p++;
	int d = 0;
	while (ascii_digit((unsigned char)p[d]))
		d++;
	if (d >= 1 && d <= 3 && p[d] == '.' && p[d + 1] == ' ' && p[d + 2] == '*') {
		const char *t = p + d + 2;
		while (*t == '*')
			t++;
		if (isupper((unsigned char)*t))
			return atoi(p);
	}
	return 0;
}

int lone_paragraph_number(const char *s)
{
	while (*s == ' ')
		s++;
	int d = 0;
	while (ascii_digit((unsigned char)s[d]))
		d++;
	return d >= 1 && d <= 3 && s[d] == '.' && !s[d + 1] ? atoi(s) : 0;
}

static char *clean_common(const char *s)
{
	unsigned saw;
	char *t = fold_space(s, &saw);
	if (saw & SAW_MARKUP) {
		free(t);
		char *html = strip_html(s);
		t = fold_space(html, &saw);
		free(html);
	}
	/*
	 * T's spaces are folded.  Removing markdown can leave two spaces together
	 * or one at an end, so T is folded again after it; the other removals
	 * below take a prefix up to a word, or " 58." before a space, and cannot.
	 */
	bool refold = (saw & SAW_STAR) && drop_markdown(t);
	/* leading bullets and paragraph numbers, possibly both: "- 12. The ..." */
	for (;;) {
		const char *rest;
		if (is_bullet_line(t, &rest)) {
			memmove(t, rest, strlen(rest) + 1);
			continue;
		}
		if (starts_with_paragraph_number(t)) {
			char *p = strchr(t, '.') + 2;
			memmove(t, p, strlen(p) + 1);
			continue;
		}
		break;
	}
	/* removing markdown can bring a space and a digit together; removing a prefix cannot */
	if (saw & (SAW_SPACE_DIGIT | SAW_STAR))
		drop_displaced_numbers(t);
	if (!refold)
		return t;
	char *out = fold_space(t, NULL);
	free(t);
	return out;
}

char *clean_paragraph(const char *s)
{
	return clean_common(s);
}

char *clean_item(const char *s)
{
	char *t = clean_common(s);
	size_t n = strlen(t);
	while (n && (t[n - 1] == ';' || t[n - 1] == ',' || t[n - 1] == ' '))
		t[--n] = '\0';
	if (n > 4 && strcmp(t + n - 4, " and") == 0)
		t[n -= 4] = '\0';
	else if (n > 3 && strcmp(t + n - 3, " or") == 0)
		t[n -= 3] = '\0';
	while (n && (t[n - 1] == ';' || t[n - 1] == ',' || t[n - 1] == ' '))
		t[--n] = '\0';
	return t;
}

bool ends_sentence(const char *s)
{
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (!n)
		return true;
	unsigned char c = (unsigned char)s[n - 1];
	if (c == '.' || c == '!' || c == '?' || c == ':')
		return true;
	/* a closing quote or bracket after the full stop: ." .' .) .” */
	if ((c == '"' || c == '\'' || c == ')') && n >= 2)
		return strchr(".!?", s[n - 2]) != NULL;
	if (n >= 4 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
	    ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
		return strchr(".!?", s[n - 4]) != NULL;
	return false;
}

/* Verbs that open an action in a list of areas for improvement. */
static const char *const imperative_verbs[] = {
	"Accelerate", "Address", "Agree", "Analyse", "Appoint", "Assess", "Audit", "Bring",
	"Build", "Challenge", "Check", "Clarify", "Complete", "Conduct", "Consider", "Continue",
	"Decide", "Develop", "Embed", "Enable", "Engage", "Ensure", "Establish", "Evaluate",
	"Expand", "Extend", "Find", "Give", "Identify", "Implement", "Improve", "Increase",
	"Introduce", "Involve", "Keep", "Maintain", "Make", "Monitor", "Offer", "Prioritise",
	"Produce", "Promote", "Provide", "Publish", "Raise", "Record", "Recruit", "Reduce",
	"Review", "Secure", "Set", "Share", "Strengthen", "Support", "Sustain", "Tackle",
	"Target", "Train", "Undertake", "Update",
};

static bool starts_imperative(const char *s)
{
	for (size_t i = 0; i < sizeof imperative_verbs / sizeof imperative_verbs[0]; i++) {
		size_t n = strlen(imperative_verbs[i]);
		if (strncmp(s, imperative_verbs[i], n) == 0 && s[n] == ' ')
			return true;
	}
	return false;
}

int split_run_together(const char *item, char **parts, int max)
{
	int count = 0;
	const char *start = item;
	for (const char *p = item; *p && count < max - 1; p++) {
		if (*p == '.' && p[1] == ' ' && starts_imperative(p + 2) && p - start > 20) {
			parts[count++] = xstrndup(start, (size_t)(p + 1 - start));
			start = p + 2;
		}
	}
	if (count < max)
		parts[count++] = xstrdup(start);
	return count;
}

bool item_says_none(const char *item)
{
	static const char *const whole[] = { "none", "none identified", "nil", "not applicable", "n/a" };
	static const char *const openings[] = { "there are no ", "there were no ", "there is no ", "no areas for ",
						"no significant ", "no further ", "no recommendations" };
	size_t n = strlen(item);
	while (n && (item[n - 1] == '.' || item[n - 1] == ' '))
		n--;
	for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
		if (strlen(whole[i]) == n && strncasecmp(item, whole[i], n) == 0)
			return true;
	for (size_t i = 0; i < sizeof openings / sizeof openings[0]; i++)
		if (str_starts_ci(item, openings[i]))
			return true;
	return false;
}

const char *wrap_joiner(const char *before, size_t n, const char *after)
{
	/* "multi-" at the end of a line and "agency" on the next: one word */
	if (n >= 2 && before[n - 1] == '-' && isalpha((unsigned char)before[n - 2]) &&
	    islower((unsigned char)after[0]))
		return "";
	return " ";
}

const char *column_gap(const char *line)
{
	const char *p = line;
	while (*p == ' ')
		p++;
	/*
	 * The first three spaces after the indent start a run of spaces (a
	 * space before them would have started it sooner), and strstr scans
	 * fast: it sees every line of every report.  A run that ends the line
	 * is no gap, and no other run follows it.
	 */
	const char *gap = *p ? strstr(p, "   ") : NULL;
	if (!gap)
		return NULL;
	const char *q = gap + 3;
	while (*q == ' ')
		q++;
	return *q ? gap : NULL;
}

/*
 * header_authority.c: the authority of a report whose title did not name
 * it in a shape parse_header.c knows.
 *
 * No report should be left without its authority when its first page
 * names it: a line that is a council's name ("Blackpool Borough
 * Council", "Isles of Scilly"), a phrase round one ("London Borough of
 * Ealing", "Inspection of Barnsley local authority", "Nottingham City
 * Council"), a reference number that is a DfE code, and, as a last
 * resort, the file's name ("hammersmith-and-fulham_2024_ilacs.txt").
 * Every guess must be a name the reference list knows, so ordinary
 * words are never taken for an authority.
 */
#include "parse_internal.h"
#include "parse/authorities.h"
#include "base/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How many non-blank lines make the first page, and the most words a name takes. */
#define FIRST_PAGE_LINES 40
#define NAME_WORDS 6

/* Phrases that stand before or after an authority's name on a first page. */
static const struct {
	const char *phrase;
	bool name_after;   /* the name follows the phrase (else it precedes it) */
	bool keep_phrase;  /* the phrase is part of the printed name ("Nottingham City Council") */
	bool any_name;     /* capitalised words here are a council's name even if the list lacks it */
} name_phrases[] = {
	{ "inspection of ", true, false, false },
	{ "london borough of ", true, true, true },
	{ "royal borough of ", true, true, true },
	{ "city of ", true, true, false },
	{ "county of ", true, true, false },
	{ "children's services in ", true, false, false },
	{ "children\xE2\x80\x99s services in ", true, false, false },
	{ " metropolitan borough council", false, true, true },
	{ " metropolitan district council", false, true, true },
	{ " city council", false, true, true },
	{ " county council", false, true, true },
	{ " borough council", false, true, true },
	{ " district council", false, true, true },
	{ " council", false, true, false },
};

/*
 * The longest run of at most NAME_WORDS words of TEXT, starting at its
 * start (FORWARD) or ending at its end, that the reference list knows;
 * malloc'd, or NULL.
 */
static char *known_words(const char *text, size_t len, bool forward)
{
	const char *cut[NAME_WORDS + 1];
	int n = 0;
	/* the ends of the candidate runs: after each of the first (last) words */
	if (forward) {
		for (size_t i = 0; i <= len && n < NAME_WORDS; i++)
			if ((i == len || isspace((unsigned char)text[i])) && i > 0 && !isspace((unsigned char)text[i - 1]))
				cut[n++] = text + i;
	} else {
		for (size_t i = len; i-- > 0 && n < NAME_WORDS;)
			if ((i == 0 || isspace((unsigned char)text[i - 1])) && !isspace((unsigned char)text[i]))
				cut[n++] = text + i;
	}
	for (int k = n - 1; k >= 0; k--) {
		char *name = forward ? xstrndup(text, (size_t)(cut[k] - text)) : xstrndup(cut[k], (size_t)(text + len - cut[k]));
		str_trim(name);
		for (char *p = name; *p; p++)
			if (*p == '\n')
				*p = ' ';
		if (*name && authority_by_name(name))
			return name;
		free(name);
	}
	return NULL;
}

/*
 * Words that may stand inside a council's name without a capital; back
 * from a phrase only the first few ("of" there is more often "Inspection
 * of" than part of a name the list does not know).
 */
static bool name_joiner(const char *w, size_t n, bool forward)
{
	static const char *const joiners[] = { "and", "upon", "on", "&", "-", "of", "the" };
	size_t count = sizeof joiners / sizeof joiners[0] - (forward ? 0 : 2);
	for (size_t i = 0; i < count; i++)
		if (strlen(joiners[i]) == n && strncmp(w, joiners[i], n) == 0)
			return true;
	return false;
}

/*
 * The capitalised words of TEXT (LEN bytes) next to a phrase that makes
 * them a council's name ("Harrowdene" in "London Borough of Harrowdene"),
 * from its start (FORWARD) or back from its end; malloc'd, or NULL.  A
 * name may be one no list knows: an abolished or a fictional council.
 */
static char *capitalised_words(const char *text, size_t len, bool forward)
{
	const char *start = forward ? text : text + len, *end = forward ? text : text + len;
	const char *good_start = NULL, *good_end = NULL;
	for (int words = 0; words < NAME_WORDS; words++) {
		const char *ws, *we;
		/* a name no list knows is taken from one line: it ends where the line does */
		if (forward) {
			ws = end;
			while (ws < text + len && *ws == ' ')
				ws++;
			we = ws;
			while (we < text + len && *we != ' ' && *we != '\n')
				we++;
		} else {
			we = start;
			while (we > text && we[-1] == ' ')
				we--;
			ws = we;
			while (ws > text && ws[-1] != ' ' && ws[-1] != '\n')
				ws--;
		}
		if (ws == we)
			break;
		bool capital = isupper((unsigned char)*ws);
		if (!capital && !name_joiner(ws, (size_t)(we - ws), forward))
			break;
		if (forward)
			end = we;
		else
			start = ws;
		if (capital) /* a name ends (and begins) with a capitalised word */
			good_start = start, good_end = end;
	}
	if (!good_start)
		return NULL;
	char *name = xstrndup(good_start, (size_t)(good_end - good_start));
	size_t n = strlen(name);
	while (n && (name[n - 1] == '.' || name[n - 1] == ',' || name[n - 1] == ':'))
		name[--n] = '\0';
	return name;
}

/* The authority a phrase of name_phrases[] frames in TEXT, as printed; malloc'd or NULL. */
static char *name_by_phrase(const char *text)
{
	for (size_t k = 0; k < sizeof name_phrases / sizeof name_phrases[0]; k++) {
		const char *ph = name_phrases[k].phrase;
		size_t pl = strlen(ph);
		for (const char *p = str_find_ci(text, ph); p; p = str_find_ci(p + 1, ph)) {
			char *name;
			if (name_phrases[k].name_after) {
				const char *s = p + pl;
				name = known_words(s, strlen(s), true);
				if (!name && name_phrases[k].any_name)
					name = capitalised_words(s, strlen(s), true);
				if (name && name_phrases[k].keep_phrase) {
					char *full = xasprintf("%.*s%s", (int)pl, p, name);
					free(name);
					name = full;
				}
			} else {
				name = known_words(text, (size_t)(p - text), false);
				if (!name && name_phrases[k].any_name)
					name = capitalised_words(text, (size_t)(p - text), false);
				if (name && name_phrases[k].keep_phrase) {
					char *full = xasprintf("%s%.*s", name, (int)pl, p);
					free(name);
					name = full;
				}
			}
			if (name)
				return str_trim(name);
		}
	}
	return NULL;
}

/* TEXT without characters that are neither letters, digits, spaces nor a name's punctuation. */
static char *plain_words(const char *text)
{
	char *s = xstrdup(text);
	str_trim(s);
	size_t n = strlen(s);
	while (n && (s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ':'))
		s[--n] = '\0';
	return s;
}

/* The first page's name for the authority, as printed; malloc'd or NULL. */
static char *name_on_first_page(struct parser *ps)
{
	struct strbuf page = {0};
	char *found = NULL;
	int seen = 0;
	/* a line that is a name and nothing else, then the phrases in the page's text */
	for (size_t i = 0; i < ps->n && seen < FIRST_PAGE_LINES && !found; i++) {
		if (!ps->line[i] || !ps->line[i][0])
			continue;
		seen++;
		char *l = plain_words(ps->line[i]);
		if (strlen(l) < 60 && authority_by_name(l))
			found = l;
		else
			free(l);
		if (page.len)
			sb_addc(&page, '\n');
		sb_adds(&page, ps->line[i]);
	}
	if (!found)
		found = name_by_phrase(sb_str(&page));
	sb_free(&page);
	return found;
}

/* The authority the file's name names ("barnsley_2023_ilacs.txt"): its listed name, or NULL. */
static const struct authority_ref *name_in_file_name(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	char *words = xstrdup(base);
	char *dot = strrchr(words, '.');
	if (dot && dot != words)
		*dot = '\0';
	for (char *p = words; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '&')
			*p = ' ';
	const struct authority_ref *a = NULL;
	/* a run of words starting at each word in turn, longest first */
	for (char *p = words; *p && !a; p++) {
		if (*p == ' ' || (p > words && p[-1] != ' ') || isdigit((unsigned char)*p))
			continue;
		char *name = known_words(p, strlen(p), true);
		if (name)
			a = authority_by_name(name);
		free(name);
	}
	free(words);
	return a;
}

/*
 * A SIF's title block opens with its council's name on a line of its own
 * ("Castlemere Council" / "Inspection of services for children in need
 * ..."): a name ending in "Council" there is the authority's even when no
 * list knows it (an abolished or a fictional council).  Malloc'd, or NULL.
 */
static char *sif_first_line(const struct parser *ps)
{
	const char *l = ps->title_start < ps->n ? ps->line[ps->title_start] : NULL;
	size_t n = l ? strlen(l) : 0;
	if (ps->r->type != RT_SIF || n < 9 || n > 80 || strcmp(l + n - 8, " Council") != 0 ||
	    !isupper((unsigned char)l[0]) || str_find_ci(l, "inspection"))
		return NULL;
	return str_trim(xstrdup(l));
}

void guess_authority(struct parser *ps)
{
	struct report *r = ps->r;
	if (ps->authority_raw && *ps->authority_raw)
		return;
	free(ps->authority_raw);
	ps->authority_raw = name_on_first_page(ps);
	if (!ps->authority_raw)
		ps->authority_raw = sif_first_line(ps);
	if (ps->authority_raw)
		return;
	const struct authority_ref *a = r->la_code ? authority_by_code(r->la_code) : NULL;
	if (!a && r->source && *r->source) {
		a = name_in_file_name(r->source);
		if (a)
			report_warn(r, 0, "the authority, %s, is taken from the file's name: the text names none", a->name);
	}
	if (a)
		ps->authority_raw = xstrdup(a->name);
}

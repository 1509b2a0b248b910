/*
 * show_resolve.c: names typed by a user, resolved to a report and section
 * (see show_resolve.h).
 */
#include "cli/show_resolve.h"
#include "cli/commands.h"
#include "base/util.h"
#include "report/vocab.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* At most this many candidates are listed in a message. */
#define MAX_LISTED 15

static void list_add(struct strbuf *b, size_t *n, const char *name)
{
	if (*n < MAX_LISTED)
		sb_addf(b, "%s%s", *n ? ", " : "", name);
	else if (*n == MAX_LISTED)
		sb_adds(b, ", ...");
	(*n)++;
}

/* The most names listed as the nearest to one that matched nothing. */
#define NEAREST_LISTED 6
/* Names are compared by their first this many bytes (a typed name is short). */
#define NEAR_CAP 64

/* The edit distance (insertions, deletions, changes) between A and B,
 * in any case, each cut to NEAR_CAP bytes. */
static int edit_distance(const char *a, const char *b)
{
	size_t na = strnlen(a, NEAR_CAP), nb = strnlen(b, NEAR_CAP);
	int row[NEAR_CAP + 1];
	for (size_t j = 0; j <= nb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= na; i++) {
		int diag = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= nb; j++) {
			int up = row[j];
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
			int best = diag + !same;
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[nb];
}

/* An authority's distance from a typed NAME: the nearer of its short name and the start of its
 * short name as long as NAME (so that "liverp" is near Liverpool, not Luton). */
static int name_distance(const char *short_name, const char *name)
{
	int whole = edit_distance(short_name, name);
	char start[NEAR_CAP + 1];
	snprintf(start, sizeof start, "%.*s", (int)strnlen(name, NEAR_CAP), short_name);
	int begun = edit_distance(start, name) + 1; /* a whole name that is as near wins */
	return begun < whole ? begun : whole;
}

/* Add to B the NEAREST_LISTED short names of ROWS nearest to NAME, the nearest first
 * (ties in the order of ROWS). */
static void nearest_authorities(const struct authority_row *rows, size_t n, const char *name, struct strbuf *b)
{
	int *dist = xcalloc(n, sizeof *dist);
	for (size_t i = 0; i < n; i++)
		dist[i] = name_distance(rows[i].short_name, name);
	size_t listed = 0;
	for (int k = 0; k < NEAREST_LISTED && (size_t)k < n; k++) {
		size_t best = n;
		for (size_t i = 0; i < n; i++)
			if (dist[i] >= 0 && (best == n || dist[i] < dist[best]))
				best = i;
		dist[best] = -1; /* listed */
		list_add(b, &listed, rows[best].short_name);
	}
	free(dist);
}

int show_resolve_authority_row(const struct authority_row *rows, size_t n, const char *name, char **err)
{
	for (size_t i = 0; i < n; i++)
		if (str_eq_ci(rows[i].short_name, name) || str_eq_ci(rows[i].name, name) ||
		    (rows[i].la_code && strcmp(rows[i].la_code, name) == 0))
			return (int)i;
	struct strbuf cands = {0};
	size_t found = 0;
	int pick = -1;
	for (size_t i = 0; i < n; i++)
		if (str_find_ci(rows[i].short_name, name) || str_find_ci(rows[i].name, name)) {
			list_add(&cands, &found, rows[i].short_name);
			pick = (int)i;
		}
	if (found == 1) {
		sb_free(&cands);
		return pick;
	}
	if (found == 0 && n > MAX_LISTED) {
		nearest_authorities(rows, n, name, &cands);
		*err = xasprintf("no authority called \"%s\" in the index; the nearest of its %zu: %s", name, n,
				 sb_str(&cands));
	} else if (found == 0) {
		for (size_t i = 0; i < n; i++)
			list_add(&cands, &found, rows[i].short_name);
		*err = xasprintf("no authority called \"%s\" in the index; it has: %s", name,
				 found ? sb_str(&cands) : "no reports at all");
	} else {
		*err = xasprintf("\"%s\" could be any of: %s", name, sb_str(&cands));
	}
	sb_free(&cands);
	return -1;
}

/*
 * Parse "2007", "apa", "2007-apa", "2007/apa" or, for a report whose year
 * is not known, "undated" and "undated-unknown" (every report's name as
 * report_name gives it); false if ARG is none of them.  *YEAR is 0 when
 * no year is given, -1 for "undated"; *TYPED says whether a type was.
 */
static bool parse_report_arg(const char *arg, int *year, enum report_type *type, bool *typed)
{
	*year = 0;
	*type = RT_UNKNOWN;
	*typed = false;
	const char *p = arg;
	if (str_starts_ci(p, "undated")) {
		*year = -1;
		p += 7;
	} else if (isdigit((unsigned char)p[0]) && strlen(p) >= 4) {
		for (int i = 0; i < 4; i++)
			if (!isdigit((unsigned char)p[i]))
				return false;
		*year = atoi(p);
		p += 4;
	}
	if (*year && !*p)
		return true;
	if (*year) {
		if (*p != '-' && *p != '/' && *p != ' ')
			return false;
		p++;
	}
	/* names are lower case; a user may type them otherwise */
	char lower[32];
	size_t n = 0;
	for (; p[n] && n + 1 < sizeof lower; n++)
		lower[n] = (char)tolower((unsigned char)p[n]);
	lower[n] = '\0';
	*type = report_type_from_name(lower);
	*typed = !p[n] && (*type != RT_UNKNOWN || strcmp(lower, report_type_name(RT_UNKNOWN)) == 0);
	return *typed;
}

/* A report's name for show: "2007-apa", "undated-unknown" for one whose year is not known. */
static void report_name(char *out, size_t cap, int year, enum report_type type)
{
	if (year)
		snprintf(out, cap, "%d-%s", year, report_type_name(type));
	else
		snprintf(out, cap, "undated-%s", report_type_name(type));
}

/* The report of ROWS that YEAR and TYPE (0, RT_UNKNOWN: any) pick, the newest when neither
 * is given; -1 with *ERR listing the matches (or all reports) when not exactly one does. */
static int resolve_report(const struct report_row *rows, size_t n, const char *authority, int year,
			  enum report_type type, bool typed, char **err)
{
	struct strbuf all = {0}, cands = {0};
	size_t nall = 0, found = 0;
	int pick = -1;
	for (size_t i = 0; i < n; i++) {
		char name[32];
		report_name(name, sizeof name, rows[i].year, rows[i].type);
		list_add(&all, &nall, name);
		bool year_ok = !year || rows[i].year == (year < 0 ? 0 : year);
		if (year_ok && (!typed || rows[i].type == type)) {
			list_add(&cands, &found, name);
			pick = (int)i;
		}
	}
	if (!year && !typed && n) {
		/* nothing asked: the newest, a dated one before any undated */
		found = 1;
		for (size_t i = n; i-- > 0;)
			if (rows[i].year) {
				pick = (int)i;
				break;
			}
	}
	if (found == 0)
		*err = xasprintf("%s has no such report; its reports: %s", authority, nall ? sb_str(&all) : "none");
	else if (found > 1) {
		/* the first candidate's name, from a copy: cutting the list in place would cut the message too */
		char *first = xstrdup(sb_str(&cands));
		first[strcspn(first, ",")] = '\0';
		*err = xasprintf("%s has %zu reports that match: %s; say which, e.g. %s", authority, found,
				 sb_str(&cands), first);
		free(first);
	}
	sb_free(&all);
	sb_free(&cands);
	return found == 1 ? pick : -1;
}

/* Does section S answer to NAME ("staying-safe", "2", "staying-safe:looked-after", a part of its heading)? */
static bool section_matches(const struct section *s, const char *name, bool exact)
{
	char key[128];
	snprintf(key, sizeof key, "%s", name);
	char *colon = strchr(key, ':');
	if (colon)
		*colon++ = '\0';
	if (colon && strcmp(colon, s->scope) != 0)
		return false;
	if (strlen(key) == 1 && key[0] >= '1' && key[0] <= '5')
		return strcmp(s->key, outcome_key(key[0] - '0')) == 0;
	if (exact)
		return str_eq_ci(s->key, key);
	return (s->heading && str_find_ci(s->heading, key)) || str_find_ci(s->key, key);
}

static int resolve_section(const struct report *r, const char *name, char **err)
{
	for (int exact = 1; exact >= 0; exact--) {
		struct strbuf cands = {0};
		size_t found = 0;
		int pick = -1;
		for (size_t i = 0; i < r->nsections; i++)
			if (section_matches(&r->sections[i], name, exact)) {
				char c[160];
				snprintf(c, sizeof c, "%s:%s", r->sections[i].key, r->sections[i].scope);
				list_add(&cands, &found, c);
				pick = (int)i;
			}
		if (found > 1)
			*err = xasprintf("\"%s\" could be any of these sections: %s", name, sb_str(&cands));
		sb_free(&cands);
		if (found == 1)
			return pick;
		if (found > 1)
			return -1;
	}
	struct strbuf all = {0};
	size_t n = 0;
	for (size_t i = 0; i < r->nsections; i++)
		list_add(&all, &n, r->sections[i].key);
	*err = xasprintf("no section \"%s\" in this report; it has: %s", name, n ? sb_str(&all) : "none");
	sb_free(&all);
	return -1;
}

int show_resolve(struct db *db, char **args, int nargs, struct show_target *t, char **err)
{
	memset(t, 0, sizeof *t);
	struct authority_row *auths = NULL;
	size_t nauths = 0;
	if (db_authorities(db, &auths, &nauths) != 0) {
		*err = xasprintf("cannot read the index %s: %s", db_path(db), db_error(db));
		return EXIT_INDEX;
	}
	int rc = EXIT_PARTIAL;
	int a = show_resolve_authority_row(auths, nauths, args[0], err);
	if (a < 0)
		goto out;
	int year = 0;
	enum report_type type = RT_UNKNOWN;
	bool typed = false;
	const char *section = NULL;
	if (nargs >= 2 && parse_report_arg(args[1], &year, &type, &typed))
		section = nargs >= 3 ? args[2] : NULL;
	else if (nargs == 2)
		section = args[1]; /* AUTHORITY SECTION: the newest report */
	else if (nargs == 3) {
		*err = xasprintf("\"%s\" is not a year or report type (e.g. 2007, apa, 2007-apa)", args[1]);
		goto out;
	}
	struct report_row *reports = NULL;
	size_t nreports = 0;
	db_reports(db, auths[a].id, &reports, &nreports);
	int r = resolve_report(reports, nreports, auths[a].short_name, year, type, typed, err);
	int id = r >= 0 ? reports[r].id : 0;
	t->authority_id = auths[a].id;
	t->report_id = id;
	db_free_reports(reports, nreports);
	if (r < 0)
		goto out;
	if (db_load_report(db, id, &t->report) != 0) {
		*err = xasprintf("cannot read report %d from %s: %s", id, db_path(db), db_error(db));
		rc = EXIT_INDEX;
		goto out;
	}
	if (section) {
		int s = resolve_section(&t->report, section, err);
		if (s < 0) {
			report_free(&t->report);
			goto out;
		}
		t->section = &t->report.sections[s];
	}
	rc = EXIT_OK;
out:
	db_free_authorities(auths, nauths);
	return rc;
}

int show_resolve_authority(struct db *db, const char *name, int *id, char **short_name, char **err)
{
	struct authority_row *auths = NULL;
	size_t nauths = 0;
	if (db_authorities(db, &auths, &nauths) != 0) {
		db_free_authorities(auths, nauths);
		*err = xasprintf("cannot read the index %s", db_path(db));
		return EXIT_INDEX;
	}
	int a = show_resolve_authority_row(auths, nauths, name, err);
	if (a >= 0) {
		*id = auths[a].id;
		*short_name = xstrdup(auths[a].short_name);
	}
	db_free_authorities(auths, nauths);
	return a >= 0 ? EXIT_OK : EXIT_PARTIAL;
}

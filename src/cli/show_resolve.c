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

int show_resolve_authority(const struct authority_row *rows, size_t n, const char *name, char **err)
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
	if (found == 0) {
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

/* Parse "2007", "apa", "2007-apa" or "2007/apa"; false if ARG is none of them. */
static bool parse_report_arg(const char *arg, int *year, enum report_type *type)
{
	*year = 0;
	*type = RT_UNKNOWN;
	const char *p = arg;
	if (isdigit((unsigned char)p[0]) && strlen(p) >= 4) {
		for (int i = 0; i < 4; i++)
			if (!isdigit((unsigned char)p[i]))
				return false;
		*year = atoi(p);
		p += 4;
		if (!*p)
			return true;
		if (*p != '-' && *p != '/' && *p != ' ')
			return false;
		p++;
	}
	static const enum report_type types[] = { RT_APA, RT_JAR, RT_SLAC };
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (str_eq_ci(p, report_type_name(types[i])))
			*type = types[i];
	return *type != RT_UNKNOWN;
}

static int resolve_report(const struct report_row *rows, size_t n, const char *authority, int year,
			  enum report_type type, char **err)
{
	struct strbuf all = {0}, cands = {0};
	size_t nall = 0, found = 0;
	int pick = -1;
	for (size_t i = 0; i < n; i++) {
		char name[32];
		snprintf(name, sizeof name, "%d-%s", rows[i].year, report_type_name(rows[i].type));
		list_add(&all, &nall, name);
		if ((!year || rows[i].year == year) && (type == RT_UNKNOWN || rows[i].type == type)) {
			list_add(&cands, &found, name);
			pick = (int)i;
		}
	}
	if (!year && type == RT_UNKNOWN)
		found = n ? 1 : 0; /* nothing asked: the newest */
	if (found == 0)
		*err = xasprintf("%s has no such report; its reports: %s", authority, nall ? sb_str(&all) : "none");
	else if (found > 1)
		*err = xasprintf("%s has %zu reports that match: %s; say which, e.g. %s", authority, found,
				 sb_str(&cands), strtok(cands.s, ","));
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
		*err = xasprintf("cannot read the index %s", db_path(db));
		return EXIT_INDEX;
	}
	int rc = EXIT_PARTIAL;
	int a = show_resolve_authority(auths, nauths, args[0], err);
	if (a < 0)
		goto out;
	int year = 0;
	enum report_type type = RT_UNKNOWN;
	const char *section = NULL;
	if (nargs >= 2 && parse_report_arg(args[1], &year, &type))
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
	int r = resolve_report(reports, nreports, auths[a].short_name, year, type, err);
	int id = r >= 0 ? reports[r].id : 0;
	db_free_reports(reports, nreports);
	if (r < 0)
		goto out;
	if (db_load_report(db, id, &t->report) != 0) {
		*err = xasprintf("cannot read report %d from %s", id, db_path(db));
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

/*
 * parse_header.c: what kind of report this is, about which authority, when.
 *
 * Reads only the opening of the text (title block, address block, the JAR
 * and inspection front matter).  Nothing here looks at the file name.
 */
#include "parse_internal.h"
#include "parse/authorities.h"
#include "parse/headings.h"
#include "base/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How far into the text a title may stand. */
#define HEADER_LINES 150

static const char *const month_names[] = {
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
};

/*
 * Parse "4 December 2007", "04 March 2011", "1st Nov 2006" at S; with
 * NO_YEAR, "24 February" alone too (then *Y is 0).
 */
static bool date_at_opt(const char *s, int *y, int *m, int *d, const char **end, bool no_year)
{
	const char *p = s;
	if (!isdigit((unsigned char)*p))
		return false;
	int day = 0, nd = 0;
	while (isdigit((unsigned char)*p) && nd < 3)
		day = day * 10 + (*p++ - '0'), nd++;
	if (nd > 2 || day < 1 || day > 31)
		return false;
	if (str_starts_ci(p, "st") || str_starts_ci(p, "nd") || str_starts_ci(p, "rd") || str_starts_ci(p, "th"))
		p += 2;
	if (*p != ' ')
		return false;
	while (*p == ' ')
		p++;
	int month = 0;
	for (int i = 0; i < 12; i++) {
		size_t full = strlen(month_names[i]);
		if (str_starts_ci(p, month_names[i]) && !isalpha((unsigned char)p[full])) {
			month = i + 1;
			p += full;
			break;
		}
		if (str_starts_ci(p, month_names[i]) || (strncasecmp(p, month_names[i], 3) == 0 &&
		    (p[3] == ' ' || p[3] == '.'))) {
			month = i + 1;
			p += 3;
			if (*p == '.')
				p++;
			break;
		}
	}
	if (!month)
		return false;
	const char *after_month = p;
	while (*p == ' ' || *p == ',')
		p++;
	int year = 0, ny = 0;
	while (isdigit((unsigned char)*p) && ny < 5)
		year = year * 10 + (*p++ - '0'), ny++;
	if (ny != 4 || year < 1990 || year > 2030) {
		if (!no_year || ny)
			return false;
		year = 0;
		p = after_month;
	}
	*y = year;
	*m = month;
	*d = day;
	if (end)
		*end = p;
	return true;
}

/* Parse "4 December 2007", "04 March 2011", "1st Nov 2006" at S. */
static bool date_at(const char *s, int *y, int *m, int *d, const char **end)
{
	return date_at_opt(s, y, m, d, end, false);
}

/* Find the first date in S; *END (if not NULL) gets where it ended. */
static bool find_date(const char *s, int *y, int *m, int *d, const char **end)
{
	for (const char *p = s; *p; p++)
		if (isdigit((unsigned char)*p) && (p == s || !isdigit((unsigned char)p[-1])) &&
		    date_at(p, y, m, d, end))
			return true;
	return false;
}

/* "2007-12-04", malloc'd. */
static char *iso(int y, int m, int d)
{
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

/* Record the date Y-M-D as the report's date of KIND (the first of each kind stays). */
static void add_date(struct report *r, const char *kind, int y, int m, int d)
{
	char *s = iso(y, m, d);
	report_add_date(r, kind, s);
	free(s);
}

/* After a range's start at P: " to ", " - ", " – " and the spaces round them; NULL when none. */
static const char *range_separator(const char *p)
{
	while (*p == ' ')
		p++;
	if (strncmp(p, "to ", 3) == 0)
		p += 3;
	else if (*p == '-')
		p++;
	else if (strncmp(p, "\xE2\x80\x93", 3) == 0 || strncmp(p, "\xE2\x80\x94", 3) == 0)
		p += 3;
	else
		return NULL;
	while (*p == ' ')
		p++;
	return p;
}

/*
 * A range of dates whose start is at P: "21 February 2011 to 04 March
 * 2011", "24 February – 18 March 2015" (the start's year is the end's),
 * "11 to 15 September 2023" and "5-16 March 2009" (its month too).
 * Records both ends; false when P starts none (nothing recorded).
 */
static bool date_range_at(struct report *r, const char *p)
{
	int y1, m1, d1, y2, m2, d2;
	const char *end, *q;
	if (date_at_opt(p, &y1, &m1, &d1, &end, true)) {
		q = range_separator(end);
		bool to = q && date_at(q, &y2, &m2, &d2, NULL);
		/* two whole dates need no separator: "21 February 2011 until 4 March 2011" */
		if (!to && y1)
			to = find_date(end, &y2, &m2, &d2, NULL);
		if (!y1 && !to)
			return false;
		add_date(r, "inspection-start", y1 ? y1 : y2, m1, d1);
		if (to)
			add_date(r, "inspection-end", y2, m2, d2);
		return true;
	}
	int day = atoi(p);
	q = p;
	while (isdigit((unsigned char)*q))
		q++;
	q = q - p <= 2 ? range_separator(q) : NULL;
	if (!q || day < 1 || day > 31 || !date_at(q, &y2, &m2, &d2, NULL))
		return false;
	add_date(r, "inspection-start", y2, m2, day);
	add_date(r, "inspection-end", y2, m2, d2);
	return true;
}

/* "Inspection dates: 21 February 2011 to 04 March 2011", "5-16 March 2009": the first range in S. */
static bool read_inspection_dates(struct report *r, const char *s)
{
	for (const char *p = s; *p; p++)
		if (isdigit((unsigned char)*p) && (p == s || !isdigit((unsigned char)p[-1])) && date_range_at(r, p))
			return true;
	return false;
}

/* Title case for a name printed in capitals: "SEFTON METROPOLITAN BOROUGH COUNCIL". */
static char *title_case(const char *s)
{
	static const char *const small[] = { "of", "and", "upon", "on", "the", "in", "le" };
	char *out = xstrdup(s);
	bool word_start = true;
	for (char *p = out; *p; p++) {
		if (isalpha((unsigned char)*p)) {
			if (word_start) {
				bool is_small = false;
				for (size_t i = 0; i < sizeof small / sizeof small[0]; i++) {
					size_t n = strlen(small[i]);
					if (p != out && strncasecmp(p, small[i], n) == 0 && !isalpha((unsigned char)p[n]))
						is_small = true;
				}
				*p = is_small ? (char)tolower((unsigned char)*p) : (char)toupper((unsigned char)*p);
			} else {
				*p = (char)tolower((unsigned char)*p);
			}
			word_start = false;
		} else {
			word_start = *p != '\'';
		}
	}
	return out;
}

/* Does S have letters, none of them lowercase? */
static bool is_all_caps(const char *s)
{
	bool letters = false;
	for (; *s; s++) {
		if (islower((unsigned char)*s))
			return false;
		if (isupper((unsigned char)*s))
			letters = true;
	}
	return letters;
}

/* Join the lines of the block starting at line I (up to 3 lines) into one string. */
static char *block_text(struct parser *ps, size_t i, size_t *end)
{
	struct strbuf b = {0};
	size_t j = i;
	for (; j < ps->n && j < i + 3 && ps->line[j] && ps->line[j][0]; j++) {
		if (b.len)
			sb_addc(&b, ' ');
		sb_adds(&b, ps->line[j]);
	}
	if (end)
		*end = j;
	char *s = sb_take(&b);
	return str_trim(s);
}

/*
 * Does TEXT read as a sentence rather than a title: a full stop and a space
 * other than after an abbreviation in a place name ("St. Helens")?
 */
static bool reads_as_sentence(const char *text)
{
	for (const char *p = strstr(text, ". "); p; p = strstr(p + 1, ". ")) {
		bool abbreviation = p - text >= 2 && str_starts_ci(p - 2, "st") &&
				    (p - text == 2 || !isalpha((unsigned char)p[-3]));
		if (!abbreviation)
			return true;
	}
	return false;
}

/*
 * An APA letter's title ("2007 ANNUAL PERFORMANCE ASSESSMENT OF SERVICES
 * FOR CHILDREN AND YOUNG PEOPLE IN <AUTHORITY>"): the year and the
 * authority as printed are taken from it.
 */
static bool match_apa(struct parser *ps, const char *text)
{
	const char *p = str_find_ci(text, "annual performance assessment");
	if (!p)
		return false;
	/* a title opens with it (after the year, if any) and is no sentence */
	const char *start = text;
	while (isdigit((unsigned char)*start) || *start == ' ')
		start++;
	if (start != p || reads_as_sentence(text))
		return false;
	const char *in = NULL;
	for (const char *q = str_find_ci(p, " in "); q; q = str_find_ci(q + 1, " in "))
		in = q;
	if (!in || !str_find_ci(p, "children"))
		return false;
	/* the year in the title: "2007 ANNUAL PERFORMANCE ASSESSMENT ..." */
	for (const char *q = text; *q; q++)
		if ((q[0] == '1' || q[0] == '2') && (q[1] == '9' || q[1] == '0') &&
		    isdigit((unsigned char)q[2]) && isdigit((unsigned char)q[3]) &&
		    (q == text || !isalnum((unsigned char)q[-1])) && !isalnum((unsigned char)q[4])) {
			ps->r->year = atoi(q);
			break;
		}
	char *name = xstrdup(in + 4);
	str_trim(name);
	size_t n = strlen(name);
	while (n && (name[n - 1] == '.' || name[n - 1] == ','))
		name[--n] = '\0';
	ps->authority_raw = name;
	return true;
}

/*
 * "<Authority> Children's Services Authority Area" within the blocks after
 * the title at line I (a joint area review's, or its progress
 * inspection's): the authority, and the title's end.  False when absent.
 */
static bool area_authority(struct parser *ps, size_t i)
{
	for (size_t j = i + 1; j < ps->n && j < i + 20; j++) {
		if (!ps->line[j] || !ps->line[j][0])
			continue;
		char big[512];
		heading_normalize(ps->line[j], big, sizeof big);
		const char *a = strstr(big, "childrens services authority area");
		if (!a)
			a = strstr(big, "children s services authority area");
		if (a) {
			const char *raw = ps->line[j];
			const char *cut = str_find_ci(raw, "children");
			ps->authority_raw = xstrndup(raw, cut ? (size_t)(cut - raw) : strlen(raw));
			str_trim(ps->authority_raw);
			ps->title_end = j + 1;
			return true;
		}
	}
	return false;
}

/*
 * A JAR's "Joint area review" title block at line I; the authority comes
 * from the "<Authority> Children's Services Authority Area" line after it.
 */
static bool match_jar(struct parser *ps, size_t i, const char *text)
{
	char norm[128];
	heading_normalize(text, norm, sizeof norm);
	if (strcmp(norm, "joint area review") != 0)
		return false;
	if (!area_authority(ps, i))
		ps->authority_raw = NULL; /* a JAR whose authority line is lost */
	return true;
}

/*
 * An inspection's title at line I; the authority follows on the title's
 * line or on the next non-blank one.
 */
static bool match_slac(struct parser *ps, size_t i, const char *text)
{
	static const char *const markers[] = {
		"inspection of safeguarding and looked after children services",
		"inspection of services for looked after children",
		"safeguarding and looked after children services inspection",
	};
	for (size_t k = 0; k < sizeof markers / sizeof markers[0]; k++) {
		if (!str_starts_ci(text, markers[k]))
			continue;
		const char *rest = text + strlen(markers[k]);
		while (*rest == ' ' || *rest == ':' || *rest == ',')
			rest++;
		if (*rest) {
			ps->authority_raw = xstrdup(rest);
		} else {
			for (size_t j = i + 1; j < ps->n && j < i + 6; j++)
				if (ps->line[j] && ps->line[j][0]) {
					ps->authority_raw = xstrdup(ps->line[j]);
					ps->title_end = j + 1;
					break;
				}
		}
		if (ps->authority_raw)
			str_trim(ps->authority_raw);
		return true;
	}
	return false;
}

/*
 * The titles of the frameworks after 2012, normalized (heading_normalize):
 * the title opens its block, or follows the authority's name on the
 * block's first line (SIF: "Blackpool Borough Council" / "Inspection of
 * services for children in need ..."); an ILACS title may hold the name
 * ("Inspection of Barnsley local authority children's services").  The
 * authority is then found as for any report (header_authority.c).
 */
static const struct {
	const char *marker;
	enum report_type type;
	bool opens;   /* the marker opens the title (else it may follow the authority's name) */
} later_titles[] = {
	{ "inspection of looked after children services", RT_LAC, true },
	{ "inspection of local authority arrangements for the protection of children", RT_CP, true },
	{ "inspection of arrangements for the protection of children", RT_CP, true },
	{ "inspection of services for children in need of help and protection", RT_SIF, false },
	{ "short inspection of", RT_ILACS_SHORT, false },
	/* Every Child Matters kinds beside the three: before ILACS, whose marker the CRA title holds */
	{ "inspection of contact referral and assessment", RT_CRA, false },
	{ "childrens services assessment", RT_CSA, false },
	{ "joint area review progress", RT_JAR_PROGRESS, false },
	{ "focused visit to", RT_FOCUSED_VISIT, true },
	{ "monitoring visit to", RT_MONITORING_VISIT, true },
	{ "monitoring visit of", RT_MONITORING_VISIT, true },
	{ "inspection of childrens social care services", RT_ILACS, false },
	{ "local authority childrens services", RT_ILACS, false },
};

/* Does the block TEXT open with the title of a later framework?  Its type, else RT_UNKNOWN. */
static enum report_type match_later(const char *text)
{
	char norm[512];
	heading_normalize(text, norm, sizeof norm);
	for (size_t k = 0; k < sizeof later_titles / sizeof later_titles[0]; k++) {
		const char *m = strstr(norm, later_titles[k].marker);
		if (!m || (later_titles[k].opens && m != norm) || m - norm > 80)
			continue;
		/* an ILACS title names the authority between "inspection of" and its marker */
		if (later_titles[k].type == RT_ILACS && strncmp(m, "local", 5) == 0 &&
		    !strstr(norm, "inspection of"))
			continue;
		return later_titles[k].type;
	}
	return RT_UNKNOWN;
}

/* The printed full name: the address block's spelling of the title's name, if present. */
static char *full_authority_name(struct parser *ps, const char *raw)
{
	char want[256], got[256];
	heading_normalize(raw, want, sizeof want);
	for (size_t j = 0; j < ps->title_start; j++) {
		if (!ps->line[j] || is_all_caps(ps->line[j]))
			continue;
		heading_normalize(ps->line[j], got, sizeof got);
		if (strcmp(want, got) == 0)
			return str_trim(xstrdup(ps->line[j]));
	}
	return is_all_caps(raw) ? title_case(raw) : xstrdup(raw);
}

/*
 * An inspection of looked after children services, or of arrangements for
 * the protection of children (2012-13): the authority is the title's next line.
 */
static void match_lac_authority(struct parser *ps, size_t i)
{
	for (size_t j = i + 1; j < ps->n && j < i + 6; j++) {
		if (!ps->line[j] || !ps->line[j][0] || str_find_ci(ps->line[j], "services"))
			continue;
		if (!str_find_ci(ps->line[j], "inspection")) {
			ps->authority_raw = str_trim(xstrdup(ps->line[j]));
			ps->title_end = j + 1;
		}
		return;
	}
}

/*
 * An ILACS title names its authority between "Inspection of " and " local
 * authority" ("Inspection of Corrowdale local authority children's
 * services"): taken as printed, so that an authority no list knows (a
 * fictional one) keeps its name too.
 */
static void match_ilacs_authority(struct parser *ps, const char *title)
{
	const char *end = str_find_ci(title, " local authority");
	if (!str_starts_ci(title, "inspection of ") || !end || end - title <= 14 || end - title > 80)
		return;
	ps->authority_raw = str_trim(xstrndup(title + 14, (size_t)(end - title - 14)));
}

/* The report's type and title: the first block in the opening lines that reads as one's title. */
static void read_type(struct parser *ps, size_t limit)
{
	struct report *r = ps->r;
	for (size_t i = 0; i < limit && r->type == RT_UNKNOWN; i++) {
		if (!ps->line[i] || !ps->line[i][0] || (i > 0 && ps->line[i - 1] && ps->line[i - 1][0]))
			continue; /* only the start of each block */
		size_t end;
		char *text = block_text(ps, i, &end);
		ps->title_start = i;
		ps->title_end = end;
		if (match_apa(ps, text))
			r->type = RT_APA;
		else if (match_slac(ps, i, text))
			r->type = RT_SLAC;
		else if (match_jar(ps, i, text))
			r->type = RT_JAR;
		else if ((r->type = match_later(text)) == RT_LAC || r->type == RT_CP)
			match_lac_authority(ps, i);
		else if (r->type == RT_ILACS)
			match_ilacs_authority(ps, text);
		else if (r->type == RT_JAR_PROGRESS)
			area_authority(ps, i);
		if (r->type > RT_SLAC) {
			/* the block may run on into the dates under the title */
			char *cut = (char *)str_find_ci(text, " inspection date");
			if (cut)
				*cut = '\0';
		}
		if (r->type != RT_UNKNOWN)
			r->title = text;
		else
			free(text);
	}
	if (r->type == RT_UNKNOWN) {
		ps->title_start = ps->title_end = 0;
	}
}

/* "Reference no: 123" at P: the DfE code, when it has three digits. */
static void read_reference(struct report *r, const char *p)
{
	while (*p && !isdigit((unsigned char)*p))
		p++;
	size_t nd = 0;
	while (isdigit((unsigned char)p[nd]))
		nd++;
	if (nd == 3)
		r->la_code = xstrndup(p, 3);
}

/*
 * The value of a label that stands alone on line I ("Published:" with the
 * date a few lines below, after other labels' values): the first of the
 * next few non-blank lines for which FOUND succeeds.
 */
static bool value_below(struct parser *ps, size_t i, size_t limit, bool (*found)(struct report *, const char *))
{
	int seen = 0;
	for (size_t j = i + 1; j < limit && seen < 4; j++) {
		if (!ps->line[j] || !ps->line[j][0])
			continue;
		seen++;
		if (found(ps->r, ps->line[j]))
			return true;
	}
	return false;
}

/* A line that is a publication date and little else: recorded as such. */
static bool published_line(struct report *r, const char *l)
{
	int y, m, d;
	const char *end;
	if (strlen(l) > 30 || !find_date(l, &y, &m, &d, &end))
		return false;
	add_date(r, "published", y, m, d);
	return true;
}

/* Dates, the reference number and (above an APA letter's title) the letter date, in the first LIMIT lines. */
static void read_front_matter(struct parser *ps, size_t limit)
{
	struct report *r = ps->r;
	for (size_t i = 0; i < limit; i++) {
		const char *l = ps->line[i];
		if (!l || !*l)
			continue;
		const char *p;
		int y, m, d;
		if ((p = str_find_ci(l, "published:")) && !report_date(r, "published") &&
		    !find_date(p, &y, &m, &d, NULL) && !p[10])
			value_below(ps, i, limit, published_line);
		else if (p && find_date(p, &y, &m, &d, NULL))
			add_date(r, "published", y, m, d);
		/* most lines hold neither "inspection dates:" nor "inspection date:": one look says so */
		p = str_find_ci(l, "inspection date");
		if (p && !(p = str_find_ci(l, "inspection dates:")))
			p = str_find_ci(l, "inspection date:");
		if (p && !read_inspection_dates(r, p) && !report_date(r, "inspection-start"))
			value_below(ps, i, limit, read_inspection_dates);
		if ((p = str_find_ci(l, "reference no")) && !r->la_code)
			read_reference(r, p);
		/* letters: an APA letter and a children's services assessment */
		if ((r->type == RT_APA || r->type == RT_CSA) && i < ps->title_start && !report_date(r, "letter")) {
			const char *end;
			/* a line that is a date and little else */
			if (find_date(l, &y, &m, &d, &end) && strlen(l) < 40)
				add_date(r, "letter", y, m, d);
		}
	}
}

/* The authority's full and short names, and its DfE code from the list when the text gave none. */
static void read_authority(struct parser *ps)
{
	struct report *r = ps->r;
	guess_authority(ps);
	if (!ps->authority_raw || !*ps->authority_raw)
		return;
	r->authority = r->type == RT_APA ? full_authority_name(ps, ps->authority_raw)
		       : is_all_caps(ps->authority_raw) ? title_case(ps->authority_raw)
							  : xstrdup(ps->authority_raw);
	r->authority_short = authority_short_name(r->authority);
	if (!r->la_code) {
		/* the name as printed first: the short form may have lost a word the list keeps */
		const struct authority_ref *a = authority_by_name(r->authority);
		if (!a)
			a = authority_by_name(r->authority_short);
		if (a)
			r->la_code = xstrdup(a->la_code);
	}
}

/* The year users navigate by: of publication, else of the inspection, else of the letter. */
static void navigation_year(struct report *r)
{
	if (r->year)
		return;
	static const char *const order[] = { "published", "inspection-end", "inspection-start", "letter" };
	for (size_t k = 0; k < 4; k++) {
		const char *date = report_date(r, order[k]);
		if (date) {
			r->year = atoi(date);
			break;
		}
	}
}

void parse_header(struct parser *ps)
{
	struct report *r = ps->r;
	size_t limit = ps->n < HEADER_LINES ? ps->n : HEADER_LINES;
	read_type(ps, limit);
	read_front_matter(ps, limit);
	read_authority(ps);
	navigation_year(r);
	ps->body_start = r->type == RT_UNKNOWN ? 0 : ps->title_end;
}

/* report.c: the report model: names of its enums, building and freeing. */
#include "report/report.h"
#include "base/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One row per judgement: the name stored in the index and the label shown. */
static const struct { const char *name, *label; } judgement_names[] = {
	[J_NONE] = { "", "Not judged" },
	[J_OUTSTANDING] = { "outstanding", "Outstanding" },
	[J_GOOD] = { "good", "Good" },
	[J_ADEQUATE] = { "adequate", "Adequate" },
	[J_REQUIRES_IMPROVEMENT] = { "requires-improvement", "Requires improvement" },
	[J_INADEQUATE] = { "inadequate", "Inadequate" },
};
static const char *const scale_names[] = {
	[SCALE_NONE] = "", [SCALE_FOUR_HIGH] = "4-outstanding",
	[SCALE_ONE_HIGH] = "1-outstanding", [SCALE_WORDS] = "words",
};
static const char *const source_names[] = {
	[FROM_NONE] = "", [FROM_HEADING] = "heading", [FROM_GRADE_LINE] = "grade-line",
	[FROM_TABLE] = "table", [FROM_PROSE] = "prose",
};
static const char *const item_kind_names[] = {
	[ITEM_STRENGTH] = "strength", [ITEM_IMPROVEMENT] = "improvement",
	[ITEM_RECOMMENDATION] = "recommendation",
};
static const struct { const char *name, *label; } report_type_names[] = {
	[RT_UNKNOWN] = { "unknown", "Unrecognised report" },
	[RT_APA] = { "apa", "Annual performance assessment" },
	[RT_JAR] = { "jar", "Joint area review" },
	[RT_SLAC] = { "slac", "Safeguarding and looked after children inspection" },
	[RT_LAC] = { "lac", "Inspection of looked after children services" },
	[RT_CP] = { "cp", "Inspection of arrangements for the protection of children" },
	[RT_SIF] = { "sif", "Inspection of services for children in need of help and protection" },
	[RT_ILACS] = { "ilacs", "Inspection of local authority children's services" },
	[RT_ILACS_SHORT] = { "ilacs-short", "Short inspection of local authority children's services" },
	[RT_FOCUSED_VISIT] = { "focused-visit", "Focused visit" },
	[RT_MONITORING_VISIT] = { "monitoring-visit", "Monitoring visit" },
	[RT_CSA] = { "csa", "Children's services assessment" },
	[RT_CRA] = { "cra", "Inspection of contact, referral and assessment arrangements" },
	[RT_JAR_PROGRESS] = { "jar-progress", "Joint area review progress inspection" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int index_of(const char *const *names, size_t n, const char *s)
{
	for (size_t i = 0; s && i < n; i++)
		if (strcmp(names[i], s) == 0)
			return (int)i;
	return 0;
}

const char *judgement_name(enum judgement j) { return judgement_names[j].name; }
const char *judgement_label(enum judgement j) { return judgement_names[j].label; }

enum judgement judgement_from_name(const char *s)
{
	for (size_t i = 0; s && i < COUNT(judgement_names); i++)
		if (strcmp(judgement_names[i].name, s) == 0)
			return (enum judgement)i;
	return J_NONE;
}

const char *scale_name(enum grade_scale s) { return scale_names[s]; }
enum grade_scale scale_from_name(const char *s)
{
	return (enum grade_scale)index_of(scale_names, COUNT(scale_names), s);
}
const char *source_name(enum judgement_source s) { return source_names[s]; }
enum judgement_source source_from_name(const char *s)
{
	return (enum judgement_source)index_of(source_names, COUNT(source_names), s);
}
const char *item_kind_name(enum item_kind k) { return item_kind_names[k]; }
enum item_kind item_kind_from_name(const char *s)
{
	return (enum item_kind)index_of(item_kind_names, COUNT(item_kind_names), s);
}
const char *report_type_name(enum report_type t)
{
	return (unsigned)t < COUNT(report_type_names) ? report_type_names[t].name : "unknown";
}
const char *report_type_label(enum report_type t)
{
	return (unsigned)t < COUNT(report_type_names) ? report_type_names[t].label : report_type_names[0].label;
}
enum report_type report_type_from_name(const char *s)
{
	for (size_t i = 0; s && i < COUNT(report_type_names); i++)
		if (strcmp(report_type_names[i].name, s) == 0)
			return (enum report_type)i;
	return RT_UNKNOWN;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct section *report_add_section(struct report *r, const char *key, const char *scope,
				   const char *heading, int line)
{
	ARRAY_RESERVE(r->sections, r->nsections, r->sections_cap);
	struct section *s = &r->sections[r->nsections++];
	memset(s, 0, sizeof *s);
	s->key = xstrdup(key);
	s->scope = xstrdup(scope ? scope : "all");
	s->heading = xstrdup(heading ? heading : "");
	s->text = xstrdup("");
	s->line = line;
	return s;
}

struct item *section_add_item(struct section *s, enum item_kind kind, const char *text,
			      const char *timeframe, const char *actor)
{
	ARRAY_RESERVE(s->items, s->nitems, s->items_cap);
	struct item *it = &s->items[s->nitems++];
	it->kind = kind;
	it->text = xstrdup(text);
	it->timeframe = dup_or_null(timeframe);
	it->actor = dup_or_null(actor);
	it->paragraph = 0;
	it->page = 0;
	return it;
}

void report_add_date(struct report *r, const char *kind, const char *iso)
{
	if (report_date(r, kind))
		return;
	ARRAY_RESERVE(r->dates, r->ndates, r->dates_cap);
	r->dates[r->ndates].kind = xstrdup(kind);
	r->dates[r->ndates].iso = xstrdup(iso);
	r->ndates++;
}

const char *report_date(const struct report *r, const char *kind)
{
	for (size_t i = 0; i < r->ndates; i++)
		if (strcmp(r->dates[i].kind, kind) == 0)
			return r->dates[i].iso;
	return NULL;
}

const char *report_main_date(const struct report *r)
{
	static const char *const order[] = { "published", "letter", "inspection-end", "inspection-start" };
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		const char *d = report_date(r, order[i]);
		if (d)
			return d;
	}
	return NULL;
}

void report_warn(struct report *r, int line, const char *fmt, ...)
{
	struct strbuf b = {0};
	if (line > 0)
		sb_addf(&b, "line %d: ", line);
	va_list ap;
	va_start(ap, fmt);
	char tmp[512];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	sb_adds(&b, tmp);
	ARRAY_RESERVE(r->warnings, r->nwarnings, r->warnings_cap);
	r->warnings[r->nwarnings++] = sb_take(&b);
}

struct section *report_find_section(const struct report *r, const char *key, const char *scope)
{
	for (size_t i = 0; i < r->nsections; i++)
		if (strcmp(r->sections[i].key, key) == 0 &&
		    (!scope || strcmp(r->sections[i].scope, scope) == 0))
			return &r->sections[i];
	return NULL;
}

static void section_free(struct section *s)
{
	for (size_t i = 0; i < s->nitems; i++) {
		free(s->items[i].text);
		free(s->items[i].timeframe);
		free(s->items[i].actor);
	}
	free(s->items);
	free(s->key);
	free(s->scope);
	free(s->heading);
	free(s->grade_raw);
	free(s->text);
	free(s->para_num);
	free(s->para_page);
}

int section_para_num(const struct section *s, size_t i)
{
	return s->para_num && i < s->nparas ? s->para_num[i] : 0;
}

int section_para_page(const struct section *s, size_t i)
{
	return s->para_page && i < s->nparas ? s->para_page[i] : 0;
}

/* A copy of the N ints at V, or N zeros when V is NULL; NULL when N is 0. */
static int *copy_ints(const int *v, size_t n)
{
	if (!n)
		return NULL;
	int *c = xcalloc(n, sizeof *c);
	if (v)
		memcpy(c, v, n * sizeof *c);
	return c;
}

void section_set_citations(struct section *s, const int *num, const int *page, size_t nparas)
{
	free(s->para_num);
	free(s->para_page);
	s->para_num = copy_ints(num, nparas);
	s->para_page = copy_ints(page, nparas);
	s->nparas = nparas;
}

void report_free(struct report *r)
{
	for (size_t i = 0; i < r->nsections; i++)
		section_free(&r->sections[i]);
	free(r->sections);
	for (size_t i = 0; i < r->ndates; i++) {
		free(r->dates[i].kind);
		free(r->dates[i].iso);
	}
	free(r->dates);
	for (size_t i = 0; i < r->nwarnings; i++)
		free(r->warnings[i]);
	free(r->warnings);
	free(r->authority);
	free(r->authority_short);
	free(r->la_code);
	free(r->title);
	free(r->source);
	memset(r, 0, sizeof *r);
}

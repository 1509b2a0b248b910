/*
 * gen-reports.c: writes invented inspection reports for the sample index,
 * the tests and the benchmarks.
 *
 *   gen-reports -o DIR [--expect DIR] [--seed N]
 *       reports about six fictional authorities: APA letters 2006-2008, one
 *       joint area review and one safeguarding and looked after children
 *       inspection each, then one inspection of looked after children
 *       services (2012-13), one SIF (2014-17) and one ILACS (2018-19); and Fenmarsh's inspection of
 *       arrangements for the protection of children (2012).  --expect also writes NAME.expect, the facts the
 *       generator put into NAME.txt (tests/unit/test_fixtures.c checks them).
 *   gen-reports --national [--scale N] -o DIR [--expect DIR] [--seed N]
 *       every authority of the authorities table x every report type and
 *       year of 2005-2012, with long sections: a benchmark corpus.  --scale
 *       writes N copies with other seeds (file names end in -sK).
 *
 * Everything comes from phrase tables and a seeded xorshift generator: the
 * same arguments give the same bytes.  The text is invented; it imitates
 * only the layout of the real reports, including the debris of PDF
 * extraction the parser must survive (FORMATS.md).
 */
#include "parse/authorities.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- memory and a growing byte buffer ----------------------------------- */

/* malloc/realloc that never return NULL (exit on exhaustion). */
static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q) {
		fprintf(stderr, "gen-reports: out of memory\n");
		exit(1);
	}
	return q;
}

struct buf {
	char *s;
	size_t len, cap;
};

/* Append N bytes of S to B; B stays NUL-terminated. */
static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Append the string S to B. */
static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* Append printf-formatted text to B. */
static void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_printf(struct buf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_add(b, tmp, n < (int)sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* A malloc'd printf-formatted string. */
static char *str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *str_printf(const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	char *s = xrealloc(NULL, strlen(tmp) + 1);
	strcpy(s, tmp);
	return s;
}

/* ---- the pseudo-random generator ----------------------------------------- */

struct rng {
	uint64_t s;
};

/* Seed R from a text (FNV-1a) and a number; never leaves the state zero. */
static void rng_seed(struct rng *r, const char *text, unsigned long seed)
{
	uint64_t h = 1469598103934665603ull ^ (seed * 0x9E3779B97F4A7C15ull);
	for (const char *p = text; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ull;
	r->s = h ? h : 1;
}

/* The next 64 random bits (xorshift64*). */
static uint64_t rng_next(struct rng *r)
{
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 2685821657736338717ull;
}

/* A number in [0, N); N must be at least 1. */
static unsigned rng_below(struct rng *r, unsigned n)
{
	return (unsigned)((rng_next(r) >> 33) % n);
}

/* True with probability PERCENT/100. */
static bool rng_chance(struct rng *r, unsigned percent)
{
	return rng_below(r, 100) < percent;
}

#define PICK(r, table) ((table)[rng_below((r), (unsigned)N_OF(table))])

/* ---- phrase tables -------------------------------------------------------- */

/* The topics sections talk about; each indexes the object and item tables. */
enum topic { TP_HEALTH, TP_SAFE, TP_ACHIEVE, TP_CONTRIB, TP_ECON, TP_MANAGE, TP_CARE, TP_LDD, TP_COUNT };

/* Who does things, and whether the verb after them is singular. */
static const struct {
	const char *text;
	bool singular;
} subjects[] = {
	{ "The council and its partners", false }, { "Schools and health services", false },
	{ "The local safeguarding children board", true }, { "Health visitors and school nurses", false },
	{ "The youth offending team", true }, { "Children's centres", false },
	{ "Managers across the partnership", false }, { "Front-line staff", false },
	{ "The children's trust board", true }, { "Elected members", false },
	{ "Voluntary sector partners", false }, { "Social workers and their managers", false },
	{ "Family support workers", false }, { "The education welfare service", true },
	{ "Headteachers", false }, { "The primary care trust", true }, { "Youth workers", false },
	{ "Locality teams", false }, { "The connexions service", true }, { "Independent reviewing officers", false },
};

/* What they do: the plural form, then the singular. */
static const char *const verbs[][2] = {
	{ "have strengthened", "has strengthened" }, { "continue to develop", "continues to develop" },
	{ "now coordinate", "now coordinates" }, { "have reviewed", "has reviewed" },
	{ "are extending", "is extending" }, { "monitor closely", "monitors closely" },
	{ "have invested in", "has invested in" }, { "give high priority to", "gives high priority to" },
	{ "have widened", "has widened" }, { "are reshaping", "is reshaping" },
	{ "keep a careful watch on", "keeps a careful watch on" }, { "have redesigned", "has redesigned" },
	{ "share responsibility for", "shares responsibility for" }, { "have simplified", "has simplified" },
	{ "are consolidating", "is consolidating" }, { "have begun to evaluate", "has begun to evaluate" },
};

static const char *const objects[TP_COUNT][10] = {
	[TP_HEALTH] = { "the range of sexual health clinics for teenagers", "support for breastfeeding mothers",
		"the take-up of childhood immunisations", "access to child and adolescent mental health support",
		"school meals and the promotion of healthy eating", "the provision of physical activity after school",
		"advice on drugs and alcohol for young people", "the dental health of children under five",
		"the health assessments of children in care", "the work of the healthy schools programme" },
	[TP_SAFE] = { "the handling of referrals to children's social care", "the timeliness of initial assessments",
		"the quality of child protection plans", "arrangements for children missing from education",
		"the vetting of staff who work with children", "the response to domestic violence in families",
		"anti-bullying work in primary and secondary schools", "road safety education in the most deprived wards",
		"the identification of privately fostered children", "joint visits by police and social workers" },
	[TP_ACHIEVE] = { "the attainment of pupils at the end of each key stage", "attendance in secondary schools",
		"the quality of early years settings", "the tracking of pupils at risk of exclusion",
		"support for schools causing concern", "the range of holiday and weekend activities",
		"the education of pupils from minority ethnic groups", "provision for pupils educated otherwise than at school",
		"the use of data to challenge underperforming schools", "library and cultural services for families" },
	[TP_CONTRIB] = { "the youth council and its links with elected members", "consultation with young people about services",
		"volunteering opportunities for teenagers", "work to reduce first-time entrants to the youth justice system",
		"support for young carers", "restorative approaches in schools and neighbourhoods",
		"the involvement of children in care in planning", "peer mentoring schemes in secondary schools",
		"the school councils network", "celebrations of young people's achievements" },
	[TP_ECON] = { "the range of vocational courses for fourteen to nineteen year olds", "apprenticeships with local employers",
		"advice and guidance on careers", "the number of young people not in education, employment or training",
		"childcare places for working parents", "supported housing for young people leaving care",
		"transport to colleges in rural areas", "the collaboration between schools and the further education college",
		"financial support for students from low income families", "the regeneration programme for the town centre" },
	[TP_MANAGE] = { "the children and young people's plan", "the commissioning of services from the voluntary sector",
		"performance management across the partnership", "the recruitment and retention of social workers",
		"the budget for children's services", "workforce development and training",
		"the quality assurance of casework", "the use of information about local needs",
		"the joint planning of services with health partners", "the arrangements for scrutiny by elected members" },
	[TP_CARE] = { "the stability of placements for children in care", "the recruitment of foster carers",
		"the timeliness of statutory reviews", "the personal education plans of children in care",
		"support for care leavers into adult life", "contact between children in care and their families",
		"the use of residential placements outside the area", "the work of the virtual school",
		"the health of children placed with relatives", "the participation of children in care in their reviews" },
	[TP_LDD] = { "the early identification of children with complex needs", "short breaks for disabled children and their families",
		"the transition of disabled young people to adult services", "the inclusion of pupils with statements in mainstream schools",
		"speech and language therapy", "multi-agency assessment of children with autism",
		"the training of staff in special schools", "the key worker scheme for families",
		"the accessibility of leisure services", "the support given to parents by the partnership service" },
};

static const char *const tails[] = {
	".", " across most parts of the area.", ", although progress varies between localities.",
	", and the impact is beginning to show in the data.", " in line with the priorities of the plan.",
	", with the active support of parents and carers.", " so that fewer families fall through the gaps.",
	", drawing on the views of children and young people.", " as part of a wider programme of change.",
	", and staff speak positively about the changes.",
};

/* Sentences that open a paragraph without stating any judgement. */
static const char *const openers[] = {
	"Since the last assessment the pace of change has quickened.", "Much has happened in the past year.",
	"The picture across the area is a mixed one.", "Partners share a clear understanding of local needs.",
	"Inspectors examined a range of case files and met staff at every level.",
	"Local data show steady movement in the right direction.", "Some longstanding difficulties remain.",
	"Young people told inspectors what mattered most to them.",
};

/* Areas for development and recommendations: one imperative sentence each. */
static const char *const actions[TP_COUNT][8] = {
	[TP_HEALTH] = { "Reduce the waiting time for child and adolescent mental health services.",
		"Increase the proportion of mothers who continue breastfeeding.",
		"Improve the take-up of immunisations among children under two.",
		"Extend sexual health advice to young people outside school.",
		"Ensure every child in care receives an annual health assessment.",
		"Raise the number of schools achieving healthy schools status.",
		"Develop services for young people who misuse drugs or alcohol.",
		"Tackle the rising rate of obesity among primary pupils." },
	[TP_SAFE] = { "Ensure initial assessments are completed within the required timescales.",
		"Strengthen the recording of decisions at child protection conferences.",
		"Identify and support privately fostered children.",
		"Reduce the number of children who are subject to a second protection plan.",
		"Improve the consistency of thresholds applied by partner agencies.",
		"Ensure all staff in schools have up to date safeguarding training.",
		"Review the arrangements for children who go missing from home.",
		"Secure sufficient social work capacity in the duty team." },
	[TP_ACHIEVE] = { "Raise attainment at the end of key stage two in mathematics.",
		"Reduce persistent absence in secondary schools.",
		"Improve the attainment of children in care.",
		"Narrow the gap between boys and girls in early years outcomes.",
		"Reduce the number of fixed term exclusions.",
		"Challenge schools where progress has stalled.",
		"Increase the number of good places in early years settings.",
		"Improve the achievement of pupils with English as an additional language." },
	[TP_CONTRIB] = { "Reduce the number of young people entering the youth justice system.",
		"Involve young people more fully in the evaluation of services.",
		"Extend support for young carers to the rural districts.",
		"Increase the participation of children in care in their reviews.",
		"Improve the feedback given to young people after consultation.",
		"Reduce reoffending by young people on supervision orders.",
		"Promote volunteering among young people from minority groups.",
		"Develop the role of the youth council in scrutiny." },
	[TP_ECON] = { "Reduce the proportion of young people not in education, employment or training.",
		"Increase the range of work-based learning for young people.",
		"Improve the quality of careers advice in schools.",
		"Secure suitable accommodation for all care leavers.",
		"Extend affordable childcare in the areas of greatest need.",
		"Raise the proportion of young people qualified to level two by nineteen.",
		"Improve transport to post-sixteen provision in rural areas.",
		"Increase the number of apprenticeships offered by the council." },
	[TP_MANAGE] = { "Improve the use of performance information by managers.",
		"Ensure that plans have clear targets and timescales.",
		"Strengthen the quality assurance of casework.",
		"Reduce the reliance on agency social workers.",
		"Complete the workforce strategy for children's services.",
		"Evaluate the impact of commissioned services.",
		"Secure a balanced medium term budget for children's services.",
		"Establish consistent supervision across all teams." },
	[TP_CARE] = { "Improve the stability of placements for children in care.",
		"Increase the number of local foster carers.",
		"Ensure every child in care has an up to date care plan.",
		"Reduce the use of placements far from home.",
		"Ensure that pathway plans are completed for all care leavers.",
		"Improve the timeliness of statutory reviews.",
		"Ensure that personal education plans set clear targets.",
		"Review the caseloads of independent reviewing officers." },
	[TP_LDD] = { "Reduce the waiting time for speech and language therapy.",
		"Extend short break provision for disabled children.",
		"Improve transition planning for disabled young people.",
		"Ensure that parents receive clear information about services.",
		"Develop a shared assessment for children with complex needs.",
		"Increase the capacity of specialist provision for autism.",
		"Review the accessibility of leisure facilities.",
		"Improve the training of staff in mainstream schools." },
};

/*
 * The same areas for development worded another way, as a later report
 * words what an earlier one asked for: a report of an odd year prints the
 * first three of each topic this way (NULL: no other wording), so the
 * samples hold repeats across years in different words for the items
 * list to find (the .expect line says which action it rewords).
 */
static const char *const reworded[TP_COUNT][8] = {
	[TP_HEALTH] = { "Reduce how long children wait for child and adolescent mental health services.",
		"Increase the proportion of mothers who keep breastfeeding.",
		"Improve immunisation take-up for children under two." },
	[TP_SAFE] = { "Ensure that initial assessments are completed within timescales.",
		"Strengthen how child protection conferences record their decisions.",
		"Identify privately fostered children and support them." },
	[TP_ACHIEVE] = { "Raise attainment in mathematics at key stage two.",
		"Reduce the persistent absence of pupils in secondary schools.",
		"Improve attainment for children in care." },
	[TP_CONTRIB] = { "Reduce the number of young people who enter the youth justice system.",
		"Involve young people fully when services are evaluated.",
		"Extend young carers' support into rural districts." },
	[TP_ECON] = { "Reduce the number of young people not in education, employment or training.",
		"Increase work-based learning for young people.",
		"Improve careers advice in schools." },
	[TP_MANAGE] = { "Improve how managers use performance information.",
		"Ensure plans set clear targets and timescales.",
		"Strengthen the quality assurance of social care casework." },
	[TP_CARE] = { "Improve placement stability for children in care.",
		"Increase the number of foster carers in the area.",
		"Ensure each child in care has an up-to-date care plan." },
	[TP_LDD] = { "Reduce waiting times for speech and language therapy.",
		"Extend short breaks for disabled children.",
		"Improve transition plans for disabled young people." },
};

/* Strengths: one noun phrase each. */
static const char *const strengths[TP_COUNT][6] = {
	[TP_HEALTH] = { "Effective joint work between health visitors and children's centres.",
		"A well established programme to promote healthy eating.", "Prompt access to sexual health services.",
		"Strong support for teenage parents.", "Comprehensive health assessments for children in care.",
		"Rapid growth in school sport." },
	[TP_SAFE] = { "A well led local safeguarding children board.", "Clear thresholds understood by all agencies.",
		"Timely responses to referrals.", "Robust arrangements for vetting staff.",
		"Effective work with families affected by domestic violence.", "A stable and experienced social work team." },
	[TP_ACHIEVE] = { "Rising standards in primary schools.", "Effective support for schools causing concern.",
		"High attendance in primary schools.", "Rich holiday activities for vulnerable children.",
		"Strong early years provision.", "Good use of data to target support." },
	[TP_CONTRIB] = { "An active youth council.", "Wide consultation with young people.",
		"A sharp fall in first-time entrants to the youth justice system.", "Well supported young carers.",
		"Strong participation by children in care.", "Many volunteering opportunities." },
	[TP_ECON] = { "A broad vocational offer at fourteen to nineteen.", "Effective partnership with employers.",
		"Falling numbers of young people not in education, employment or training.",
		"Sufficient childcare for working families.", "Suitable housing for care leavers.",
		"Close links between schools and the college." },
	[TP_MANAGE] = { "Clear and ambitious leadership.", "Effective partnership working.",
		"A sound financial position.", "Well targeted commissioning.", "Robust performance management.",
		"A stable senior management team." },
	[TP_CARE] = { "Stable placements for most children in care.", "A strong corporate parenting panel.",
		"Effective support from the virtual school.", "Timely statutory reviews.",
		"Good support for care leavers.", "Committed foster carers." },
	[TP_LDD] = { "Early identification of complex needs.", "A good range of short breaks.",
		"Effective multi-agency assessment.", "Inclusive mainstream schools.",
		"Well planned transition to adult services.", "Strong involvement of parents." },
};

static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December",
};

static const char *const person_first[] = { "Helen", "David", "Margaret", "Peter", "Anne", "Robert", "Susan", "Ian" };
static const char *const person_last[] = { "Thornbury", "Ashdown", "Pellow", "Garside", "Whitlock", "Ormerod", "Fairbairn", "Kettle" };

/* ---- judgements on the three scales ---------------------------------------- */

/* Judgement levels: 0 outstanding, 1 good, 2 adequate, 3 inadequate. */
static const char *const level_name[] = { "outstanding", "good", "adequate", "inadequate" };
static const char *const level_label[] = { "Outstanding", "Good", "Adequate", "Inadequate" };
/* Words the APA letters use for a judgement in prose. */
static const char *const apa_word[][2] = { { "outstanding", "excellent" }, { "good", "good" },
	{ "adequate", "satisfactory" }, { "inadequate", "inadequate" } };

/* ---- documents: blocks laid out later -------------------------------------- */

enum block_kind {
	B_LINE,   /* one line as given (headings, grade lines, table rows, letterhead) */
	B_PARA,   /* a paragraph: hard-wrapped when the layout wraps; may straddle pages */
	B_ITEM,   /* a bulleted list item */
	B_PLAIN,  /* a list item with no bullet */
};

struct block {
	enum block_kind kind;
	char *text;
	bool tight;      /* no blank line after it */
	bool keep_next;  /* never the last block on a page */
};

struct doc {
	struct block *v;
	size_t n;
};

/* Append a block of KIND holding a copy of TEXT. */
static struct block *doc_add(struct doc *d, enum block_kind kind, const char *text)
{
	d->v = xrealloc(d->v, (d->n + 1) * sizeof *d->v);
	struct block *b = &d->v[d->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->text = str_printf("%s", text);
	return b;
}

/* Free every block of D. */
static void doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].text);
	free(d->v);
	d->v = NULL;
	d->n = 0;
}

/* How a document is turned into bytes: the extraction debris it carries. */
struct layout {
	int wrap;             /* hard-wrap paragraphs and items at this column; 0: one line each */
	const char *bullet;   /* "- ", "\u2022 " or the private-use glyph U+F0A7 */
	bool paged;           /* form feeds, a running header and "Page N" footers */
	const char *header;   /* the running header line */
	bool crlf, bom;
};

/* ---- generation state and facts ------------------------------------------- */

/* Who a report is about. */
struct who {
	const char *slug;      /* file name stem: "ashcombe" */
	const char *full;      /* "Ashcombe Borough Council" */
	const char *shortname; /* "Ashcombe" */
	const char *code;      /* DfE-style code for the JAR's reference number */
	const char *street, *town, *postcode;
	bool listed;           /* the name is in the authorities table (the parser finds its code) */
	int base;              /* typical judgement level, 0 outstanding .. 3 inadequate */
	int jar_year, slac_year;
};

struct gen {
	struct rng r;
	const struct who *who;
	int year;
	int detail;            /* paragraphs per section */
	int para_no;           /* the next printed paragraph number */
	bool displaced;        /* a paragraph number has been displaced into a sentence */
	bool dash_numbers;     /* numbered paragraphs start "- 12. " (one extraction tool's habit) */
	bool run_together;     /* two list items have been run together on one line */
	struct doc d;
	struct buf facts;      /* the .expect lines */
};

/* Record one fact line for the .expect file. */
static void fact(struct gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fact(struct gen *g, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_puts(&g->facts, tmp);
	buf_puts(&g->facts, "\n");
}

/*
 * The facts naming the report: type, authority as printed, short name, code
 * and year.  A short name holding a council word ("Bedford Borough", "City
 * of London": national mode only) is shortened further by the parser, so
 * its short name and code are not stated.
 */
static void identity_facts(struct gen *g, const char *type, const char *printed)
{
	static const char *const council_words[] = { "Borough", "City", "County", "Council" };
	bool plain = true;
	for (size_t i = 0; i < N_OF(council_words); i++)
		plain = plain && !strstr(g->who->shortname, council_words[i]);
	fact(g, "type %s", type);
	fact(g, "authority %s", printed);
	if (plain) {
		fact(g, "short %s", g->who->shortname);
		fact(g, "la_code %s", g->who->listed || strcmp(type, "jar") == 0 ? g->who->code : "-");
	}
	fact(g, "year %d", g->year);
}

/* A judgement level for one section: the authority's base, moved a little. */
static int pick_level(struct gen *g)
{
	static const int moves[] = { -1, 0, 0, 0, 1 };
	int l = g->who->base + PICK(&g->r, moves);
	return l < 0 ? 0 : l > 3 ? 3 : l;
}

/* Add a line block (heading, grade line, table row). */
static struct block *line(struct gen *g, const char *text)
{
	return doc_add(&g->d, B_LINE, text);
}

/* Add a line block holding printf-formatted text. */
static struct block *linef(struct gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static struct block *linef(struct gen *g, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	return line(g, tmp);
}

/* Add a heading that keeps with what follows it. */
static struct block *heading(struct gen *g, const char *text)
{
	struct block *b = line(g, text);
	b->keep_next = true;
	return b;
}

/* One invented sentence about topic T, with no judgement word in it. */
static void sentence(struct gen *g, enum topic t, struct buf *out)
{
	/* one draw per statement: the order of a call's arguments is unspecified */
	unsigned who = rng_below(&g->r, N_OF(subjects));
	const char *verb = verbs[rng_below(&g->r, N_OF(verbs))][subjects[who].singular];
	const char *object = objects[t][rng_below(&g->r, 10)];
	const char *tail = PICK(&g->r, tails);
	buf_printf(out, "%s %s %s%s", subjects[who].text, verb, object, tail);
}

/* A paragraph of 3-5 sentences about T after LEAD (may be NULL); numbered when NUMBERED. */
static void paragraph(struct gen *g, enum topic t, const char *lead, bool numbered)
{
	struct buf p = {0};
	/*
	 * A numbered paragraph never opens with a stock opener: the parser drops
	 * lines that recur three times with different numbers as running headers.
	 */
	if (numbered)
		buf_printf(&p, "%s%d. ", g->dash_numbers ? "- " : "", g->para_no++);
	if (lead)
		buf_puts(&p, lead);
	else if (numbered)
		sentence(g, t, &p);
	else
		buf_puts(&p, PICK(&g->r, openers));
	for (unsigned i = 0, n = 2 + rng_below(&g->r, 3); i < n; i++) {
		buf_puts(&p, " ");
		sentence(g, t, &p);
	}
	doc_add(&g->d, B_PARA, p.s);
	free(p.s);
}

/* The section's usual paragraphs: DETAIL of them, the first after LEAD. */
static void paragraphs(struct gen *g, enum topic t, const char *lead, bool numbered)
{
	paragraph(g, t, lead, numbered);
	for (int i = 1; i < g->detail; i++)
		paragraph(g, t, NULL, numbered);
}

/* Choose N distinct indexes below LIMIT into OUT (N <= LIMIT <= 16). */
static void pick_distinct(struct gen *g, unsigned limit, unsigned n, unsigned *out)
{
	unsigned pool[16];
	for (unsigned i = 0; i < limit; i++)
		pool[i] = i;
	for (unsigned i = 0; i < n; i++) {
		unsigned j = i + rng_below(&g->r, limit - i);
		unsigned tmp = pool[i];
		pool[i] = pool[j];
		pool[j] = tmp;
		out[i] = pool[i];
	}
}

/* Lower-case the first letter of a copy of S (recommendations run on from "should:"). */
static char *lower_first(const char *s)
{
	char *c = str_printf("%s", s);
	c[0] = (char)tolower((unsigned char)c[0]);
	return c;
}

/* Area for development I about T as G's report prints it: reworded in odd years where it can be. */
static const char *action_text(const struct gen *g, enum topic t, unsigned i)
{
	return g->year % 2 == 1 && reworded[t][i] ? reworded[t][i] : actions[t][i];
}

/* The .expect option saying which action a reworded item stands for ("" when it is printed as it is). */
static char *rewords_fact(const struct gen *g, enum topic t, unsigned i)
{
	return action_text(g, t, i) == actions[t][i] ? str_printf("%s", "") : str_printf(" | rewords=%s", actions[t][i]);
}

/* Record the fact FMT ("item %s all improvement %s%s") for action I of T in section KEY, as printed. */
static void fact_action(struct gen *g, const char *fmt, const char *key, enum topic t, unsigned i)
	__attribute__((format(printf, 2, 0)));
static void fact_action(struct gen *g, const char *fmt, const char *key, enum topic t, unsigned i)
{
	char *rw = rewords_fact(g, t, i);
	fact(g, fmt, key, action_text(g, t, i), rw);
	free(rw);
}

/* ---- the three report types ----------------------------------------------- */

struct outcome {
	const char *key;
	const char *apa_heading, *slac_heading;
	enum topic topic;
};

static const struct outcome outcomes[] = {
	{ "being-healthy", "Being healthy", "Being healthy", TP_HEALTH },
	{ "staying-safe", "Staying safe", "Staying safe", TP_SAFE },
	{ "enjoying-achieving", "Enjoying and achieving", "Enjoying and achieving", TP_ACHIEVE },
	{ "positive-contribution", "Making a positive contribution",
	  "Making a positive contribution, including user engagement", TP_CONTRIB },
	{ "economic-wellbeing", "Achieving economic well-being", "Economic well-being", TP_ECON },
};

/* How an APA letter states a section's grade (GS_TABLE: only in the summary table). */
enum grade_style { GS_LINE, GS_FUSED, GS_PROSE, GS_TABLE };

/* Sentences stating an APA judgement in prose; %s is the judgement word. */
static const char *const apa_prose[] = {
	"Taken together, the council's contribution to this outcome is %s.",
	"Overall, provision for children and young people in this area is %s.",
	"The impact of local services on this outcome for children and families is %s.",
};

/* Does ACTION open with a verb that lists of actions commonly start with (so a reader can split two run together)? */
static bool opens_with_common_verb(const char *action)
{
	static const char *const common[] = { "Reduce ", "Improve ", "Increase ", "Ensure ", "Develop ", "Extend ", "Review " };
	for (size_t i = 0; i < N_OF(common); i++)
		if (strncmp(action, common[i], strlen(common[i])) == 0)
			return true;
	return false;
}

/* An "Areas for development" list of up to 3 items about T under the current section. */
static void apa_areas(struct gen *g, const char *key, enum topic t)
{
	unsigned n = rng_below(&g->r, 4), pick[3];
	fact(g, "items %s all improvement %u", key, n);
	if (!n)
		return;
	static const char *const titles[] = { "Areas for development", "Area for development", "Area(s) for development" };
	heading(g, n == 1 ? titles[1 + rng_below(&g->r, 2)] : titles[0]);
	pick_distinct(g, 8, n, pick);
	bool plain = n == 1 && rng_chance(&g->r, 50);
	for (unsigned i = 0; i < n; i++)
		fact_action(g, "item %s all improvement %s%s", key, t, pick[i]);
	for (unsigned i = 0; i < n; i++) {
		struct block *b;
		if (i + 1 < n && !g->run_together && opens_with_common_verb(action_text(g, t, pick[i + 1]))) {
			/* two items run together on one line, once a letter */
			g->run_together = true;
			char *two = str_printf("%s %s", action_text(g, t, pick[i]), action_text(g, t, pick[i + 1]));
			b = doc_add(&g->d, B_ITEM, two);
			free(two);
			i++;
		} else {
			b = doc_add(&g->d, plain ? B_PLAIN : B_ITEM, action_text(g, t, pick[i]));
		}
		b->tight = i + 1 < n;
	}
}

/* An APA section judged LEVEL: heading, the grade stated in STYLE, paragraphs about T. */
static void apa_section(struct gen *g, const char *key, const char *title, enum topic t, enum grade_style style,
			int level)
{
	const char *word = apa_word[level][rng_below(&g->r, 2)];
	fact(g, "section %s all %s", key, level_name[level]);
	/* the 2006 letters come from a converter that kept bold as markdown */
	const char *bold = g->year == 2006 ? "**" : "";
	char *h = style == GS_FUSED ? str_printf("%s Grade %d", title, 4 - level) : str_printf("%s%s%s", bold, title, bold);
	heading(g, h);
	free(h);
	if (style == GS_LINE) {
		linef(g, "Grade %d", 4 - level)->keep_next = true;
	}
	char *lead = NULL;
	if (style == GS_PROSE) {
		char *s = str_printf(PICK(&g->r, apa_prose), word);
		/* sometimes a paragraph number lands inside the sentence, as extraction leaves it */
		if (!g->displaced && rng_chance(&g->r, 30)) {
			g->displaced = true;
			char *w = strstr(s, word);
			lead = str_printf("%.*s%d. %s", (int)(w - s), s, 10 + (int)rng_below(&g->r, 80), w);
			free(s);
		} else {
			lead = s;
		}
	}
	paragraphs(g, t, lead, false);
	free(lead);
}

/* A date as printed: "14 November 2007". Returns a malloc'd string; *ISO gets YYYY-MM-DD. */
static char *date_text(int y, int m, int d, char iso[32])
{
	snprintf(iso, 32, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return str_printf("%d %s %d", d, month_names[m - 1], y);
}

/* A random date in year Y, month FIRST_MONTH + [0, MONTHS), day 1-28: as date_text(). */
static char *random_date(struct gen *g, int y, int first_month, int months, char iso[32])
{
	int m = first_month + (int)rng_below(&g->r, (unsigned)months);
	int d = 1 + (int)rng_below(&g->r, 28);
	return date_text(y, m, d, iso);
}

/* A random person's name, "Helen Ashdown"; malloc'd. */
static char *random_person(struct gen *g)
{
	const char *first = PICK(&g->r, person_first);
	const char *last = PICK(&g->r, person_last);
	return str_printf("%s %s", first, last);
}

/* Upper-case copy of S. */
static char *upper(const char *s)
{
	char *c = str_printf("%s", s);
	for (char *p = c; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return c;
}

/* The letter's opening: date, address block, salutation and title. */
static void apa_letterhead(struct gen *g)
{
	char iso[32];
	char *date = random_date(g, g->year, 10, 3, iso);
	fact(g, "date letter %s", iso);
	line(g, date);
	free(date);
	const char *first = PICK(&g->r, person_first), *last = PICK(&g->r, person_last);
	char *name = str_printf("%s %s", first, last);
	const char *const address[] = { name, "Director of Children's Services", g->who->full, g->who->street,
		g->who->town, g->who->postcode };
	for (size_t i = 0; i < N_OF(address); i++)
		line(g, address[i])->tight = i + 1 < N_OF(address);
	linef(g, "Dear %s %s", rng_chance(&g->r, 50) ? "Mr" : "Ms", last);
	free(name);
	char *who = upper(g->who->full);
	linef(g, "%d ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND YOUNG PEOPLE IN %s", g->year, who);
	free(who);
}

/* The letter's close: a signature block after "Yours sincerely". */
static void apa_signature(struct gen *g)
{
	line(g, "Yours sincerely");
	char *name = random_person(g);
	line(g, name)->tight = true;
	line(g, "Divisional Manager, Children's Services Assessment");
	free(name);
}

/* An annual performance assessment letter of G->year. */
static void gen_apa(struct gen *g)
{
	static const char *const capacity_titles[] = {
		"Capacity to improve, including the management of services for children and young people",
		"The management of children's services", "Capacity to improve",
	};
	identity_facts(g, "apa", g->who->full);
	apa_letterhead(g);
	paragraph(g, TP_MANAGE, "This letter summarises the findings of this year's assessment of services for children and young people.", false);
	enum grade_style style = rng_chance(&g->r, 50) ? GS_LINE : GS_FUSED;
	apa_section(g, "overall", "Overall effectiveness of children's services", TP_MANAGE, style, pick_level(g));
	for (size_t i = 0; i < N_OF(outcomes); i++) {
		style = (enum grade_style)rng_below(&g->r, 3);
		apa_section(g, outcomes[i].key, outcomes[i].apa_heading, outcomes[i].topic, style, pick_level(g));
		apa_areas(g, outcomes[i].key, outcomes[i].topic);
	}
	const char *capacity_title = PICK(&g->r, capacity_titles);
	style = rng_chance(&g->r, 50) ? GS_LINE : GS_FUSED;
	apa_section(g, "capacity", capacity_title, TP_MANAGE, style, pick_level(g));
	apa_areas(g, "capacity", TP_MANAGE);
	apa_signature(g);
}

/* The older letters' summary of grades, before the sections, with a footnote on the scale. */
static void apa_grades_table(struct gen *g, int overall, int capacity)
{
	line(g, "Areas for judgement\tGrade awarded\xC2\xB9")->tight = true;
	linef(g, "Overall effectiveness of the council's services for young people\t%d", 4 - overall)->tight = true;
	linef(g, "The council's capacity to improve its services further\t%d", 4 - capacity);
	line(g, "1");
	line(g, "Grades run from 4 excellent through 3 good and 2 adequate to 1 inadequate.");
}

/* One row of a "Key strengths | Areas for development" table: HTML cells for KEY labelled LABEL. */
static void apa_strengths_row(struct gen *g, const char *key, const char *label, enum topic t)
{
	unsigned ns = 1 + rng_below(&g->r, 3), nw = rng_below(&g->r, 3), ps[3], pw[2];
	pick_distinct(g, 6, ns, ps);
	pick_distinct(g, 8, nw, pw);
	struct buf row = {0};
	buf_printf(&row, "<p><i>%s</i></p><ul>", label);
	for (unsigned i = 0; i < ns; i++) {
		buf_printf(&row, "<li>%s</li>", strengths[t][ps[i]]);
		fact(g, "item %s all strength %s", key, strengths[t][ps[i]]);
	}
	buf_printf(&row, "</ul>\t<p><i>%s</i></p>", label);
	if (nw)
		buf_puts(&row, "<ul>");
	for (unsigned i = 0; i < nw; i++) {
		buf_printf(&row, "<li>%s</li>", action_text(g, t, pw[i]));
		fact_action(g, "item %s all improvement %s%s", key, t, pw[i]);
	}
	if (nw)
		buf_puts(&row, "</ul>");
	fact(g, "items %s all strength %u", key, ns);
	fact(g, "items %s all improvement %u", key, nw);
	line(g, row.s)->tight = true;
	free(row.s);
}

/*
 * A letter in the older layout: the grades in a table at the start, the
 * outcomes judged in prose only, strengths and areas for improvement in a
 * two-column table of HTML fragments, aspects for focus, and a closing
 * paragraph about the grade that belongs to no section.
 */
static void gen_apa_early(struct gen *g)
{
	identity_facts(g, "apa", g->who->full);
	apa_letterhead(g);
	paragraph(g, TP_MANAGE, "This letter reports on this year's assessment of the council's services for children and young people.", false);
	int overall = pick_level(g), capacity = pick_level(g);
	apa_grades_table(g, overall, capacity);
	apa_section(g, "overall", "Summary", TP_MANAGE, GS_TABLE, overall);
	for (size_t i = 0; i < N_OF(outcomes); i++)
		apa_section(g, outcomes[i].key, outcomes[i].apa_heading, outcomes[i].topic, GS_PROSE, pick_level(g));
	apa_section(g, "capacity", "The management of children's services", TP_MANAGE, GS_TABLE, capacity);
	heading(g, "Key strengths and areas for development");
	line(g, "Key strengths\tAreas for development")->tight = true;
	for (size_t i = 0; i < N_OF(outcomes); i++)
		apa_strengths_row(g, outcomes[i].key, outcomes[i].apa_heading, outcomes[i].topic);
	apa_strengths_row(g, "capacity", "Management of children's services", TP_MANAGE);
	g->d.v[g->d.n - 1].tight = false;
	heading(g, "Aspects for focus in the next assessment");
	unsigned n = 2 + rng_below(&g->r, 2), pick[3];
	enum topic t = (enum topic)rng_below(&g->r, TP_COUNT);
	pick_distinct(g, 8, n, pick);
	for (unsigned i = 0; i < n; i++) {
		doc_add(&g->d, B_ITEM, action_text(g, t, pick[i]))->tight = i + 1 < n;
		fact_action(g, "item %s all improvement %s%s", "aspects-for-focus", t, pick[i]);
	}
	fact(g, "items aspects-for-focus all improvement %u", n);
	paragraph(g, TP_MANAGE, "Children's services grade: the grades in this letter also feed the council's wider performance assessment.", false);
	apa_signature(g);
}

/* An annual performance assessment letter: 2005 ones in the older layout, 2006 ones mostly, later ones in the newer. */
static void gen_letter(struct gen *g)
{
	if (g->year == 2005 || (g->year == 2006 && rng_chance(&g->r, 70)))
		gen_apa_early(g);
	else
		gen_apa(g);
}

/* A JAR theme: key, heading, grades-table label, topic. */
struct theme {
	const char *key, *heading, *label;
	const char *about;  /* what the theme's prose judgement is about */
	enum topic topic;
};

static const struct theme jar_themes[] = {
	{ "safeguarding", "Safeguarding", "Safeguarding", "keeping children safe", TP_SAFE },
	{ "looked-after-children", "Looked after children and young people", "Looked after children",
	  "children in care", TP_CARE },
	{ "ldd", "Children and young people with learning difficulties and/or disabilities",
	  "Learning difficulties and/or disabilities", "disabled children and those with special needs", TP_LDD },
	{ "service-management", "Service management", "Service management", "the management of services", TP_MANAGE },
	{ "capacity", "Capacity to improve", "Capacity to improve", "the partnership's prospects of further progress",
	  TP_MANAGE },
};

/* The JAR's front page, contents and opening sections. */
static void jar_front(struct gen *g, char *published_iso)
{
	static const char *const agencies[] = { "Commission for Social Care Inspection", "Healthcare Commission",
		"HM Inspectorate of Constabulary", "Audit Commission", "Ofsted" };
	line(g, "Joint area review");
	linef(g, "%s Children's Services Authority Area", g->who->shortname);
	line(g, "A review of local services for children, young people and families");
	for (size_t i = 0; i < N_OF(agencies); i++)
		line(g, agencies[i])->tight = i + 1 < N_OF(agencies);
	line(g, "Age group: All");
	char *date = random_date(g, g->year, 2, 9, published_iso);
	linef(g, "Published: %s", date);
	free(date);
	linef(g, "Reference no: %s", g->who->code);
	/* a contents page with its page numbers run together, as extraction leaves it */
	line(g, "Contents");
	static const char *const contents[] = { "Introduction\t2", "Context\t2", "Main findings\t3",
		"Grades\t4\t", "Recommendations\t4", "Safeguarding\t5 Looked after children\t7", "Service management 9\t" };
	for (size_t i = 0; i < N_OF(contents); i++)
		line(g, contents[i])->tight = i + 1 < N_OF(contents);
	heading(g, "Introduction");
	paragraph(g, TP_MANAGE, "This review looks at how well local services work together for children and young people in the area.", true);
	heading(g, "Context");
	paragraphs(g, TP_ECON, NULL, true);
	heading(g, "Main findings");
	for (int i = 0; i < 3; i++) {
		struct buf p = {0};
		buf_puts(&p, "- ");
		sentence(g, (enum topic)rng_below(&g->r, TP_COUNT), &p);
		line(g, p.s)->tight = i < 2;
		free(p.s);
	}
}

/* The grades table; LEVELS[i] is the level of jar_themes[i]. */
static void jar_grades(struct gen *g, const int *levels)
{
	heading(g, "Grades");
	line(g, "Scale used: 4 = outstanding, 3 = good, 2 = adequate, 1 = inadequate (judgements of this review)")->tight = true;
	line(g, "\tJudgement\tGrade")->tight = true;
	for (size_t i = 0; i < N_OF(jar_themes); i++) {
		/* the words before the number: "Safeguarding\t4\toutstanding" reads as a scale legend */
		linef(g, "%s\t%s\t%d", jar_themes[i].label, level_label[levels[i]], 4 - levels[i])->tight = i + 1 < N_OF(jar_themes);
	}
}

/*
 * Make sure the first of the picked actions (PICK[0]) about TP does not
 * open with "Improve" or "Increase": after a timeframe and "The local
 * partnership should:" those would repeat a real report's wording word for
 * word (the copy check counts runs of twelve words).
 */
static void avoid_opening(enum topic tp, unsigned *pick)
{
	while (strncmp(actions[tp][pick[0]], "Improve ", 8) == 0 || strncmp(actions[tp][pick[0]], "Increase ", 9) == 0)
		pick[0] = (pick[0] + 1) % 8;
}

/* The recommendations, by timeframe and by who should act. */
static void jar_recommendations(struct gen *g)
{
	static const char *const timeframes[] = { "For immediate action", "For action over the next six months",
		"For action in the longer term" };
	static const char *const actors[] = { "The local partnership", "The council", "The primary care trust" };
	heading(g, "Recommendations");
	int total = 0;
	for (size_t t = 0; t < N_OF(timeframes); t++) {
		heading(g, timeframes[t]);
		unsigned nact = 1 + rng_below(&g->r, 2);
		for (unsigned a = 0; a < nact; a++) {
			const char *actor = actors[a == 0 ? 0 : 1 + rng_below(&g->r, 2)];
			linef(g, "%s should:", actor);
			enum topic tp = (enum topic)rng_below(&g->r, TP_COUNT);
			unsigned n = 1 + rng_below(&g->r, 3), pick[3];
			pick_distinct(g, 8, n, pick);
			avoid_opening(tp, pick);
			for (unsigned i = 0; i < n; i++) {
				char *item = lower_first(actions[tp][pick[i]]);
				doc_add(&g->d, B_ITEM, item)->tight = i + 1 < n;
				fact(g, "item recommendations all recommendation %s | timeframe=%s | actor=%s", item,
				     timeframes[t], actor);
				free(item);
				total++;
			}
		}
	}
	fact(g, "items recommendations all recommendation %d", total);
}

/* The lost graphic scale some JAR themes carry: four lone judgement words. */
static void graphic_scale(struct gen *g)
{
	for (int i = 3; i >= 0; i--)
		line(g, level_label[i])->tight = i > 0;
}

/* A "Major strengths | Important weaknesses" table with one row for THEME. */
static void jar_strengths(struct gen *g, const struct theme *th)
{
	unsigned ns = 2 + rng_below(&g->r, 3), nw = 1 + rng_below(&g->r, 3), ps[4], pw[3];
	pick_distinct(g, 6, ns, ps);
	pick_distinct(g, 8, nw, pw);
	struct buf row = {0};
	for (unsigned i = 0; i < ns; i++) {
		buf_printf(&row, "%s<p>%s</p>", i ? " " : "", strengths[th->topic][ps[i]]);
		fact(g, "item %s all strength %s", th->key, strengths[th->topic][ps[i]]);
	}
	buf_puts(&row, "\t");
	for (unsigned i = 0; i < nw; i++) {
		buf_printf(&row, "%s<p>%s</p>", i ? " " : "", action_text(g, th->topic, pw[i]));
		fact_action(g, "item %s all improvement %s%s", th->key, th->topic, pw[i]);
	}
	fact(g, "items %s all strength %u", th->key, ns);
	fact(g, "items %s all improvement %u", th->key, nw);
	line(g, "Major strengths\tImportant weaknesses")->tight = true;
	line(g, row.s);
	free(row.s);
}

/* Sentences stating a JAR theme's judgement; %s is the judgement word. */
static const char *const jar_prose[] = {
	"The contribution of local services to %s is %s.",
	"Taken as a whole, the work of local services on %s is %s.",
};

/* A joint area review published in G->year. */
static void gen_jar(struct gen *g)
{
	char iso[32];
	identity_facts(g, "jar", g->who->shortname);
	g->dash_numbers = rng_chance(&g->r, 50);
	jar_front(g, iso);
	fact(g, "date published %s", iso);
	int levels[N_OF(jar_themes)];
	for (size_t i = 0; i < N_OF(jar_themes); i++)
		levels[i] = pick_level(g);
	jar_grades(g, levels);
	jar_recommendations(g);
	for (size_t i = 0; i < N_OF(jar_themes); i++) {
		const struct theme *th = &jar_themes[i];
		fact(g, "section %s all %s", th->key, level_name[levels[i]]);
		heading(g, th->heading);
		if (i < 3 && rng_chance(&g->r, 50))
			graphic_scale(g);
		char *lead = str_printf(PICK(&g->r, jar_prose), th->about, level_name[levels[i]]);
		paragraph(g, th->topic, lead, true);
		free(lead);
		jar_strengths(g, th);
		paragraphs(g, th->topic, NULL, true);
	}
	/* the 14-19 investigation is judged in prose only */
	int l = pick_level(g);
	fact(g, "section 14-19 all %s", level_name[l]);
	heading(g, "Investigation into the impact of 14\xE2\x80\x93" "19 developments on outcomes for young people");
	/* the 14-19 words stay out of the paragraph: see notes/parser-issues.md (2) */
	char *lead = str_printf("For young people at the end of compulsory schooling, the impact of the new pathways is %s.",
				level_name[l]);
	paragraph(g, TP_ECON, lead, true);
	free(lead);
	paragraphs(g, TP_ECON, NULL, true);
}

/* A 2009-12 section: key, heading, topic; the same list serves both scopes. */
struct slac_part {
	const char *key, *heading;
	enum topic topic;
	bool in_safeguarding, in_care;
};

static const struct slac_part slac_parts[] = {
	{ "quality-of-provision", "Quality of provision", TP_SAFE, true, true },
	{ "ambition-and-prioritisation", "Ambition and prioritisation", TP_MANAGE, true, true },
	{ "leadership-and-management", "Leadership and management", TP_MANAGE, true, true },
	{ "performance-management-and-quality-assurance", "Performance management and quality assurance", TP_MANAGE, true, true },
	{ "partnership-working", "Partnership working", TP_MANAGE, true, false },
	{ "equality-and-diversity", "Equality and diversity", TP_CONTRIB, true, true },
};

/* A row of the record of main findings, collected while the sections are written. */
struct finding {
	const char *label;
	int level;   /* -1: a scope or group row with no grade */
};

struct findings {
	struct finding v[40];
	int n;
};

/* A graded 2009-12 section in SCOPE; its grade goes to a grade line, the heading, or only the table. */
static void slac_section(struct gen *g, struct findings *f, const char *scope, const char *key,
			 const char *title, enum topic t)
{
	int level = pick_level(g);
	fact(g, "section %s %s %s", key, scope, level_name[level]);
	unsigned style = rng_below(&g->r, 3);
	char *h = style == 1 ? str_printf("%s Grade %d (%s)", title, level + 1, level_name[level])
			     : str_printf("%s", title);
	heading(g, h);
	free(h);
	if (style == 0) {
		linef(g, "Grade %d (%s)", level + 1, level_name[level])->keep_next = true;
	}
	paragraphs(g, t, NULL, true);
	f->v[f->n++] = (struct finding){ title, level };
}

/*
 * The health agencies' section, its heading wrapped over two lines with the
 * grade fused on without a space ("children safeGrade 2 (good)"), as one
 * extraction tool leaves it.
 */
static void slac_health(struct gen *g, struct findings *f)
{
	static const char *const title = "The contribution of health agencies to keeping children safe";
	int level = pick_level(g);
	fact(g, "section contribution-of-health-agencies-to-keeping-children-safe safeguarding %s", level_name[level]);
	heading(g, "The contribution of health agencies to keeping")->tight = true;
	linef(g, "children safeGrade %d (%s)", level + 1, level_name[level])->keep_next = true;
	paragraphs(g, TP_HEALTH, NULL, true);
	f->v[f->n++] = (struct finding){ title, level };
}

/* "Areas for improvement" with its timeframes, in SCOPE about T. */
static void slac_areas(struct gen *g, const char *scope, enum topic t)
{
	static const char *const timeframes[] = { "Immediately", "Within three months", "Within six months" };
	heading(g, "Areas for improvement");
	char *lead = str_printf("%d. To raise the standard of these services further, the council and its partners "
				"should act on the points below.", g->para_no++);
	line(g, lead); /* never wrapped: see notes/parser-issues.md (1) */
	free(lead);
	unsigned pick[8], used = 0, total = 0;
	pick_distinct(g, 8, 8, pick);
	for (size_t k = rng_chance(&g->r, 50) ? 0 : 1; k < N_OF(timeframes); k++) {
		linef(g, "%s:", timeframes[k])->keep_next = true;
		unsigned n = 1 + rng_below(&g->r, 2);
		for (unsigned i = 0; i < n && used < 8; i++, used++, total++) {
			const char *item = action_text(g, t, pick[used]);
			doc_add(&g->d, B_ITEM, item)->tight = i + 1 < n;
			char *rw = rewords_fact(g, t, pick[used]);
			fact(g, "item areas-for-improvement %s improvement %s | timeframe=%s%s", scope, item, timeframes[k], rw);
			free(rw);
		}
	}
	fact(g, "items areas-for-improvement %s improvement %u", scope, total);
}

/* One scope of a 2009-12 inspection: overall, capacity, areas, outcomes and themes. */
static void slac_scope(struct gen *g, struct findings *f, bool care)
{
	const char *scope = care ? "looked-after" : "safeguarding";
	const char *title = care ? "Services for looked after children" : "Safeguarding services";
	heading(g, title);
	f->v[f->n++] = (struct finding){ title, -1 };
	enum topic t = care ? TP_CARE : TP_SAFE;
	slac_section(g, f, scope, "overall", "Overall effectiveness", t);
	slac_section(g, f, scope, "capacity", "Capacity for improvement", TP_MANAGE);
	slac_areas(g, scope, t);
	const char *group = care ? "How good are outcomes for looked after children and care leavers?"
				 : "Safeguarding outcomes for children and young people";
	heading(g, group);
	/* a linking sentence (text outside any section, which the parser drops) */
	line(g, care ? "Each outcome for children in care is judged in turn below."
		     : "The judgement on how safe children are and feel comes first, then the themes.");
	if (care) {
		for (size_t i = 0; i < N_OF(outcomes); i++)
			slac_section(g, f, scope, outcomes[i].key, outcomes[i].slac_heading, outcomes[i].topic);
	} else {
		slac_section(g, f, scope, "staying-safe", "Children and young people are safe and feel safe", TP_SAFE);
		slac_health(g, f);
	}
	for (size_t i = 0; i < N_OF(slac_parts); i++)
		if (care ? slac_parts[i].in_care : slac_parts[i].in_safeguarding)
			slac_section(g, f, scope, slac_parts[i].key, slac_parts[i].heading, slac_parts[i].topic);
}

/* The record of main findings: every graded section, in words. */
static void slac_record(struct gen *g, const struct findings *f)
{
	heading(g, "Record of main findings");
	for (int i = 0; i < f->n; i++) {
		char *row = f->v[i].level < 0 ? str_printf("%s\t\t\t", f->v[i].label)
					      : str_printf("%s\t%s\tGrade %d\t", f->v[i].label, level_label[f->v[i].level],
							   f->v[i].level + 1);
		line(g, row)->tight = i + 1 < f->n;
		free(row);
	}
}

/* The inspection's title page and its opening, ungraded sections. */
static void slac_front(struct gen *g)
{
	linef(g, "Inspection of safeguarding and looked after children services %s", g->who->shortname);
	int m = 1 + (int)rng_below(&g->r, 8), d = 1 + (int)rng_below(&g->r, 14);
	char s_iso[32], e_iso[32], p_iso[32];
	char *start = date_text(g->year, m, d, s_iso), *end = date_text(g->year, m, d + 11, e_iso);
	char *pub = random_date(g, g->year, m + 2, 1, p_iso);
	char *dates = str_printf("Inspection dates: %s to %s", start, end);
	line(g, dates)->tight = true;
	char *person = random_person(g);
	char *insp = str_printf("Reporting inspector %s", person);
	free(person);
	line(g, insp);
	char *ag = str_printf("Age group: All Published: %s", pub);
	line(g, ag);
	fact(g, "date inspection-start %s", s_iso);
	fact(g, "date inspection-end %s", e_iso);
	fact(g, "date published %s", p_iso);
	free(start), free(end), free(pub), free(dates), free(insp), free(ag);
	heading(g, "About this inspection");
	paragraph(g, TP_SAFE, "This inspection looked at the work of the council and its partners to keep children safe and to care for children in care.", true);
	heading(g, "The inspection judgements and what they mean");
	paragraph(g, TP_MANAGE, "Inspectors award each judgement on a four point scale.", true);
	static const char *const legend[] = {
		"Outstanding (Grade 1)\tServices far above the minimum expected", "Good (Grade 2)\tServices above the minimum expected",
		"Adequate (Grade 3)\tServices at the minimum expected", "Inadequate (Grade 4)\tServices below the minimum expected",
	};
	for (size_t i = 0; i < N_OF(legend); i++)
		line(g, legend[i])->tight = i + 1 < N_OF(legend);
	heading(g, "Service information");
	paragraphs(g, TP_ECON, NULL, true);
}

/* A safeguarding and looked after children inspection of G->year. */
static void gen_slac(struct gen *g)
{
	identity_facts(g, "slac", g->who->shortname);
	slac_front(g);
	struct findings f = { .n = 0 };
	slac_scope(g, &f, false);
	slac_scope(g, &f, true);
	slac_record(g, &f);
}

/* ---- the frameworks after 2012 --------------------------------------------- */

/* The later frameworks' words for a level: requires improvement for adequate (SIF, ILACS). */
static const char *const later_word[] = { "Outstanding", "Good", "Requires improvement", "Inadequate" };
static const char *const later_name[] = { "outstanding", "good", "requires-improvement", "inadequate" };

/* A 2012-13 section graded "Grade N (word)" on its line or on the heading, in SCOPE. */
static void lac_section(struct gen *g, const char *scope, const char *key, const char *title, enum topic t)
{
	int level = pick_level(g);
	fact(g, "section %s %s %s", key, scope, level_name[level]);
	if (rng_chance(&g->r, 50)) {
		linef(g, "%s Grade %d (%s)", title, level + 1, level_label[level])->keep_next = true;
	} else {
		heading(g, title)->tight = true;
		linef(g, "Grade %d (%s)", level + 1, level_label[level])->keep_next = true;
	}
	paragraphs(g, t, NULL, true);
}

/* A graded part of a 2012-13 inspection: its key, heading and what its text is about. */
struct lac_part {
	const char *key, *title;
	enum topic t;
};

/* The five graded parts P of a 2012-13 inspection in SCOPE, its areas for improvement (on AREAS) after the second. */
static void lac_parts(struct gen *g, const char *scope, const struct lac_part p[5], enum topic areas)
{
	for (int i = 0; i < 5; i++) {
		if (i == 2)
			slac_areas(g, scope, areas);
		lac_section(g, scope, p[i].key, p[i].title, p[i].t);
	}
}

/* The title block and dates of a 2012-13 inspection: TITLE, the authority's short name, its dates. */
static void lac_front(struct gen *g, const char *type, const char *title)
{
	identity_facts(g, type, g->who->shortname);
	line(g, title)->tight = true;
	line(g, g->who->shortname);
	int m = 1 + (int)rng_below(&g->r, 8), d = 1 + (int)rng_below(&g->r, 14);
	char s_iso[32], e_iso[32], p_iso[32];
	char *start = date_text(g->year, m, d, s_iso), *end = date_text(g->year, m, d + 11, e_iso);
	char *pub = random_date(g, g->year, m + 2, 1, p_iso);
	linef(g, "Inspection dates: %s to %s", start, end)->tight = true;
	linef(g, "Report published: %s", pub);
	fact(g, "date inspection-start %s", s_iso);
	fact(g, "date inspection-end %s", e_iso);
	fact(g, "date published %s", p_iso);
	free(start), free(end), free(pub);
	heading(g, "Service information");
	paragraphs(g, TP_ECON, NULL, true);
}

/* An inspection of looked after children services (2012-13) of G->year. */
static void gen_lac(struct gen *g)
{
	static const struct lac_part parts[] = {
		{ "overall", "Overall effectiveness", TP_CARE },
		{ "capacity", "Capacity for improvement", TP_MANAGE },
		{ "outcomes", "Outcomes for looked after children and young people", TP_ACHIEVE },
		{ "quality-of-provision", "Quality of provision", TP_CARE },
		{ "leadership-and-management", "Leadership and management", TP_MANAGE },
	};
	lac_front(g, "lac", "Inspection of looked after children services");
	lac_parts(g, "looked-after", parts, TP_CARE);
}

/*
 * An inspection of local authority arrangements for the protection of
 * children (2012-13) of G->year: the 2009-12 inspections' safeguarding
 * half on its own, graded like them, in scope safeguarding.
 */
static void gen_cp(struct gen *g)
{
	static const struct lac_part parts[] = {
		{ "overall", "Overall effectiveness", TP_SAFE },
		{ "capacity", "Capacity for improvement", TP_MANAGE },
		{ "outcomes", "Outcomes for children and young people", TP_SAFE },
		{ "quality-of-provision", "Quality of provision", TP_SAFE },
		{ "leadership-and-management", "Leadership and management", TP_MANAGE },
	};
	lac_front(g, "cp", "Inspection of local authority arrangements for the protection of children");
	lac_parts(g, "safeguarding", parts, TP_SAFE);
}

/*
 * A row of a later judgement table: its label, a blank line, the judgement
 * in words; its fact.  The labels are the frameworks' own, worded a little
 * differently (no row numbers, no leading "The"), as the samples must not
 * repeat the real reports' text.
 */
static void later_row(struct gen *g, const char *label, const char *key, int level)
{
	line(g, label);
	line(g, later_word[level]);
	fact(g, "section %s all %s", key, later_name[level]);
}

/* A SIF's list of what the local authority must improve: numbered actions under sub-headings. */
static void sif_list(struct gen *g)
{
	static const struct { const char *label; enum topic t; } groups[] = {
		{ "Help and protection", TP_SAFE }, { "Children in care", TP_CARE }, { "Governance", TP_MANAGE },
	};
	heading(g, "What does the local authority need to improve?");
	unsigned total = 0;
	for (size_t k = 0; k < N_OF(groups); k++) {
		heading(g, k == 0 ? "Priority and immediate action" : k == 1 ? "Areas for improvement" : groups[k].label);
		if (k < 2)
			heading(g, groups[k].label);
		unsigned pick[2];
		pick_distinct(g, 8, 2, pick);
		for (unsigned i = 0; i < 2; i++, total++) {
			char *item = str_printf("%d. %s", g->para_no++, action_text(g, groups[k].t, pick[i]));
			doc_add(&g->d, B_PARA, item)->tight = i == 0;
			free(item);
			char *rw = rewords_fact(g, groups[k].t, pick[i]);
			fact(g, "item areas-for-improvement all improvement %s%s%s", action_text(g, groups[k].t, pick[i]),
			     k == 0 ? " | timeframe=Priority and immediate action" : "", rw);
			free(rw);
		}
	}
	fact(g, "items areas-for-improvement all improvement %u", total);
}

/* A single inspection framework report (2013-17) of G->year. */
static void gen_sif(struct gen *g)
{
	identity_facts(g, "sif", g->who->full);
	line(g, g->who->full)->tight = true;
	line(g, "Inspection of services for children in need of help and")->tight = true;
	line(g, "protection, of children in care and of care leavers")->tight = true;
	int m = 1 + (int)rng_below(&g->r, 8), d = 1 + (int)rng_below(&g->r, 10);
	char s_iso[32], e_iso[32], p_iso[32];
	char *start = date_text(g->year, m, d, s_iso), *end = date_text(g->year, m, d + 17, e_iso);
	char *pub = random_date(g, g->year, m + 2, 1, p_iso);
	linef(g, "Inspection date: %s - %s", start, end)->tight = true;
	linef(g, "Report published: %s", pub)->tight = true;
	fact(g, "date inspection-start %s", s_iso);
	fact(g, "date published %s", p_iso);
	free(start), free(end), free(pub);
	int levels[5];
	for (int i = 0; i < 5; i++)
		levels[i] = pick_level(g);
	int overall = levels[0] > levels[4] ? levels[0] : levels[4];
	if (overall == 2)
		line(g, "The overall judgement is that children's services require improvement.");
	else
		linef(g, "Children's services in %s are %s.", g->who->shortname, level_name[overall]);
	fact(g, "section overall all %s", later_name[overall]);
	line(g, "The judgements that make up the overall effectiveness are:");
	later_row(g, "Children who need help and protection", "help-and-protection", levels[0]);
	later_row(g, "Children looked after and achieving permanence", "in-care", levels[1]);
	later_row(g, "Adoption performance", "adoption", levels[2]);
	later_row(g, "Experiences and progress of care leavers", "care-leavers", levels[3]);
	later_row(g, "Leadership, management and governance", "leadership-and-management", levels[4]);
	heading(g, "Summary of findings");
	paragraphs(g, TP_MANAGE, NULL, true);
	sif_list(g);
	heading(g, "The local authority's strengths");
	paragraphs(g, TP_CONTRIB, NULL, true);
	heading(g, "The experiences and progress of children who need help and protection");
	paragraphs(g, TP_SAFE, NULL, true);
	heading(g, "The experiences and progress of children looked after and achieving permanence");
	paragraphs(g, TP_CARE, NULL, true);
}

/* An inspection of local authority children's services (2018 on) of G->year. */
static void gen_ilacs(struct gen *g)
{
	identity_facts(g, "ilacs", g->who->shortname);
	linef(g, "Inspection of %s local authority children's services", g->who->shortname);
	int m = 1 + (int)rng_below(&g->r, 10), d = 1 + (int)rng_below(&g->r, 20);
	char s_iso[32], e_iso[32];
	char *start = date_text(g->year, m, d, s_iso), *end = date_text(g->year, m, d + 4, e_iso);
	linef(g, "Inspection dates: %s to %s", start, end)->tight = true;
	char *person = random_person(g);
	linef(g, "Lead inspector: %s HMI", person);
	fact(g, "date inspection-start %s", s_iso);
	fact(g, "date inspection-end %s", e_iso);
	free(start), free(end), free(person);
	line(g, "Judgement");
	line(g, "Grade");
	static const struct { const char *label, *key; } rows[] = {
		{ "The impact of leaders on social work with children and families", "leadership-and-management" },
		{ "Experiences and progress of children who need help and protection", "help-and-protection" },
		{ "Experiences and progress of children in care and care leavers", "in-care" },
		{ "Overall effectiveness", "overall" },
	};
	for (size_t i = 0; i < N_OF(rows); i++)
		later_row(g, rows[i].label, rows[i].key, pick_level(g));
	paragraph(g, TP_MANAGE, NULL, false);
	heading(g, "What needs to improve?")->tight = true;
	unsigned pick[3];
	pick_distinct(g, 8, 3, pick);
	for (unsigned i = 0; i < 3; i++) {
		enum topic t = i == 1 ? TP_CARE : TP_SAFE;
		doc_add(&g->d, B_ITEM, action_text(g, t, pick[i]))->tight = i < 2;
		char *rw = rewords_fact(g, t, pick[i]);
		fact(g, "item areas-for-improvement all improvement %s%s", action_text(g, t, pick[i]), rw);
		free(rw);
	}
	fact(g, "items areas-for-improvement all improvement 3");
	for (size_t i = 1; i < 3; i++) {
		heading(g, rows[i].label);
		paragraphs(g, i == 1 ? TP_SAFE : TP_CARE, NULL, true);
	}
}

/* ---- layout: blocks to bytes ------------------------------------------------- */

struct out {
	struct buf b;
	const struct layout *lay;
	int page, page_used, page_len;
};

/* Write one line and its end of line. */
static void put_line(struct out *o, const char *s)
{
	buf_puts(&o->b, s);
	buf_puts(&o->b, o->lay->crlf ? "\r\n" : "\n");
	o->page_used++;
}

/* End the page: a footer, a form feed, the next page's running header. */
static void page_break(struct out *o)
{
	char footer[32];
	snprintf(footer, sizeof footer, "Page %d", o->page);
	put_line(o, "");
	put_line(o, footer);
	buf_puts(&o->b, "\f");
	o->page++;
	o->page_used = 0;
	put_line(o, o->lay->header);
	put_line(o, "");
}

/* Split TEXT into lines of at most WIDTH columns (0: one line); FIRST and NEXT prefix them. */
static size_t wrap(const char *text, int width, const char *first, const char *next, char ***out)
{
	char **v = NULL;
	size_t n = 0;
	const char *p = text;
	while (*p) {
		const char *pre = n ? next : first;
		size_t room = width ? (size_t)width - strlen(pre) : strlen(p);
		size_t take = strlen(p);
		if (take > room) {
			take = room;
			while (take > 0 && p[take] != ' ')
				take--;
			if (!take)
				take = room;
		}
		v = xrealloc(v, (n + 1) * sizeof *v);
		v[n++] = str_printf("%s%.*s", pre, (int)take, p);
		p += take;
		while (*p == ' ')
			p++;
	}
	*out = v;
	return n;
}

/* Where a paragraph's lines may straddle a page break: mid-sentence, before a lower-case word. */
static size_t split_point(char **lines, size_t n)
{
	for (size_t k = 2; k + 1 < n; k++) {
		size_t len = strlen(lines[k - 1]);
		if (len && lines[k - 1][len - 1] != '.' && islower((unsigned char)lines[k][0]))
			return k;
	}
	return 0;
}

/* Lay out one block: wrap it, break the page before or inside it as needed. */
static void put_block(struct out *o, const struct block *b)
{
	const struct layout *lay = o->lay;
	char **lines;
	const char *first = b->kind == B_ITEM ? lay->bullet : "";
	const char *next = b->kind == B_ITEM || b->kind == B_PLAIN ? "  " : "";
	size_t n = b->kind == B_LINE ? (lines = xrealloc(NULL, sizeof *lines), lines[0] = str_printf("%s", b->text), 1)
				    : wrap(b->text, lay->wrap, first, next, &lines);
	size_t need = n + (b->keep_next ? 6 : 0);
	size_t from = 0;
	if (lay->paged && o->page_used > 0 && o->page_used + (int)need > o->page_len) {
		size_t k = b->kind == B_PARA ? split_point(lines, n) : 0;
		for (; from < k; from++)
			put_line(o, lines[from]);
		page_break(o);
	}
	for (; from < n; from++)
		put_line(o, lines[from]);
	if (!b->tight)
		put_line(o, "");
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

/* Render D with LAY into OUT (replacing its contents). */
static void render(const struct doc *d, const struct layout *lay, struct buf *out)
{
	struct out o = { .lay = lay, .page = 1 };
	/* about six pages, so that running headers recur often enough to be spotted */
	int lines = 0;
	for (size_t i = 0; i < d->n; i++)
		lines += 2 + (int)(strlen(d->v[i].text) / (lay->wrap ? (size_t)lay->wrap : 1000));
	o.page_len = lines / 6 > 25 ? lines / 6 : 25;
	if (lay->bom)
		buf_puts(&o.b, "\xEF\xBB\xBF");
	for (size_t i = 0; i < d->n; i++)
		put_block(&o, &d->v[i]);
	free(out->s);
	*out = o.b;
}

/* ---- the fictional authorities -------------------------------------------- */

static const struct who fictional[] = {
	{ "ashcombe", "Ashcombe Borough Council", "Ashcombe", "961", "Civic Offices, Market Square", "Ashcombe", "AC1 2BD", false, 0, 2006, 2010 },
	{ "fenmarsh", "Fenmarsh County Council", "Fenmarsh", "962", "County Hall, Bridge Street", "Fenwick Cross", "FM4 7QA", false, 1, 2007, 2009 },
	{ "kelderby", "Kelderby Metropolitan Borough Council", "Kelderby", "964", "Town Hall, Victoria Road", "Kelderby", "KD2 9LS", false, 2, 2008, 2011 },
	{ "wrenford", "Wrenford City Council", "Wrenford", "967", "Guildhall, Castle Street", "Wrenford", "WF1 1GH", false, 1, 2009, 2010 },
	{ "tollingham", "London Borough of Tollingham", "Tollingham", "971", "Town Hall, High Road", "London", "TX9 3RP", false, 2, 2006, 2011 },
	{ "castlemere", "Castlemere Council", "Castlemere", "973", "Council House, Lake Road", "Castlemere", "CM3 5EW", false, 3, 2008, 2009 },
};

/* ---- writing files ------------------------------------------------------- */

/* Write LEN bytes of DATA to DIR/NAME; exits on failure. */
static void write_file(const char *dir, const char *name, const char *data, size_t len)
{
	char *path = str_printf("%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		fprintf(stderr, "gen-reports: cannot write %s: %s\n", path, strerror(errno));
		exit(1);
	}
	free(path);
}

/* Create DIR and its missing parents; exits on failure. */
static void make_dir(const char *dir)
{
	char *path = str_printf("%s", dir);
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(path, 0777); /* a parent; failures show up below */
		*p = '/';
	}
	free(path);
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "gen-reports: cannot create %s: %s\n", dir, strerror(errno));
		exit(1);
	}
}

enum rtype { R_APA, R_JAR, R_SLAC, R_LAC, R_SIF, R_ILACS, R_CP };
static const char *const rtype_name[] = { "apa", "jar", "slac", "lac", "sif", "ilacs", "cp" };
static void (*const rtype_gen[])(struct gen *) = { gen_letter, gen_jar, gen_slac, gen_lac, gen_sif, gen_ilacs, gen_cp };

struct options {
	const char *out, *expect;
	bool national;
	int scale;
	unsigned long seed;
};

/* Generate one report of TYPE for WHO in YEAR with LAY; write NAME.txt (and NAME.expect). */
static size_t one_report(const struct options *opt, const struct who *who, enum rtype type, int year,
			 const char *suffix, struct layout *lay, int detail)
{
	struct gen g = { .who = who, .year = year, .detail = detail, .para_no = 1 };
	char *name = str_printf("%s-%d-%s%s", who->slug, year, rtype_name[type], suffix);
	rng_seed(&g.r, name, opt->seed);
	rtype_gen[type](&g);
	fact(&g, "no-warnings");
	char header[160];
	snprintf(header, sizeof header, "%s: %s %d", who->shortname, type == R_APA ? "annual performance assessment"
				       : type == R_JAR ? "joint area review" : type == R_SLAC ? "inspection of children's services"
				       : "children's services", year);
	lay->header = header;
	struct buf text = {0};
	render(&g.d, lay, &text);
	char *file = str_printf("%s.txt", name);
	write_file(opt->out, file, text.s, text.len);
	if (opt->expect) {
		char *ef = str_printf("%s.expect", name);
		char *head = str_printf("# what gen-reports wrote into sample-reports/%s.txt\n", name);
		struct buf e = {0};
		buf_puts(&e, head);
		buf_puts(&e, g.facts.s);
		write_file(opt->expect, ef, e.s, e.len);
		free(e.s);
		free(head);
		free(ef);
	}
	size_t bytes = text.len;
	free(file);
	free(text.s);
	free(name);
	free(g.facts.s);
	doc_free(&g.d);
	return bytes;
}

/*
 * The fictional samples: each authority's APA letters of 2006-2008, its JAR,
 * its 2009-11 inspection and its reports of the later frameworks (2012-19),
 * each file with its own extraction debris.
 */
static void samples(const struct options *opt)
{
	static const char *const bullets[] = { "- ", "\xE2\x80\xA2 ", "\xEF\x82\xA7 " };
	int n = 0;
	/*
	 * Two rounds: the Every Child Matters reports first, as they always
	 * were (each keeps its layout), then the frameworks after it, so that
	 * each authority's history runs from 2006 to 2019.
	 */
	for (int round = 0; round < 2; round++) {
		for (size_t a = 0; a < N_OF(fictional); a++) {
			const struct who *w = &fictional[a];
			const struct { enum rtype type; int year; } ecm[] = {
				{ R_APA, 2006 }, { R_APA, 2007 }, { R_APA, 2008 }, { R_JAR, w->jar_year }, { R_SLAC, w->slac_year },
			}, later[] = {
				{ R_LAC, 2012 + (int)(a % 2) }, { R_SIF, 2014 + (int)(a % 4) }, { R_ILACS, 2018 + (int)(a % 2) },
			};
			for (size_t k = 0; k < (round ? N_OF(later) : N_OF(ecm)); k++, n++) {
				struct layout lay = {
					.wrap = n % 3 == 0 ? 0 : 72 + n % 8,
					.bullet = bullets[n % 3],
					.paged = n % 2 == 1,
					.crlf = n == 7,
					.bom = n == 11,
				};
				one_report(opt, w, round ? later[k].type : ecm[k].type, round ? later[k].year : ecm[k].year, "",
					   &lay, 2);
			}
		}
	}
	/*
	 * And, after them (so that the others keep their bytes), Fenmarsh's
	 * 2012 inspection of its arrangements for the protection of children,
	 * the year before its inspection of looked after children services.
	 */
	struct layout lay = { .wrap = 76, .bullet = bullets[n % 3], .paged = true };
	one_report(opt, &fictional[1], R_CP, 2012, "", &lay, 2);
}

/* A file-name stem from an authority's name: "Bristol, City of" -> "bristol". */
static char *slug_of(const char *name)
{
	struct buf b = {0};
	for (const char *p = name; *p && *p != ','; p++) {
		if (isalnum((unsigned char)*p))
			buf_add(&b, (char[]){ (char)tolower((unsigned char)*p) }, 1);
		else if (b.len && b.s[b.len - 1] != '-')
			buf_puts(&b, "-");
	}
	while (b.len && b.s[b.len - 1] == '-')
		b.s[--b.len] = '\0';
	return b.s;
}

/* Every authority x every type and year of 2005-2012, SCALE times over. */
static void national(const struct options *opt)
{
	size_t bytes = 0, files = 0;
	for (int copy = 0; copy < opt->scale; copy++) {
		char suffix[16] = "";
		if (opt->scale > 1)
			snprintf(suffix, sizeof suffix, "-s%d", copy + 1);
		for (size_t a = 0; a < authority_table_len; a++) {
			const struct authority_ref *ar = &authority_table[a];
			char *slug = slug_of(ar->name);
			char *shortname = str_printf("%.*s", (int)strcspn(ar->name, ","), ar->name);
			char *full = str_printf("%s Council", shortname);
			struct who w = { slug, full, shortname, ar->la_code, "Civic Centre", shortname, "AB1 2CD", true,
					 (int)((a + (size_t)copy) % 4), 0, 0 };
			for (int year = 2005; year <= 2012; year++) {
				for (enum rtype t = R_APA; t <= R_SLAC; t++) {
					bool fits = t == R_APA ? year <= 2008 : t == R_JAR ? year <= 2009 : year >= 2009;
					if (!fits)
						continue;
					struct layout lay = { .wrap = (year % 2) ? 76 : 0, .bullet = "- ", .paged = year % 3 == 0 };
					bytes += one_report(opt, &w, t, year, suffix, &lay, 7);
					files++;
				}
			}
			free(slug);
			free(shortname);
			free(full);
		}
	}
	fprintf(stderr, "gen-reports: wrote %zu reports, %zu bytes, into %s\n", files, bytes, opt->out);
}

/* Print the usage message to F. */
static void usage(FILE *f)
{
	fprintf(f, "usage: gen-reports -o DIR [--expect DIR] [--seed N]\n"
		   "       gen-reports --national [--scale N] -o DIR [--expect DIR] [--seed N]\n");
}

/* Read the options, then write the samples or the national corpus.  Exit 0, or 2 on a usage error. */
int main(int argc, char **argv)
{
	struct options opt = { .scale = 1, .seed = 1 };
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && v)
			opt.out = argv[++i];
		else if (strcmp(a, "--expect") == 0 && v)
			opt.expect = argv[++i];
		else if (strcmp(a, "--national") == 0)
			opt.national = true;
		else if (strcmp(a, "--scale") == 0 && v && atoi(v) > 0)
			opt.scale = atoi(argv[++i]);
		else if (strcmp(a, "--seed") == 0 && v)
			opt.seed = strtoul(argv[++i], NULL, 10);
		else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (!opt.out) {
		usage(stderr);
		return 2;
	}
	make_dir(opt.out);
	if (opt.expect)
		make_dir(opt.expect);
	if (opt.national)
		national(&opt);
	else
		samples(&opt);
	return 0;
}

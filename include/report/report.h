/*
 * report.h: what ecmr knows about one inspection report.
 *
 * The parser fills a struct report from text; the index stores it; the
 * query layer loads it back; inspect, export and show print it.  Every
 * string is UTF-8, owned by the struct, and free of control characters
 * other than '\n' (paragraph breaks in section text).
 */
#ifndef ECMR_REPORT_H
#define ECMR_REPORT_H

#include <stddef.h>

/* One normalized judgement scale, whatever the report's own numbering. */
enum judgement {
	J_NONE = 0,
	J_OUTSTANDING,
	J_GOOD,
	J_ADEQUATE,
	J_REQUIRES_IMPROVEMENT,
	J_INADEQUATE,
};

/* How a report's grade was read: which numbering, or words. */
enum grade_scale {
	SCALE_NONE = 0,
	SCALE_FOUR_HIGH,  /* 4 = outstanding ... 1 = inadequate (APA, JAR 2005-09) */
	SCALE_ONE_HIGH,   /* Grade 1 = outstanding ... 4 = inadequate (2009-12) */
	SCALE_WORDS,      /* the report said it in words */
};

/* Where in the report the judgement was found. */
enum judgement_source {
	FROM_NONE = 0,
	FROM_HEADING,     /* fused on the heading line: "Being healthy Grade 3" */
	FROM_GRADE_LINE,  /* a "Grade 3" line under the heading */
	FROM_TABLE,       /* a summary table of grades */
	FROM_PROSE,       /* "... in this area is good." */
};

enum item_kind { ITEM_STRENGTH = 0, ITEM_IMPROVEMENT, ITEM_RECOMMENDATION };

/*
 * The kinds of report, Every Child Matters ones first, then those of the
 * frameworks after it (2012 on).  New kinds go at the end, before
 * RT_COUNT, which counts them.
 */
enum report_type {
	RT_UNKNOWN = 0, RT_APA, RT_JAR, RT_SLAC,
	RT_LAC,              /* inspection of looked after children services, 2012-13 */
	RT_CP,               /* inspection of arrangements for the protection of children, 2012-13 */
	RT_SIF,              /* single inspection framework, 2013-17 */
	RT_ILACS,            /* inspection of local authority children's services, 2018 on */
	RT_ILACS_SHORT,      /* ... its short inspection */
	RT_FOCUSED_VISIT,    /* ... a focused visit */
	RT_MONITORING_VISIT, /* ... a monitoring visit */
	RT_CSA,              /* children's services assessment letter, 2009-11 ("performs well") */
	RT_CRA,              /* unannounced inspection of contact, referral and assessment, 2009-12 */
	RT_JAR_PROGRESS,     /* joint area review progress inspection */
	RT_COUNT
};

struct item {
	enum item_kind kind;
	char *text;       /* one clean sentence */
	char *timeframe;  /* "within three months", or NULL */
	char *actor;      /* "the local partnership", or NULL */
	/*
	 * Where to cite it: the number the report prints before the paragraph
	 * the item stands in (the last numbered paragraph of its section above
	 * it: "18. In order to improve ... should:" over its list), and the page
	 * its line is on.  0 when the report prints none / has no page breaks.
	 * Numbers, not text, so an item reads the same whether cited or not.
	 */
	int paragraph;
	int page;
};

struct section {
	char *key;        /* being-healthy, staying-safe, ..., overall, capacity, or a slug */
	char *scope;      /* "all", "safeguarding" or "looked-after" */
	char *heading;    /* as printed, cleaned of markup and fused grades */
	enum judgement judgement;
	char *grade_raw;  /* the words or number it came from: "Grade 3", "excellent" */
	enum grade_scale scale;
	enum judgement_source source;
	char *text;       /* cleaned text; paragraphs separated by "\n" */
	int line;         /* line of the heading in the input, 1-based; 0 if none */
	/*
	 * Citations, one entry per paragraph of TEXT, in order (NPARAS of them,
	 * 0 when TEXT is empty): the number the report printed before the
	 * paragraph ("15."), taken out of TEXT, and the page it starts on.  0
	 * where it has none (a table row, an unnumbered paragraph; every page 0
	 * when the input has no form feeds).  Kept beside TEXT rather than in
	 * it so that TEXT stays the report's words (what search indexes, what
	 * wraps) and older readers of TEXT see no change; NULL arrays with
	 * NPARAS 0 mean "not known" (an index written before schema 4).
	 */
	int *para_num;
	int *para_page;
	size_t nparas;
	struct item *items;
	size_t nitems, items_cap;
};

/* A date the report states, e.g. { "letter", "2007-12-04" }. */
struct report_date {
	char *kind;       /* letter, published, inspection-start, inspection-end */
	char *iso;        /* YYYY-MM-DD */
};

struct report {
	enum report_type type;
	char *authority;       /* full name as printed */
	char *authority_short; /* "Sefton" */
	char *la_code;         /* DfE code or NULL */
	int year;              /* the year users navigate by; 0 if unknown */
	char *title;           /* the title line as printed */
	char *source;          /* path it was read from */
	char hash[65];         /* SHA-256 of the file's bytes, hex */
	struct report_date *dates;
	size_t ndates, dates_cap;
	struct section *sections;
	size_t nsections, sections_cap;
	char **warnings;       /* "line 12: ..." messages about this input */
	size_t nwarnings, warnings_cap;
};

/* Names used in the index, JSON and on screen. */
const char *judgement_name(enum judgement j);     /* "good"; "" for J_NONE */
const char *judgement_label(enum judgement j);    /* "Good"; "Not judged" for J_NONE */
enum judgement judgement_from_name(const char *s);/* inverse of judgement_name */
const char *scale_name(enum grade_scale s);       /* "4-outstanding", "1-outstanding", "words", "" */
enum grade_scale scale_from_name(const char *s);
const char *source_name(enum judgement_source s); /* "heading", "grade-line", "table", "prose", "" */
enum judgement_source source_from_name(const char *s);
const char *item_kind_name(enum item_kind k);     /* "strength", "improvement", "recommendation" */
enum item_kind item_kind_from_name(const char *s);
const char *report_type_name(enum report_type t); /* "apa", "jar", "slac", "sif", ..., "unknown" */
enum report_type report_type_from_name(const char *s);
const char *report_type_label(enum report_type t);/* "Annual performance assessment" ... */

/* Building a report. All strings passed in are copied. */
struct section *report_add_section(struct report *r, const char *key, const char *scope,
				   const char *heading, int line);
struct item *section_add_item(struct section *s, enum item_kind kind, const char *text,
			      const char *timeframe, const char *actor);
void report_add_date(struct report *r, const char *kind, const char *iso);
void report_warn(struct report *r, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
const char *report_date(const struct report *r, const char *kind); /* NULL if absent */
/*
 * The date a report is known by, the one the index sorts and shows it by:
 * published, else the letter's date, else the last day of the inspection
 * (its end, else its start).  NULL when the report states none.
 */
const char *report_main_date(const struct report *r);
/*
 * The printed number and page of paragraph I of S's text (0 when it has
 * none or they are not known).
 */
int section_para_num(const struct section *s, size_t i);
int section_para_page(const struct section *s, size_t i);
/* Set S's citations to the NPARAS numbers and pages given (copied; either may be NULL: all 0). */
void section_set_citations(struct section *s, const int *num, const int *page, size_t nparas);
/* The first section with this key and scope (scope NULL matches any). */
struct section *report_find_section(const struct report *r, const char *key, const char *scope);

void report_free(struct report *r);

#endif

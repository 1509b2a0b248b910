/*
 * item_row.h: one strength, area for improvement or recommendation of an
 * authority, with where it stands among its reports (report, section, the
 * section's judgement) and what the index worked out about repeats.  The
 * query layer fills these (index/items.h); the items list, `ecmr items`,
 * marks and the brief show them (output/items_text.h).
 */
#ifndef ECMR_ITEM_ROW_H
#define ECMR_ITEM_ROW_H

#include "report/report.h"

struct item_row {
	long long id;             /* the item's id in this index (changes on a rebuild) */
	int report_id;
	enum report_type type;
	int year;
	char *date;               /* the report's main date, ISO, or "" */
	char *sha256;             /* the report's digest: what stays the same across rebuilds */
	long long section_id;
	int section_ord;          /* the section's place in its report (struct report's sections) */
	char *section_key, *scope, *heading;
	enum judgement judgement; /* the section's */
	int ord;                  /* the item's place in its section, from 0 */
	enum item_kind kind;
	char *text;
	long long group;          /* repeats: the id of the first item of its group, 0 when it has none */
	long long strength_id;    /* an area for improvement: a later report's strength on the same
				     subject (its id), 0 none */
	int strength_year;        /* that strength's report year */
	int paragraph;         /* the paragraph number the report prints before the item, 0 if none */
	int page;              /* the page the item stands on (form feeds in the input), 0 if not known */
};

#endif

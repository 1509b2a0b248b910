/*
 * test_grades.c: the queries the compare grid builds from (index/grades):
 * the judged reports of a type in the export's order, and the judgements
 * of chosen reports in the order asked, which must be exactly what
 * db_grades gives for those reports.  Made on the fictional samples.
 */
#include "check.h"
#include "index/db.h"
#include "index/grades.h"
#include "index/index.h"
#include "parse/source.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *dir;  /* a scratch directory of its own, under $TMPDIR */
static char *path; /* an index of the samples below */

/* Three authorities' APA letters over the years, out of order, and a JAR among them. */
static const char *const samples[] = {
	"sample-reports/kelderby-2008-apa.txt", "sample-reports/ashcombe-2006-apa.txt",
	"sample-reports/kelderby-2006-apa.txt", "sample-reports/kelderby-2008-jar.txt",
	"sample-reports/ashcombe-2008-apa.txt", "sample-reports/wrenford-2007-apa.txt",
	"sample-reports/kelderby-2007-apa.txt",
};

static void make_index(void)
{
	dir = check_mkdtemp("grades");
	path = xasprintf("%s/g.db", dir);
	struct index_writer *w;
	char *err = NULL;
	if (index_begin(path, &w, &err) != 0)
		goto fail;
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		struct report r = {0};
		if (source_parse_file(samples[i], &r, &err) != PARSE_OK || index_add(w, &r, &err) != 0)
			goto fail;
		report_free(&r);
	}
	if (index_commit(w, &err) == 0)
		return;
fail:
	printf("# cannot make the index: %s\n", err ? err : "?");
	exit(2);
}

/* Do rows A and B name the same judgement of the same section? */
static bool same_row(const struct grade_row *a, const struct grade_row *b)
{
	return a->report_id == b->report_id && a->authority_id == b->authority_id && a->section_id == b->section_id &&
	       a->type == b->type && a->year == b->year && strcmp(a->key, b->key) == 0 &&
	       strcmp(a->scope, b->scope) == 0 && strcmp(a->heading, b->heading) == 0 &&
	       a->judgement == b->judgement && strcmp(a->grade_raw, b->grade_raw) == 0;
}

/* The APA letters' judgements by report, in any order asked, equal db_grades' rows of each. */
static void report_grades_in_order_asked(void)
{
	struct db *db = NULL;
	char *err = NULL;
	CHECK(db_open(path, &db, &err) == 0);
	free(err);
	if (!db)
		return;
	struct grade_filter f = { .type = RT_APA };
	struct grade_row *all;
	size_t nall;
	CHECK(db_grades(db, &f, &all, &nall) == 0);
	struct judged_report *reports;
	size_t nreports;
	CHECK(db_judged_reports(db, RT_APA, &reports, &nreports) == 0);
	/* the judged reports are db_grades' reports, in its order */
	CHECK_INT(nreports, 6);
	size_t k = 0;
	for (size_t i = 0; i < nall; i++)
		if (i == 0 || all[i].report_id != all[i - 1].report_id) {
			CHECK(k < nreports && reports[k].report_id == all[i].report_id &&
			      reports[k].authority_id == all[i].authority_id && reports[k].year == all[i].year);
			k++;
		}
	CHECK_INT(k, nreports);
	/* asked for in reverse: each report's rows, as db_grades has them */
	int ids[8];
	size_t nids = 0;
	for (size_t i = nreports; i-- > 0 && nids < 6;)
		ids[nids++] = reports[i].report_id;
	struct grade_row *rows;
	size_t n;
	CHECK(db_report_grades(db, ids, nids, &rows, &n) == 0);
	CHECK_INT(n, nall);
	size_t at = 0;
	for (size_t i = 0; i < nids; i++)
		for (size_t j = 0; j < nall; j++)
			if (all[j].report_id == ids[i]) {
				CHECK(at < n && same_row(&rows[at], &all[j]));
				CHECK(at < n && rows[at].source == NULL);
				at++;
			}
	db_free_grades(rows, n);
	CHECK(db_report_grades(db, ids, 0, &rows, &n) == 0 && n == 0);
	free(reports);
	db_free_grades(all, nall);
	db_close(db);
}

int main(void)
{
	make_index();
	RUN(report_grades_in_order_asked);
	unlink(path);
	free(path);
	check_remove_tree(dir);
	free(dir);
	return check_done();
}

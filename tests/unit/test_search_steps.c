/*
 * test_search_steps.c: a search counted in small steps, as the browser
 * counts one between keys, finds the same hits in the same orders (date
 * and relevance) as the same search counted at once, as `ecmr search`
 * counts it.  A scored search reads its first step without bm25 and
 * then reads the rows again with it (search.c): were the first hits left
 * without their scores, relevance order would differ.  And a search that
 * reads the search table alone finds what one joining the sections, items
 * and reports in SQL finds.
 */
#include "check.h"
#include "index/db.h"
#include "index/index.h"
#include "index/search.h"
#include "parse/source.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *dir, *path;

/* Index a few sample reports, of two authorities and four types. */
static void make_index(void)
{
	static const char *const files[] = {
		"sample-reports/ashcombe-2006-apa.txt", "sample-reports/ashcombe-2006-jar.txt",
		"sample-reports/ashcombe-2010-slac.txt", "sample-reports/kelderby-2007-apa.txt",
		"sample-reports/kelderby-2008-jar.txt", "sample-reports/kelderby-2011-slac.txt",
	};
	dir = check_mkdtemp("steps");
	path = xasprintf("%s/steps.db", dir);
	struct index_writer *w;
	char *err = NULL;
	if (index_begin(path, &w, &err) != 0) {
		printf("# cannot make the index: %s\n", err ? err : "?");
		exit(2);
	}
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		struct report r = {0};
		if (source_parse_file(files[i], &r, &err) != PARSE_OK || index_add(w, &r, &err) != 0) {
			printf("# cannot index %s: %s\n", files[i], err ? err : "?");
			exit(2);
		}
		report_free(&r);
	}
	if (index_commit(w, &err) != 0) {
		printf("# cannot make the index: %s\n", err ? err : "?");
		exit(2);
	}
}

/* Are A and B's hits the same rows, in the same places? */
static bool same_hits(const struct search *a, const struct search *b)
{
	if (search_count(a) != search_count(b) || search_reports(a) != search_reports(b))
		return false;
	for (size_t i = 0; i < search_count(a); i++)
		if (search_hit_peek(a, i)->rowid != search_hit_peek(b, i)->rowid)
			return false;
	return true;
}

/* QUERY started on DB in relevance order; NULL (a failed check) if it does not start. */
static struct search *start(struct db *db, const char *query)
{
	struct search *s = NULL;
	char *err = NULL, *note = NULL;
	CHECK(search_start(db, query, ORDER_RELEVANCE, &s, &err, &note) == 0);
	free(err);
	free(note);
	return s;
}

static void steps_equal_once(void)
{
	static const char *const queries[] = {
		"children", "services year:2006..2008", "health type:apa", "children kind:improvement",
		"\"young people\"", "safeguarding authority:kelderby", "children OR health scope:safeguarding",
	};
	struct db *db = NULL;
	char *open_err = NULL;
	int opened = db_open(path, &db, &open_err);
	CHECK_INT(opened, 0);
	free(open_err);
	for (size_t q = 0; opened == 0 && q < sizeof queries / sizeof queries[0]; q++) {
		struct search *once = start(db, queries[q]), *steps = start(db, queries[q]);
		if (!once || !steps) {
			search_free(once);
			search_free(steps);
			continue;
		}
		CHECK(search_step(once, 0, 0));
		int n = 0;
		while (!search_step(steps, 1000, 3) && n < 100000)
			n++;
		printf("# \"%s\": %zu hits in %zu reports, %d steps\n", queries[q], search_count(once),
		       search_reports(once), n + 1);
		CHECK(search_count(once) > 0);
		CHECK(n > 1); /* counted in more than one step */
		CHECK(same_hits(once, steps)); /* relevance */
		search_set_order(once, ORDER_DATE);
		search_set_order(steps, ORDER_DATE);
		CHECK(same_hits(once, steps));
		search_free(once);
		search_free(steps);
	}
	db_close(db);
}

/*
 * Each query's hits, in both orders, are the same whether the search reads
 * the search table alone (each hit's report from its row id, the filters
 * in memory) or joins the sections, items and reports in SQL, the filters
 * as conditions (an index opened for one search).
 */
static void rows_equal_join(void)
{
	static const char *const queries[] = {
		"children", "children year:2007", "services year:2006..2008 type:jar", "health type:apa",
		"children authority:kelderby", "children kind:improvement",
		"children kind:strength year:2006", "children scope:safeguarding", "children outcome:2",
		"\"young people\" authority:ashcombe", "child* NOT health type:slac", "services outcome:1 kind:improvement",
	};
	struct db *rows = NULL, *joins = NULL;
	char *open_err = NULL;
	int opened = db_open(path, &rows, &open_err) | db_open(path, &joins, &open_err);
	CHECK_INT(opened, 0);
	free(open_err);
	if (joins)
		db_search_once(joins);
	for (size_t q = 0; opened == 0 && q < sizeof queries / sizeof queries[0]; q++) {
		struct search *a = start(rows, queries[q]), *b = start(joins, queries[q]);
		if (a && b) {
			CHECK(search_step(a, 0, 0) && search_step(b, 0, 0));
			printf("# \"%s\": %zu hits\n", queries[q], search_count(a));
			CHECK(same_hits(a, b));
			search_set_order(a, ORDER_DATE);
			search_set_order(b, ORDER_DATE);
			CHECK(same_hits(a, b));
		}
		search_free(a);
		search_free(b);
	}
	db_close(rows);
	db_close(joins);
}

int main(void)
{
	make_index();
	RUN(steps_equal_once);
	RUN(rows_equal_join);
	unlink(path);
	free(path);
	check_remove_tree(dir);
	free(dir);
	return check_done();
}

/*
 * test_db.c: every query on an index is bounded.  A statement that asks
 * for more work than its budget is stopped with an error, not left to run
 * (crafted indexes a reader refuses outright are in tests/cli/crafted_index.sh);
 * once one is stopped every later query fails at once, saying why.
 */
#include "check.h"
#include "index/db.h"
#include "index/index.h"
#include "parse/source.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *dir;   /* a scratch directory of its own, under $TMPDIR */
static char *path;  /* an index of one sample report */
static int id;      /* ... and that report's id */

/* Index one sample report, a JAR with many sections and items. */
static void make_index(void)
{
	dir = check_mkdtemp("db");
	path = xasprintf("%s/one.db", dir);
	struct index_writer *w;
	struct report r = {0};
	char *err = NULL;
	if (index_begin(path, &w, &err) != 0 ||
	    source_parse_file("sample-reports/kelderby-2008-jar.txt", &r, &err) != PARSE_OK ||
	    index_add(w, &r, &err) != 0 || index_commit(w, &err) != 0) {
		printf("# cannot make the index: %s\n", err ? err : "?");
		exit(2);
	}
	report_free(&r);
}

/* The index, opened; NULL (a failed check) if it does not open. */
static struct db *open_index(void)
{
	struct db *db = NULL;
	char *err = NULL;
	CHECK(db_open(path, &db, &err) == 0);
	free(err);
	return db;
}

/* The whole report loads with the ordinary budget. */
static void query_within_budget(void)
{
	struct db *db = open_index();
	if (!db)
		return;
	int *ids;
	size_t n;
	CHECK(db_report_ids(db, &ids, &n) == 0);
	CHECK_INT(n, 1);
	id = n ? ids[0] : 0;
	free(ids);
	struct report r;
	CHECK(db_load_report(db, id, &r) == 0);
	CHECK(r.nsections >= 10);
	CHECK(!db_stopped(db));
	report_free(&r);
	db_close(db);
}

/* With no budget a statement is stopped; the report comes back empty, and every later query fails. */
static void query_over_budget(void)
{
	struct db *db = open_index();
	if (!db)
		return;
	char *err = NULL;
	db_set_budget(db, 0);
	struct report r;
	CHECK(db_load_report(db, id, &r) == -1);
	CHECK_INT(r.nsections, 0);
	CHECK(r.source == NULL);
	CHECK(db_stopped(db));
	CHECK_CONTAINS(db_error(db), "stopped");
	db_set_budget(db, 1000000); /* a budget again: still nothing more is asked of this index */
	struct authority_row *rows;
	size_t n;
	CHECK(db_authorities(db, &rows, &n) == -1);
	CHECK_INT(n, 0);
	db_free_authorities(rows, n);
	struct search_hit *hits;
	CHECK(db_search(db, "children", 10, &hits, &n, &err) == -1);
	CHECK_CONTAINS(err, "stopped");
	free(err);
	db_free_hits(hits, n);
	db_close(db);
}

int main(void)
{
	make_index();
	RUN(query_within_budget);
	RUN(query_over_budget);
	unlink(path);
	free(path);
	check_remove_tree(dir);
	free(dir);
	return check_done();
}

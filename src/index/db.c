/* db.c: the read-only query layer over the index. */
#include "index/db.h"
#include "db_internal.h"
#include "index/schema.h"
#include "index/query.h"
#include "db_internal.h"
#include "index/search_terms.h"
#include "base/util.h"

#include <ctype.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

struct db {
	sqlite3 *h;
	char *path;
	dev_t dev;
	ino_t ino;
	int schema;             /* INDEX_SCHEMA_VERSION of the file, or an older one */
	char *search_fts;       /* the FTS5 query the last search ran, for snippets */
	const char *search_table; /* ... and the table it ran on */
	const char *snippet_table; /* the table snippet_q reads */
	char *search_query;     /* the last search as typed, for its words */
	sqlite3_stmt *snippet_q; /* prepared once: snippets are fetched a screenful at a time */
	sqlite3_stmt *body_q;    /* the text of a search row, for a snippet made here */
	long long steps;        /* thousands of VM steps the running statement has taken */
	long long budget;       /* ... and the most it may take (QUERY_BUDGET) */
	bool stopped;           /* a statement ran out of budget: the index is not what we made */
	bool has_item_groups;    /* the repeats table (item_group) is there: looked up once at open */
	void *search_cache;      /* what searches read once per index (search_reps.c), and how to free it */
	void (*free_search_cache)(void *);
	bool search_once;        /* db_search_once: no search_cache beyond the reports */
};

/*
 * The most work one statement may do, in thousands of SQLite virtual
 * machine steps: the progress handler counts them and stops the statement
 * when they run out, so no index, however crafted, keeps a reader busy for
 * ever (some tenths of a second, at this bound).  The most a real index
 * asks of one statement is some 45 thousand steps (the authorities of the
 * national corpus worked out without authority_summary; its export and
 * searches for common words take less): 20 million is over four hundred
 * times that.
 */
#define QUERY_BUDGET 20000LL

/* The progress handler: non-zero (stop) when the running statement has had its budget. */
static int over_budget(void *arg)
{
	struct db *db = arg;
	if (++db->steps <= db->budget)
		return 0;
	db->stopped = true;
	return 1;
}

const char *db_path(const struct db *db)
{
	return db->path;
}

/* SQL prepared on DB; NULL on error, or once a statement was stopped (the index is not ours). */
sqlite3_stmt *db_prepare(struct db *db, const char *sql)
{
	sqlite3_stmt *q = NULL;
	if (db->stopped || sqlite3_prepare_v2(db->h, sql, -1, &q, NULL) != SQLITE_OK) {
		sqlite3_finalize(q);
		return NULL;
	}
	return q;
}

/* sqlite3_step, the budget starting afresh when Q starts (it covers any statement Q runs inside). */
static int step(struct db *db, sqlite3_stmt *q)
{
	if (db->stopped)
		return SQLITE_INTERRUPT;
	if (!sqlite3_stmt_busy(q))
		db->steps = 0;
	return sqlite3_step(q);
}

int db_step(struct db *db, sqlite3_stmt *q)
{
	return step(db, q);
}

const char *db_error(const struct db *db)
{
	if (db->stopped)
		return "a query asked for more work than any ecmr index needs, and was stopped";
	return db->h ? sqlite3_errmsg(db->h) : "out of memory";
}

bool db_stopped(const struct db *db)
{
	return db->stopped;
}

void db_set_budget(struct db *db, long long thousands)
{
	db->budget = thousands;
}

void db_search_once(struct db *db)
{
	db->search_once = true;
}

bool db_searches_once(const struct db *db)
{
	return db->search_once;
}

void db_read_mapped(struct db *db)
{
	sqlite3_exec(db->h, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
}

/* A file: URI for PATH, opened immutable: the index only ever changes by being replaced. */
char *immutable_uri(const char *path)
{
	struct strbuf b = {0};
	sb_adds(&b, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#' || *p < 0x21)
			sb_addf(&b, "%%%02X", *p);
		else
			sb_addc(&b, (char)*p);
	}
	sb_adds(&b, "?immutable=1");
	return sb_take(&b);
}

static const char *build_hint = "build one with: ecmr index -o INDEX DIRECTORY-OF-REPORTS";

/*
 * What each schema version made, which is all the queries read.  A crafted
 * file could put a view (an endless recursive one, say) or a virtual table
 * where a table should be, or point the search table at other content;
 * db_open refuses it.  Other objects (tables, views, triggers) are left
 * alone: nothing reads them, and the file being read-only with triggers
 * off, no trigger fires.
 */
enum object_kind { OBJ_TABLE, OBJ_INDEX, OBJ_FTS5, OBJ_VIEW };

static const struct known_object {
	const char *name;
	enum object_kind kind;
	int from, to;          /* the schema versions that made it */
	bool optional;         /* older indexes may lack it (readers cope) */
	const char *sql;       /* OBJ_FTS5: the text after "USING "; OBJ_VIEW: the statement (spacing aside) */
} known_objects[] = {
	{ "meta", OBJ_TABLE, 1, 4, true }, /* checked first; without it, not an index (open_error) */
	{ "authority", OBJ_TABLE, 1, 4 },
	{ "report", OBJ_TABLE, 1, 4 },
	{ "report_date", OBJ_TABLE, 1, 4 },
	{ "section", OBJ_TABLE, 1, 4 },
	{ "item", OBJ_TABLE, 1, 4 },
	{ "authority_summary", OBJ_TABLE, 1, 4, true },
	{ "report_by_authority", OBJ_INDEX, 1, 4, true },
	{ "section_by_report", OBJ_INDEX, 1, 4, true },
	{ "item_by_section", OBJ_INDEX, 1, 4, true },
	{ "section_judged", OBJ_INDEX, 3, 4, true },
	{ "search", OBJ_FTS5, 1, 1, false,
	  "fts5(body, section_id UNINDEXED, item_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')" },
	{ "search", OBJ_FTS5, 2, 2, false, INDEX_SEARCH_FTS5_V2 },
	{ "search", OBJ_FTS5, 3, 4, false, INDEX_SEARCH_FTS5 },
	{ "search_exact", OBJ_FTS5, 3, 4, false, INDEX_SEARCH_EXACT_FTS5 },
	{ "search_text", OBJ_VIEW, 2, 4, false, INDEX_SEARCH_VIEW },
	/* FTS5's own tables behind the search table */
	{ "search_data", OBJ_TABLE, 1, 4 },
	{ "search_idx", OBJ_TABLE, 1, 4 },
	{ "search_config", OBJ_TABLE, 1, 4 },
	{ "search_docsize", OBJ_TABLE, 1, 4 },
	{ "search_content", OBJ_TABLE, 1, 1 },
	{ "search_exact_data", OBJ_TABLE, 3, 4 },
	{ "search_exact_idx", OBJ_TABLE, 3, 4 },
	{ "search_exact_config", OBJ_TABLE, 3, 4 },
	{ "search_exact_docsize", OBJ_TABLE, 3, 4 },
};

/* What a row of sqlite_master of TYPE with SQL is, as a known_object kind (-1: something else). */
static int object_kind(const char *type, const char *sql)
{
	if (strcmp(type, "table") == 0)
		return strncasecmp(sql, "CREATE VIRTUAL TABLE", 20) == 0 ? OBJ_FTS5 : OBJ_TABLE;
	return strcmp(type, "view") == 0 ? OBJ_VIEW : strcmp(type, "index") == 0 ? OBJ_INDEX : -1;
}

/* Are SQL texts A and B the same but for how they are spaced (a run of white space is one)? */
static bool same_sql(const char *a, const char *b)
{
	for (;;) {
		bool sa = isspace((unsigned char)*a), sb = isspace((unsigned char)*b);
		if (sa != sb)
			return false;
		while (isspace((unsigned char)*a))
			a++;
		while (isspace((unsigned char)*b))
			b++;
		if (*a != *b)
			return false;
		if (!*a)
			return true;
		a++;
		b++;
	}
}

/*
 * Is K in DB as its schema made it?  NULL if so, else a malloc'd reason.
 * Q looks a name up in sqlite_master.
 */
static char *check_object(struct db *db, sqlite3_stmt *q, const struct known_object *k)
{
	static const char *const kind_name[] = {
		[OBJ_TABLE] = "a table", [OBJ_INDEX] = "an index", [OBJ_FTS5] = "a virtual table", [OBJ_VIEW] = "a view",
	};
	sqlite3_reset(q);
	sqlite3_bind_text(q, 1, k->name, -1, SQLITE_STATIC);
	int rc = step(db, q);
	if (rc != SQLITE_ROW)
		return rc != SQLITE_DONE ? xstrdup(db_error(db))
		       : k->optional ? NULL : xasprintf("it has no '%s'", k->name);
	const char *type = (const char *)sqlite3_column_text(q, 0);
	const char *sql = (const char *)sqlite3_column_text(q, 1);
	sql = sql ? sql : "";
	int kind = object_kind(type ? type : "", sql);
	const char *is = kind >= 0 ? kind_name[kind] : "something else";
	const char *using = strstr(sql, "USING ");
	if (kind != (int)k->kind)
		return xasprintf("'%s' is %s, not %s", k->name, is, kind_name[k->kind]);
	if (kind == OBJ_FTS5 && !(using && isspace((unsigned char)using[-1]) && same_sql(using + 6, k->sql)))
		return xasprintf("'%s' is not the full-text search table ecmr makes", k->name);
	if (kind == OBJ_VIEW && !same_sql(sql, k->sql))
		return xasprintf("'%s' is not the view ecmr makes", k->name);
	return NULL;
}

/*
 * NULL if every object schema VERSION made (0: only meta, whose version
 * is not known yet) is in DB as it made it; else a malloc'd reason.
 */
static char *check_objects(struct db *db, int version)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT type, sql FROM sqlite_master WHERE name = ?1 COLLATE NOCASE"
				      " AND type <> 'trigger'");
	if (!q)
		return xstrdup(db_error(db));
	char *why = NULL;
	for (size_t i = 0; i < sizeof known_objects / sizeof known_objects[0] && !why; i++) {
		const struct known_object *k = &known_objects[i];
		if (version ? version >= k->from && version <= k->to : strcmp(k->name, "meta") == 0)
			why = check_object(db, q, k);
	}
	sqlite3_finalize(q);
	return why;
}

/* The schema version in DB's meta table: 0 if it names none, -1 if it cannot be read. */
static int schema_version(struct db *db)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT value FROM meta WHERE key = 'schema_version'");
	if (!q)
		return -1;
	int rc = step(db, q);
	int version = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : rc == SQLITE_DONE ? 0 : -1;
	if (rc == SQLITE_ROW && version < 0)
		version = 0; /* not a version at all */
	sqlite3_finalize(q);
	return version;
}

/* Why DB could not be opened or its schema version read, malloc'd. */
static char *open_error(struct db *db)
{
	int code = db->h ? sqlite3_errcode(db->h) : SQLITE_NOMEM;
	if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
		return xasprintf("%s is not an ecmr index (not a readable SQLite file); %s", db->path, build_hint);
	if (code == SQLITE_ERROR) /* no meta table */
		return xasprintf("%s is an SQLite file but not an ecmr index; %s", db->path, build_hint);
	return xasprintf("cannot open the index %s: %s", db->path, db_error(db));
}

/*
 * Connect to PATH read-only, hardened for a file someone else may have
 * made: triggers off, functions with side effects kept out of the schema,
 * every statement bounded by the progress handler.  The schema is read
 * here, so a file that is not SQLite fails now.  0, or -1 (see open_error).
 */
static int connect(struct db *db, const char *path)
{
	char *uri = immutable_uri(path);
	int rc = sqlite3_open_v2(uri, &db->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	free(uri);
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_db_config(db->h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)NULL);
	sqlite3_db_config(db->h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
	sqlite3_db_config(db->h, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
	db->budget = QUERY_BUDGET;
	sqlite3_progress_handler(db->h, 1000, over_budget, db);
	return sqlite3_exec(db->h, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/*
 * The index's schema version, once the file is an index of a schema this
 * ecmr reads, made as that schema makes it; else -1 with *ERR.
 */
static int check_index(struct db *db, char **err)
{
	char *why = NULL;
	int version = -1;
	if (connect(db, db->path) != 0 || (why = check_objects(db, 0)) != NULL ||
	    (version = schema_version(db)) < 0) {
		*err = why ? xasprintf("%s is not an ecmr index: %s; %s", db->path, why, build_hint) : open_error(db);
		free(why);
		return -1;
	}
	if (version == 0) {
		*err = xasprintf("%s is not an ecmr index (no schema version); %s", db->path, build_hint);
		return -1;
	}
	if (version > INDEX_SCHEMA_VERSION) {
		*err = xasprintf("%s was made by a newer ecmr (index schema %d; this ecmr reads %d): "
				 "upgrade ecmr, or rebuild the index with this one", db->path, version, INDEX_SCHEMA_VERSION);
		return -1;
	}
	if ((why = check_objects(db, version)) != NULL) {
		*err = xasprintf("%s is not an ecmr index: %s; %s", db->path, why, build_hint);
		free(why);
		return -1;
	}
	return version;
}

int db_open(const char *path, struct db **out, char **err)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		*err = errno == ENOENT ? xasprintf("no index at %s; %s", path, build_hint)
				       : xasprintf("cannot read the index %s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = xasprintf("%s is not an index file", path);
		return -1;
	}
	struct db *db = xcalloc(1, sizeof *db);
	db->path = xstrdup(path);
	db->dev = st.st_dev;
	db->ino = st.st_ino;
	db->schema = check_index(db, err);
	if (db->schema < 0) {
		db_close(db);
		return -1;
	}
	/* the repeats table is newer than schema 2 and optional: an index without it has no groups */
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db->h, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'item_group'",
			       -1, &q, NULL) == SQLITE_OK)
		db->has_item_groups = step(db, q) == SQLITE_ROW;
	sqlite3_finalize(q);
	*out = db;
	return 0;
}

sqlite3 *db_handle(const struct db *db)
{
	return db->h;
}

bool db_has_item_groups(const struct db *db)
{
	return db->has_item_groups;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	sqlite3_finalize(db->snippet_q);
	sqlite3_finalize(db->body_q);
	if (db->search_cache)
		db->free_search_cache(db->search_cache);
	/*
	 * A statement still open on the index (a search nobody finished) would
	 * make sqlite3_close fail and keep the connection for ever; close_v2
	 * closes it once the last statement is finalized.  Callers still
	 * finish their searches first (browser_reload).
	 */
	sqlite3_close_v2(db->h);
	free(db->search_fts);
	free(db->search_query);
	free(db->path);
	free(db);
}

void *db_search_cache(const struct db *db)
{
	return db->search_cache;
}

void db_set_search_cache(struct db *db, void *cache, void (*free_cache)(void *))
{
	if (db->search_cache)
		db->free_search_cache(db->search_cache);
	db->search_cache = cache;
	db->free_search_cache = free_cache;
}

bool db_replaced(const struct db *db)
{
	struct stat st;
	return stat(db->path, &st) == 0 && (st.st_ino != db->ino || st.st_dev != db->dev);
}

char *db_column_dup(sqlite3_stmt *q, int i)
{
	const unsigned char *s = sqlite3_column_text(q, i);
	return xstrdup(s ? (const char *)s : "");
}

char *db_column_dup_or_null(sqlite3_stmt *q, int i)
{
	const unsigned char *s = sqlite3_column_text(q, i);
	return s ? xstrdup((const char *)s) : NULL;
}

bool db_parser_version_is(struct db *db, int version)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT value FROM meta WHERE key = 'parser_version'");
	bool same = q && step(db, q) == SQLITE_ROW && sqlite3_column_int(q, 0) == version;
	sqlite3_finalize(q);
	return same;
}

int db_find_report(struct db *db, const char *source, const char *sha256)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT id FROM report WHERE source = ?1 AND sha256 = ?2");
	if (!q)
		return 0;
	sqlite3_bind_text(q, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, sha256, -1, SQLITE_STATIC);
	int id = step(db, q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : 0;
	sqlite3_finalize(q);
	return id;
}

int db_report_by_digest(struct db *db, const char *sha256, int *authority_id)
{
	*authority_id = 0;
	sqlite3_stmt *q = db_prepare(db, "SELECT id, coalesce(authority_id, 0) FROM report WHERE sha256 = ?1"
				      " ORDER BY id LIMIT 1");
	if (!q)
		return 0;
	sqlite3_bind_text(q, 1, sha256, -1, SQLITE_STATIC);
	int id = 0;
	if (step(db, q) == SQLITE_ROW) {
		id = sqlite3_column_int(q, 0);
		*authority_id = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
	return id;
}

/* Does the index have table NAME?  (Older indexes lack authority_summary.) */
static bool has_table(struct db *db, const char *name)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
	if (!q)
		return false;
	sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
	bool found = step(db, q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return found;
}

int db_authorities(struct db *db, struct authority_row **rows, size_t *n)
{
	sqlite3_stmt *q = has_table(db, "authority_summary")
		? db_prepare(db, "SELECT a.id, a.name, a.short_name, a.la_code, a.region, s.nreports, s.latest_year,"
			      " s.latest_overall FROM authority a JOIN authority_summary s ON s.authority_id = a.id"
			      " ORDER BY a.short_name COLLATE NOCASE")
		: db_prepare(db, "SELECT a.id, a.name, a.short_name, a.la_code, a.region, count(r.id), max(r.year),"
			      " (SELECT r2.overall FROM report r2 WHERE r2.authority_id = a.id AND r2.overall IS NOT NULL"
			      "  ORDER BY r2.year DESC, r2.main_date DESC LIMIT 1)"
			      " FROM authority a LEFT JOIN report r ON r.authority_id = a.id"
			      " GROUP BY a.id ORDER BY a.short_name COLLATE NOCASE");
	*rows = NULL;
	*n = 0;
	if (!q)
		return -1;
	size_t cap = 0;
	int rc;
	while ((rc = step(db, q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*rows, *n, cap);
		struct authority_row *a = &(*rows)[(*n)++];
		a->id = sqlite3_column_int(q, 0);
		a->name = db_column_dup(q, 1);
		a->short_name = db_column_dup(q, 2);
		a->la_code = db_column_dup_or_null(q, 3);
		a->region = db_column_dup(q, 4);
		a->nreports = sqlite3_column_int(q, 5);
		a->latest_year = sqlite3_column_int(q, 6);
		a->latest_overall = judgement_from_name((const char *)sqlite3_column_text(q, 7));
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

void db_free_authorities(struct authority_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].name);
		free(rows[i].short_name);
		free(rows[i].la_code);
		free(rows[i].region);
	}
	free(rows);
}

int db_reports(struct db *db, int authority_id, struct report_row **rows, size_t *n)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT id, type, year, overall, main_date, title, source FROM report"
				      " WHERE authority_id = ?1 ORDER BY year = 0, year, main_date, type, source");
	*rows = NULL;
	*n = 0;
	if (!q)
		return -1;
	sqlite3_bind_int(q, 1, authority_id);
	size_t cap = 0;
	int rc;
	while ((rc = step(db, q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*rows, *n, cap);
		struct report_row *r = &(*rows)[(*n)++];
		r->id = sqlite3_column_int(q, 0);
		r->type = report_type_from_name((const char *)sqlite3_column_text(q, 1));
		r->year = sqlite3_column_int(q, 2);
		r->overall = judgement_from_name((const char *)sqlite3_column_text(q, 3));
		r->date = db_column_dup(q, 4);
		const char *title = (const char *)sqlite3_column_text(q, 5);
		const char *source = (const char *)sqlite3_column_text(q, 6);
		const char *slash = source ? strrchr(source, '/') : NULL;
		r->name = xstrdup(title && *title ? title : slash ? slash + 1 : source ? source : "");
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

void db_free_reports(struct report_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].date);
		free(rows[i].name);
	}
	free(rows);
}

int db_report_ids(struct db *db, int **ids, size_t *n)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT r.id FROM report r LEFT JOIN authority a ON a.id = r.authority_id"
				      " ORDER BY a.short_name COLLATE NOCASE, r.year, r.main_date, r.type, r.source");
	*ids = NULL;
	*n = 0;
	if (!q)
		return -1;
	size_t cap = 0;
	int rc;
	while ((rc = step(db, q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*ids, *n, cap);
		(*ids)[(*n)++] = sqlite3_column_int(q, 0);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

int db_report_authority(struct db *db, int report_id)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT authority_id FROM report WHERE id = ?1");
	if (!q)
		return 0;
	sqlite3_bind_int(q, 1, report_id);
	int id = step(db, q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : 0;
	sqlite3_finalize(q);
	return id;
}

/* The sections of a report with their items, in order; MORE: more columns (schema 4's citations). */
#define SECTIONS_SQL(more) "SELECT s.key, s.scope, s.heading, s.judgement, s.grade_raw, s.scale," \
	" s.judgement_source, s.line, s.text, i.kind, i.text, i.timeframe, i.actor, s.id" more \
	" FROM section s LEFT JOIN item i ON i.section_id = s.id WHERE s.report_id = ?1 ORDER BY s.ord, i.ord"

/* A paragraph number or page as stored: one out of range (a crafted file) is none. */
static int citation_int(long long v)
{
	return v > 0 && v < 100000 ? (int)v : 0;
}

/* The numbers of a citations column (schema.h) into *V (malloc'd); returns how many. */
static size_t parse_cites(const char *t, int **v)
{
	size_t n = 0, cap = 0;
	*v = NULL;
	while (t && *t) {
		char *end;
		long long x = strtoll(t, &end, 10);
		if (end == t)
			break; /* not a number: the rest is ignored */
		ARRAY_RESERVE(*v, n, cap);
		(*v)[n++] = citation_int(x);
		t = end;
		while (*t == ' ')
			t++;
	}
	return n;
}

/*
 * S's citations from its para_nums and para_pages columns (schema 4).
 * They are kept only when they count one per paragraph of S's text, as
 * the writer made them: a crafted or damaged file gets none rather than
 * numbers beside the wrong paragraphs.
 */
static void load_cites(struct section *s, const char *nums, const char *pages)
{
	size_t paras = *s->text ? 1 : 0;
	for (const char *p = s->text; (p = strchr(p, '\n')) != NULL; p++)
		paras++;
	int *num, *page;
	size_t nn = parse_cites(nums, &num), np = parse_cites(pages, &page);
	/* "" is every paragraph without one: known, and none */
	if ((nn == paras || nn == 0) && (np == paras || np == 0))
		section_set_citations(s, nn ? num : NULL, np ? page : NULL, paras);
	free(num);
	free(page);
}

int db_load_report(struct db *db, int report_id, struct report *r)
{
	memset(r, 0, sizeof *r);
	sqlite3_stmt *q = db_prepare(db,
		"SELECT r.type, r.year, r.title, coalesce(a.name, r.authority_printed), a.short_name,"
		" coalesce(a.la_code, ''), r.source, r.sha256, r.warnings"
		" FROM report r LEFT JOIN authority a ON a.id = r.authority_id WHERE r.id = ?1");
	if (!q)
		return -1;
	sqlite3_bind_int(q, 1, report_id);
	if (step(db, q) != SQLITE_ROW) {
		sqlite3_finalize(q);
		return -1;
	}
	r->type = report_type_from_name((const char *)sqlite3_column_text(q, 0));
	r->year = sqlite3_column_int(q, 1);
	r->title = db_column_dup_or_null(q, 2);
	r->authority = db_column_dup_or_null(q, 3);
	r->authority_short = db_column_dup_or_null(q, 4);
	r->la_code = db_column_dup(q, 5);
	if (!*r->la_code) {
		free(r->la_code);
		r->la_code = NULL;
	}
	r->source = db_column_dup(q, 6);
	snprintf(r->hash, sizeof r->hash, "%s", (const char *)sqlite3_column_text(q, 7));
	const char *w = (const char *)sqlite3_column_text(q, 8);
	while (w && *w) {
		const char *e = strchr(w, '\n');
		size_t n = e ? (size_t)(e - w) : strlen(w);
		ARRAY_RESERVE(r->warnings, r->nwarnings, r->warnings_cap);
		r->warnings[r->nwarnings++] = xstrndup(w, n);
		w = e ? e + 1 : NULL;
	}
	sqlite3_finalize(q);

	q = db_prepare(db, "SELECT kind, date FROM report_date WHERE report_id = ?1 ORDER BY rowid");
	if (!q)
		q = db_prepare(db, "SELECT kind, date FROM report_date WHERE report_id = ?1");
	int rc = SQLITE_DONE;
	if (q) {
		sqlite3_bind_int(q, 1, report_id);
		while ((rc = step(db, q)) == SQLITE_ROW)
			report_add_date(r, (const char *)sqlite3_column_text(q, 0), (const char *)sqlite3_column_text(q, 1));
		sqlite3_finalize(q);
	}
	if (rc != SQLITE_DONE) {
		report_free(r);
		return -1;
	}

	/* schema 4 on: the citations too (columns 14-17) */
	q = db_prepare(db, db->schema >= 4 ? SECTIONS_SQL(", s.para_nums, s.para_pages, i.paragraph, i.page")
					: SECTIONS_SQL(""));
	if (!q) {
		report_free(r);
		return -1;
	}
	sqlite3_bind_int(q, 1, report_id);
	int last_section = -1;
	struct section *s = NULL;
	while ((rc = step(db, q)) == SQLITE_ROW) {
		int sid = sqlite3_column_int(q, 13);
		if (sid != last_section) {
			s = report_add_section(r, (const char *)sqlite3_column_text(q, 0),
					       (const char *)sqlite3_column_text(q, 1),
					       (const char *)sqlite3_column_text(q, 2), sqlite3_column_int(q, 7));
			s->judgement = judgement_from_name((const char *)sqlite3_column_text(q, 3));
			s->grade_raw = db_column_dup_or_null(q, 4);
			s->scale = scale_from_name((const char *)sqlite3_column_text(q, 5));
			s->source = source_from_name((const char *)sqlite3_column_text(q, 6));
			free(s->text);
			s->text = db_column_dup(q, 8);
			if (db->schema >= 4)
				load_cites(s, (const char *)sqlite3_column_text(q, 14),
					   (const char *)sqlite3_column_text(q, 15));
			last_section = sid;
		}
		if (sqlite3_column_type(q, 9) != SQLITE_NULL) {
			struct item *it = section_add_item(s, item_kind_from_name((const char *)sqlite3_column_text(q, 9)),
							   (const char *)sqlite3_column_text(q, 10),
							   (const char *)sqlite3_column_text(q, 11),
							   (const char *)sqlite3_column_text(q, 12));
			if (db->schema >= 4) {
				it->paragraph = citation_int(sqlite3_column_int64(q, 16));
				it->page = citation_int(sqlite3_column_int64(q, 17));
			}
		}
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		report_free(r);
		return -1;
	}
	return 0;
}

/* Schema 3's hits query, which schema 4 keeps. */
#define SEARCH_SQL_3 "SELECT s.report_id, s.id, coalesce(a.short_name, ''), r.year, r.type, s.key, s.scope, s.heading," \
	" %1$s.rowid, i.id, i.kind" \
	" FROM %1$s LEFT JOIN item i ON i.id = %1$s.rowid" \
	" JOIN section s ON s.id = coalesce(i.section_id, %1$s.rowid) JOIN report r ON r.id = s.report_id" \
	" LEFT JOIN authority a ON a.id = r.authority_id" \
	" WHERE %1$s MATCH ?1 AND (?3 = '' OR %1$s.rowid IN (SELECT rowid FROM search_exact WHERE search_exact MATCH ?3))" \
	" LIMIT ?2"

/* The hits query for each index schema (db_open admits 1 to INDEX_SCHEMA_VERSION); %s the table. */
static const char *const search_sql[INDEX_SCHEMA_VERSION + 1] = {
	/* schema 1: the search table names the section and the item */
	[1] = "SELECT s.report_id, s.id, coalesce(a.short_name, ''), r.year, r.type, s.key, s.scope, s.heading,"
	" search.rowid, search.item_id, i.kind"
	" FROM search JOIN section s ON s.id = search.section_id JOIN report r ON r.id = s.report_id"
	" LEFT JOIN authority a ON a.id = r.authority_id LEFT JOIN item i ON i.id = search.item_id"
	" WHERE search MATCH ?1 LIMIT ?2",
	/* schema 2: a search row id is the section's or the item's own id */
	[2] = "SELECT s.report_id, s.id, coalesce(a.short_name, ''), r.year, r.type, s.key, s.scope, s.heading,"
	" search.rowid, i.id, i.kind"
	" FROM search LEFT JOIN item i ON i.id = search.rowid"
	" JOIN section s ON s.id = coalesce(i.section_id, search.rowid) JOIN report r ON r.id = s.report_id"
	" LEFT JOIN authority a ON a.id = r.authority_id"
	" WHERE search MATCH ?1 LIMIT ?2",
	/* schema 3: as 2, from the stemmed table or the exact one, and what the other must also match */
	[3] = SEARCH_SQL_3,
	/* schema 4: as 3 (it added citations to sections and items) */
	[4] = SEARCH_SQL_3,
};

bool db_search_stems(const struct db *db)
{
	return db->schema >= 3;
}

int db_schema(const struct db *db)
{
	return db->schema;
}

void db_set_last_search(struct db *db, const char *table, const char *fts, const char *query)
{
	free(db->search_fts);
	free(db->search_query);
	db->search_fts = xstrdup(fts);
	db->search_query = xstrdup(query);
	db->search_table = table;
}

/*
 * Hits in index order (authority, then year, as the files were indexed),
 * without snippets: ranking every match and making a snippet for each costs
 * tens of milliseconds on a national index, and a screen shows a dozen.
 * The plan's main query runs on "search"; with schema 3 a plan of only
 * phrases and prefixes runs on "search_exact".
 */
static int run_search(struct db *db, const struct search_plan *plan, size_t limit, struct search_hit **hits,
		      size_t *n)
{
	bool exact_only = !*plan->main;
	const char *table = exact_only ? "search_exact" : "search";
	const char *fts = exact_only ? plan->exact : plan->main;
	char *sql = xasprintf(search_sql[db->schema], table);
	sqlite3_stmt *q = db_prepare(db, sql);
	free(sql);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, fts, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)limit);
	if (db->schema >= 3)
		sqlite3_bind_text(q, 3, exact_only ? "" : plan->exact, -1, SQLITE_STATIC);
	size_t cap = 0;
	int rc;
	while ((rc = step(db, q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*hits, *n, cap);
		struct search_hit *h = &(*hits)[(*n)++];
		h->report_id = sqlite3_column_int(q, 0);
		h->section_id = sqlite3_column_int(q, 1);
		h->authority = db_column_dup(q, 2);
		h->year = sqlite3_column_int(q, 3);
		h->type = report_type_from_name((const char *)sqlite3_column_text(q, 4));
		h->section_key = db_column_dup(q, 5);
		h->scope = db_column_dup(q, 6);
		h->heading = db_column_dup(q, 7);
		h->rowid = sqlite3_column_int64(q, 8);
		h->snippet = NULL;
		h->is_item = sqlite3_column_type(q, 9) != SQLITE_NULL;
		h->item_kind = h->is_item ? item_kind_from_name((const char *)sqlite3_column_text(q, 10)) : ITEM_STRENGTH;
	}
	sqlite3_finalize(q);
	if (rc == SQLITE_DONE) {
		free(db->search_fts);
		db->search_fts = xstrdup(fts);
		db->search_table = table;
	}
	return rc == SQLITE_DONE ? 0 : -1;
}

int db_search(struct db *db, const char *query, size_t limit, struct search_hit **hits, size_t *n,
	      char **err)
{
	*hits = NULL;
	*n = 0;
	free(db->search_query);
	db->search_query = xstrdup(query);
	int rc = 0;
	for (int plain = 0; plain <= 1; plain++) {
		struct search_plan plan;
		search_plan_make(query, db_search_stems(db), plain, &plan);
		rc = *plan.main || *plan.exact ? run_search(db, &plan, limit, hits, n) : 0;
		search_plan_free(&plan);
		if (rc == 0)
			return 0;
		db_free_hits(*hits, *n);
		*hits = NULL;
		*n = 0;
	}
	if (err)
		*err = xasprintf("search failed: %s", db_error(db));
	return rc;
}

/*
 * FTS5's snippet() weighs every place its words occur against every other,
 * so its cost grows with the square of the matches: a 500 KB section with
 * 50,000 of them took over a minute, inside one call that nothing can
 * interrupt.  So the matches are counted first, in one pass over the text,
 * and past this many the snippet is made here instead (its cost then is
 * well under a millisecond; at this count snippet() takes about as long).
 */
#define SNIPPET_MAX_MATCHES 200

/* FTS5's snippet for HIT; NULL when it failed. */
static char *fts5_snippet(struct db *db, const struct search_hit *hit)
{
	if (db->snippet_q && db->snippet_table != db->search_table) {
		sqlite3_finalize(db->snippet_q);
		db->snippet_q = NULL;
	}
	if (!db->snippet_q) {
		/* 40 tokens fill a row of a wide terminal; the results view starts
		 * the drawn part near the match when the row is narrower */
		char *sql = xasprintf("SELECT snippet(%1$s, 0, char(1), char(2), '...', 40)"
				      " FROM %1$s WHERE %1$s MATCH ?1 AND rowid = ?2", db->search_table);
		db->snippet_q = db_prepare(db, sql);
		db->snippet_table = db->search_table;
		free(sql);
	}
	if (!db->snippet_q || !db->search_fts)
		return NULL;
	sqlite3_bind_text(db->snippet_q, 1, db->search_fts, -1, SQLITE_STATIC);
	sqlite3_bind_int64(db->snippet_q, 2, hit->rowid);
	char *snippet = NULL;
	if (step(db, db->snippet_q) == SQLITE_ROW)
		snippet = db_column_dup(db->snippet_q, 0);
	sqlite3_reset(db->snippet_q);
	return snippet;
}

/* How many times T's words stand in TEXT, counting no further than LIMIT. */
static size_t count_matches(const struct search_terms *t, const char *text, size_t limit)
{
	size_t n = 0, len;
	for (const char *p = text, *at; n < limit && (at = search_terms_find(t, p, &len)) != NULL; p = at + len)
		n++;
	return n;
}

/* Move back from P (in TEXT) over up to WORDS words; stays at a word's start. */
static const char *words_back(const char *text, const char *p, int words)
{
	while (p > text && words > 0) {
		p--;
		while (p > text && p[-1] != ' ')
			p--;
		words--;
	}
	return p;
}

/* Forward from P over up to WORDS words; returns where the last one ends. */
static const char *words_on(const char *p, int words)
{
	while (*p && words > 0) {
		while (*p == ' ')
			p++;
		while (*p && *p != ' ')
			p++;
		words--;
	}
	return p;
}

/*
 * A snippet made here, in one pass: about 40 words of TEXT from a few
 * before the first of the search's words, each of its words in the window
 * between \x01 and \x02 as snippet() marks them, "..." where text is cut.
 */
static char *own_snippet(const struct search_terms *t, const char *text)
{
	size_t len;
	const char *first = search_terms_find(t, text, &len);
	const char *start = first ? words_back(text, first, 10) : text;
	const char *end = words_on(start, 40);
	struct strbuf b = {0};
	if (start > text)
		sb_adds(&b, "...");
	for (const char *p = start, *at; p < end; p = at + len) {
		at = search_terms_find(t, p, &len);
		if (!at || at >= end) {
			sb_add(&b, p, (size_t)(end - p));
			break;
		}
		sb_add(&b, p, (size_t)(at - p));
		sb_addc(&b, '\x01');
		sb_add(&b, at, len);
		sb_addc(&b, '\x02');
	}
	if (*end)
		sb_adds(&b, "...");
	return sb_take(&b);
}

/* The text of search row ROWID (a section's or an item's), malloc'd; NULL if none. */
static char *search_row_text(struct db *db, long long rowid)
{
	if (!db->body_q)
		db->body_q = db_prepare(db, "SELECT body FROM search WHERE rowid = ?1");
	if (!db->body_q)
		return NULL;
	sqlite3_bind_int64(db->body_q, 1, rowid);
	char *text = step(db, db->body_q) == SQLITE_ROW ? db_column_dup(db->body_q, 0) : NULL;
	sqlite3_reset(db->body_q);
	return text;
}

const char *db_hit_snippet(struct db *db, struct search_hit *hit)
{
	if (hit->snippet)
		return hit->snippet;
	char *text = db->search_fts ? search_row_text(db, hit->rowid) : NULL;
	struct search_terms terms = {0};
	if (text)
		search_terms_parse_for(db->search_query, db_search_stems(db), &terms);
	if (text && count_matches(&terms, text, SNIPPET_MAX_MATCHES + 1) > SNIPPET_MAX_MATCHES)
		hit->snippet = own_snippet(&terms, text);
	else
		hit->snippet = fts5_snippet(db, hit);
	search_terms_free(&terms);
	free(text);
	if (!hit->snippet)
		hit->snippet = xstrdup("");
	return hit->snippet;
}

void db_free_hits(struct search_hit *hits, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(hits[i].authority);
		free(hits[i].section_key);
		free(hits[i].scope);
		free(hits[i].heading);
		free(hits[i].snippet);
	}
	free(hits);
}

char *index_default_path(char **err)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/ecmr/index.db", xdg);
	/* a HOME that is unset, empty or relative would put the index wherever ecmr was started */
	const char *home = getenv("HOME");
	if (!home || *home != '/') {
		const struct passwd *pw = getpwuid(getuid());
		home = pw && pw->pw_dir && pw->pw_dir[0] == '/' ? pw->pw_dir : NULL;
	}
	if (!home) {
		*err = xstrdup("no home directory to keep the index in (HOME is not set, and the password"
			       " database has none for this user): give one with -i/-o INDEX or ECMR_INDEX");
		return NULL;
	}
	return xasprintf("%s/.local/share/ecmr/index.db", home);
}

const char *index_sample_path(void)
{
	return ECMR_DATADIR "/sample.db";
}

char *index_path_for_reading(const char *option, char **err)
{
	if (option && *option)
		return xstrdup(option);
	const char *env = getenv("ECMR_INDEX");
	if (env && *env)
		return xstrdup(env);
	char *def = index_default_path(err);
	struct stat st;
	if ((!def || stat(def, &st) != 0) && stat(index_sample_path(), &st) == 0) {
		free(*err);
		*err = NULL;
		free(def);
		return xstrdup(index_sample_path());
	}
	return def;
}

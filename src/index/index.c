/* index.c: building the SQLite index in a temporary file and renaming it into place. */
#include "index/index.h"
#include "index/db.h"
#include "index/similar.h"
#include "db_internal.h"
#include "parse/parse.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parse/authorities.h"

/* The schema: one statement per string, run in order. */
static const char *const schema[] = {
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
	"CREATE TABLE authority(id INTEGER PRIMARY KEY, short_name TEXT NOT NULL UNIQUE,"
	" name TEXT NOT NULL, la_code TEXT, region TEXT NOT NULL DEFAULT '')",
	"CREATE TABLE report(id INTEGER PRIMARY KEY, authority_id INTEGER REFERENCES authority(id),"
	" type TEXT NOT NULL, year INTEGER NOT NULL, title TEXT, authority_printed TEXT,"
	" source TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, overall TEXT, main_date TEXT NOT NULL DEFAULT '',"
	" warnings TEXT NOT NULL DEFAULT '')",
	"CREATE TABLE report_date(report_id INTEGER NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,"
	" PRIMARY KEY(report_id, kind)) WITHOUT ROWID",
	"CREATE TABLE section(id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, ord INTEGER NOT NULL,"
	" key TEXT NOT NULL, scope TEXT NOT NULL, heading TEXT NOT NULL, judgement TEXT, grade_raw TEXT,"
	" scale TEXT, judgement_source TEXT, line INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL,"
	/* schema 4: each paragraph's printed number and page, as "0 15 16" (index_cites) */
	" para_nums TEXT NOT NULL DEFAULT '', para_pages TEXT NOT NULL DEFAULT '')",
	"CREATE TABLE item(id INTEGER PRIMARY KEY, section_id INTEGER NOT NULL, ord INTEGER NOT NULL,"
	" kind TEXT NOT NULL, text TEXT NOT NULL, timeframe TEXT, actor TEXT,"
	" paragraph INTEGER NOT NULL DEFAULT 0, page INTEGER NOT NULL DEFAULT 0)",
	/*
	 * The search index keeps no copy of the text: its rows are the
	 * sections and items themselves, read through this view when a snippet
	 * is made.  Sections and items take their ids from one sequence (see
	 * index_add), so an id names one or the other, and id order is the
	 * order they were indexed in.
	 */
	INDEX_SEARCH_VIEW,
	/*
	 * Two full-text tables over the same rows: "search" stems English
	 * words (porter over unicode61, diacritics folded), so "registrations"
	 * finds "registration"; "search_exact" keeps the words as written, for
	 * quoted phrases and prefixes, which the query layer sends there
	 * (query.c says why).
	 */
	"CREATE VIRTUAL TABLE search USING " INDEX_SEARCH_FTS5,
	"CREATE VIRTUAL TABLE search_exact USING " INDEX_SEARCH_EXACT_FTS5,
	/*
	 * No merging while the reports go in: 'optimize' at the end merges
	 * once.  automerge 0 alone still leaves FTS5 merging whenever 16
	 * segments pile up at one level (its crisis merge), which rewrites the
	 * national corpus's postings twice on the way; at its largest (1999
	 * segments, against some hundred flushed by the national corpus) the
	 * crisis never comes: the build's CPU time 3.43 -> 3.27 s, the index
	 * the same once optimized.
	 */
	"INSERT INTO search(search, rank) VALUES('automerge', 0)",
	"INSERT INTO search_exact(search_exact, rank) VALUES('automerge', 0)",
	"INSERT INTO search(search, rank) VALUES('crisismerge', 1999)",
	"INSERT INTO search_exact(search_exact, rank) VALUES('crisismerge', 1999)",
	/*
	 * The browser's indexes, made before the reports go in rather than
	 * after: sections and items arrive in the order these indexes keep, so
	 * each row is appended, while CREATE INDEX afterwards sorts them all,
	 * in memory that grew with the corpus (15.3 MB against 12.4 MB of peak
	 * RSS for the 10x bench corpus).
	 */
	"CREATE INDEX report_by_authority ON report(authority_id, year)",
	"CREATE INDEX section_by_report ON section(report_id, ord)",
	"CREATE INDEX item_by_section ON item(section_id, ord)",
	/*
	 * The judged sections alone, with all that the grids and `ecmr
	 * grades` read of them: those queries then never touch the section
	 * table, whose rows carry the text (a compare grid's judgements of
	 * 156 reports: 3.3 ms with it, 15 to 30 ms without on the national
	 * corpus).  Optional for readers: an index without it reads the same,
	 * more slowly.
	 */
	"CREATE INDEX section_judged ON section(report_id, ord, key, scope, heading, judgement, grade_raw)"
	" WHERE judgement IS NOT NULL AND judgement <> ''",
	/*
	 * What keeps coming back (similar.h), worked out once every item is
	 * in: for an area for improvement or recommendation, the smallest item
	 * id of the requests of other reports of its authority that say nearly
	 * the same (0: none), and a later report's strength on its subject
	 * (0: none) with that report's year.  Only items with one or the
	 * other have a row.  Readers treat the table as optional (db.c).
	 */
	"CREATE TABLE item_group(item_id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL,"
	" strength_id INTEGER NOT NULL, strength_year INTEGER NOT NULL)",
};

/* Run once every report is in. */
static const char *const finishing[] = {
	"INSERT INTO search(search) VALUES('optimize')",
	"INSERT INTO search_exact(search_exact) VALUES('optimize')",
	/*
	 * Each authority's report count and latest overall judgement, worked
	 * out once here so the browser's first screen costs the same however
	 * many reports the index holds.  Readers fall back to working it out
	 * when an older index lacks the table.
	 */
	"CREATE TABLE authority_summary(authority_id INTEGER PRIMARY KEY, nreports INTEGER NOT NULL,"
	" latest_year INTEGER, latest_overall TEXT)",
	"INSERT INTO authority_summary SELECT a.id, count(r.id), max(r.year),"
	" (SELECT r2.overall FROM report r2 WHERE r2.authority_id = a.id AND r2.overall IS NOT NULL"
	"  ORDER BY r2.year DESC, r2.main_date DESC LIMIT 1)"
	" FROM authority a LEFT JOIN report r ON r.authority_id = a.id GROUP BY a.id",
};

enum stmt_id { S_AUTH_BY_CODE, S_AUTH_FIND, S_AUTH_ADD, S_AUTH_SHORT, S_AUTH_NAME, S_REPORT, S_DATE, S_SECTION, S_ITEM, S_FTS, S_FTS_EXACT, S_GROUP, S_COUNT };

static const char *const stmt_sql[S_COUNT] = {
	/* the first row with the code: there is one unless short names clashed */
	[S_AUTH_BY_CODE] = "SELECT id, name, la_code, short_name FROM authority WHERE la_code = ?1 ORDER BY id LIMIT 1",
	[S_AUTH_FIND] = "SELECT id, name, la_code, short_name FROM authority WHERE short_name = ?1",
	[S_AUTH_ADD] = "INSERT INTO authority(short_name, name, la_code, region) VALUES(?1, ?2, ?3, ?4)",
	[S_AUTH_NAME] = "UPDATE authority SET name = ?2, la_code = coalesce(la_code, ?3) WHERE id = ?1",
	[S_AUTH_SHORT] = "UPDATE OR IGNORE authority SET short_name = ?2 WHERE id = ?1",
	[S_REPORT] = "INSERT INTO report(authority_id, type, year, title, authority_printed, source, sha256,"
		     " overall, main_date, warnings) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[S_DATE] = "INSERT OR IGNORE INTO report_date(report_id, kind, date) VALUES(?1, ?2, ?3)",
	[S_SECTION] = "INSERT INTO section(report_id, ord, key, scope, heading, judgement, grade_raw, scale,"
		      " judgement_source, line, text, id, para_nums, para_pages)"
		      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[S_ITEM] = "INSERT INTO item(section_id, ord, kind, text, timeframe, actor, id, paragraph, page)"
		   " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[S_FTS] = "INSERT INTO search(rowid, body) VALUES(?1, ?2)",
	[S_GROUP] = "INSERT INTO item_group(item_id, group_id, strength_id, strength_year) VALUES(?1, ?2, ?3, ?4)",
	[S_FTS_EXACT] = "INSERT INTO search_exact(rowid, body) VALUES(?1, ?2)",
};

struct index_writer {
	char *target, *temp;
	sqlite3 *db;
	sqlite3_stmt *stmt[S_COUNT];
	struct db *old;      /* the previous index, for reuse; may be NULL */
	long long next_id;   /* the next section or item id: one sequence for both */
	struct similar *similar; /* every item, for what keeps coming back (at commit) */
	char *similar_err;   /* an error writing item_group */
};

static char *sql_error(sqlite3 *db, const char *what)
{
	int code = sqlite3_errcode(db);
	int sys = sqlite3_system_errno(db);
	if (code == SQLITE_FULL || sys == ENOSPC)
		return xasprintf("%s: the disk is full", what);
	if (sys == EFBIG)
		return xasprintf("%s: the file is too large (a file-size limit, see ulimit -f)", what);
	if (sys)
		return xasprintf("%s: %s (%s)", what, sqlite3_errmsg(db), strerror(sys));
	return xasprintf("%s: %s", what, sqlite3_errmsg(db));
}

static int exec(struct index_writer *w, const char *sql, char **err)
{
	char *msg = NULL;
	if (sqlite3_exec(w->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		*err = sql_error(w->db, w->temp);
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

const char *index_temp_path(const struct index_writer *w)
{
	return w->temp;
}

/*
 * Remove temporary files that killed runs left behind (".BASE.tmp-PID"
 * beside the target) whose process no longer exists.
 */
static void remove_stale_temps(const char *target)
{
	char *copy = xstrdup(target), *copy2 = xstrdup(target);
	const char *dir = dirname(copy), *base = basename(copy2);
	char *prefix = xasprintf(".%s.tmp-", base);
	size_t plen = strlen(prefix);
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, prefix, plen) != 0)
			continue;
		long pid = strtol(e->d_name + plen, NULL, 10);
		if (pid > 0 && (kill((pid_t)pid, 0) == 0 || errno == EPERM))
			continue; /* another ecmr index is at work */
		char *path = xasprintf("%s/%s", dir, e->d_name);
		unlink(path);
		free(path);
	}
	if (d)
		closedir(d);
	free(prefix);
	free(copy);
	free(copy2);
}

/*
 * PATH with the symbolic links at its end followed (malloc'd), so that an
 * index kept elsewhere through a link is written there and the link stays.
 * A link to a missing file gives that file's path.  After 40 links in a
 * row (a loop) the last one is returned as it is: stat() then fails on it
 * with ELOOP and the index is not written.
 */
static char *follow_links(const char *path)
{
	char *cur = xstrdup(path);
	for (int i = 0; i < 40; i++) {
		struct stat st;
		char to[PATH_MAX];
		ssize_t n;
		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode) || (n = readlink(cur, to, sizeof to - 1)) < 0)
			break;
		to[n] = '\0';
		char *copy = xstrdup(cur);
		const char *dir = dirname(copy);
		char *next = to[0] == '/' || strcmp(dir, ".") == 0 ? xstrdup(to) : xasprintf("%s/%s", dir, to);
		free(copy);
		free(cur);
		cur = next;
	}
	return cur;
}

/*
 * Is PATH an index ecmr wrote: an SQLite file whose meta table holds a
 * schema version and names ecmr as its generator, as every index since
 * the first has?  Opened immutable, so nothing of anyone else's is locked
 * or created beside it.
 */
static bool is_ecmr_index(const char *path)
{
	char *uri = immutable_uri(path);
	sqlite3 *h = NULL;
	sqlite3_stmt *q = NULL;
	bool ours = sqlite3_open_v2(uri, &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
		    sqlite3_prepare_v2(h, "SELECT (SELECT CAST(value AS INTEGER) > 0 FROM meta WHERE key = 'schema_version')"
					  " AND (SELECT substr(value, 1, 5) = 'ecmr ' FROM meta WHERE key = 'generator')",
				       -1, &q, NULL) == SQLITE_OK &&
		    sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) == 1;
	sqlite3_finalize(q);
	sqlite3_close(h);
	free(uri);
	return ours;
}

int index_check_target(const char *path, char **err)
{
	char *target = follow_links(path);
	struct stat st;
	const char *what = NULL;
	int e = stat(target, &st) != 0 ? errno : 0;
	if (!e)
		what = S_ISDIR(st.st_mode) ? "a directory"
		     : !S_ISREG(st.st_mode) ? "not a regular file (a device, a FIFO or a socket)"
		     : is_ecmr_index(target) ? NULL
		     : "not an ecmr index";
	/* a link is named with the file it leads to */
	char *name = strcmp(target, path) == 0 || e == ELOOP ? xstrdup(path)
			: xasprintf("%s (a link to %s)", path, target);
	if (e && e != ENOENT)
		*err = xasprintf("cannot write %s: %s", name, strerror(e));
	else if (what)
		*err = xasprintf("%s is %s; ecmr index replaces only an index of its own:"
				 " remove it or write the index elsewhere", name, what);
	free(name);
	free(target);
	return (e && e != ENOENT) || what ? -1 : 0;
}

/*
 * Make W's temporary file (".BASE.tmp-PID" beside the target) and open it.
 * The file is created here, not by SQLite, so that a failure says why
 * ("Permission denied", "Read-only file system", "No such file or
 * directory") where SQLite says only "unable to open database file".
 * 0, or -1 with *ERR naming the directory.
 */
static int create_temp(struct index_writer *w, char **err)
{
	char *copy = xstrdup(w->target), *copy2 = xstrdup(w->target);
	const char *dir = dirname(copy);
	w->temp = xasprintf("%s/.%s.tmp-%ld", dir, basename(copy2), (long)getpid());
	unlink(w->temp);
	int fd = open(w->temp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0)
		*err = xasprintf("cannot create a file in %s: %s", dir, strerror(errno));
	else
		close(fd);
	free(copy);
	free(copy2);
	if (fd < 0)
		return -1;
	if (sqlite3_open_v2(w->temp, &w->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		*err = w->db ? sql_error(w->db, w->temp) : xstrdup("out of memory");
		return -1;
	}
	return 0;
}

int index_begin(const char *path, struct index_writer **out, char **err)
{
	char *target = follow_links(path);
	if (index_check_target(target, err) != 0) {
		free(target);
		return -1;
	}
	struct index_writer *w = xcalloc(1, sizeof *w);
	w->target = target;
	w->next_id = 1;
	w->similar = similar_new();
	remove_stale_temps(target);
	if (create_temp(w, err) != 0) {
		index_abort(w);
		return -1;
	}
	/*
	 * Nobody reads the temporary file until it is complete: no journal
	 * needed.  16 KiB pages: a tenth less time writing the national index
	 * than 4 KiB ones, with searches as quick (make bench).
	 */
	if (exec(w, "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
		    " PRAGMA locking_mode = EXCLUSIVE; BEGIN", err) != 0) {
		index_abort(w);
		return -1;
	}
	for (size_t i = 0; i < sizeof schema / sizeof schema[0]; i++)
		if (exec(w, schema[i], err) != 0) {
			index_abort(w);
			return -1;
		}
	char *meta = xasprintf("INSERT INTO meta VALUES('schema_version', '%d'), ('parser_version', '%d'),"
			       " ('generator', 'ecmr %s'); PRAGMA user_version = %d",
			       INDEX_SCHEMA_VERSION, PARSER_VERSION, ECMR_VERSION, INDEX_SCHEMA_VERSION);
	int rc = exec(w, meta, err);
	free(meta);
	if (rc != 0) {
		index_abort(w);
		return -1;
	}
	for (int i = 0; i < S_COUNT; i++)
		if (sqlite3_prepare_v2(w->db, stmt_sql[i], -1, &w->stmt[i], NULL) != SQLITE_OK) {
			*err = sql_error(w->db, "preparing the index");
			index_abort(w);
			return -1;
		}
	/* the previous index, if it is one we can reuse reports from */
	char *ignored = NULL;
	if (access(target, R_OK) == 0 && db_open(target, &w->old, &ignored) == 0) {
		if (!db_parser_version_is(w->old, PARSER_VERSION)) {
			db_close(w->old);
			w->old = NULL;
		}
	}
	free(ignored);
	*out = w;
	return 0;
}

/*
 * Bind S (or NULL) without copying it: every string bound here outlives the
 * step that follows, and step() clears the bindings after it.
 */
static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/*
 * Bind the N ints V as the text "0 15 16" (schema.h: the citations
 * columns), or "" when every one is 0: a section nothing can cite stores
 * nothing.
 */
static void bind_ints(sqlite3_stmt *st, int i, const int *v, size_t n)
{
	bool any = false;
	for (size_t k = 0; k < n && !any; k++)
		any = v[k] != 0;
	struct strbuf b = {0};
	for (size_t k = 0; any && k < n; k++)
		sb_addf(&b, k ? " %d" : "%d", v[k]);
	sqlite3_bind_text(st, i, sb_str(&b), -1, SQLITE_TRANSIENT);
	sb_free(&b);
}

/* Run a prepared insert; returns 0 or -1 with *ERR. */
static int step(struct index_writer *w, sqlite3_stmt *st, char **err)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*err = sql_error(w->db, w->temp);
		return -1;
	}
	return 0;
}

/* Index TEXT for search as row ID, a section's or an item's (the text itself stays in their table). */
static int add_search_row(struct index_writer *w, long long id, const char *text, char **err)
{
	for (int s = S_FTS; s <= S_FTS_EXACT; s++) {
		sqlite3_stmt *f = w->stmt[s];
		sqlite3_bind_int64(f, 1, id);
		bind_text(f, 2, text);
		if (step(w, f, err) != 0)
			return -1;
	}
	return 0;
}

/*
 * Does the name pair (FULL, SHORT) rank above (FULL0, SHORT0) as the one an
 * authority is shown by?  The fullest printed name wins ("Liverpool City
 * Council" over "Liverpool"), then the first in byte order, then the short
 * name likewise: a total order, so an authority's name is the best of its
 * reports' whatever order they are indexed in.
 */
static bool name_ranks_above(const char *full, const char *shortn, const char *full0, const char *short0)
{
	size_t n = strlen(full), n0 = strlen(full0);
	if (n != n0)
		return n > n0;
	int c = strcmp(full, full0);
	if (c != 0)
		return c < 0;
	return strcmp(shortn, short0) < 0;
}

/*
 * The row of an existing authority for a report: the one with its DfE code
 * when it has one (so the reports of an authority are one authority however
 * each prints its name), else the one with its short name.  Sets *ID, and
 * copies the row's name, short name and whether its code is missing.
 * Returns false when there is none.
 */
static bool authority_find(struct index_writer *w, const struct report *r, const char *shortn,
			   long long *id, char **name, char **row_short, bool *code_missing)
{
	for (int s = r->la_code ? S_AUTH_BY_CODE : S_AUTH_FIND; s <= S_AUTH_FIND; s++) {
		sqlite3_stmt *st = w->stmt[s];
		bind_text(st, 1, s == S_AUTH_FIND ? shortn : r->la_code);
		bool found = sqlite3_step(st) == SQLITE_ROW;
		if (found) {
			/* copy before the reset: column pointers die with it */
			*id = sqlite3_column_int64(st, 0);
			const char *n0 = (const char *)sqlite3_column_text(st, 1);
			const char *s0 = (const char *)sqlite3_column_text(st, 3);
			*name = xstrdup(n0 ? n0 : shortn);
			*row_short = xstrdup(s0 ? s0 : shortn);
			*code_missing = sqlite3_column_type(st, 2) == SQLITE_NULL;
		}
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		if (found)
			return true;
	}
	return false;
}

/*
 * The authority row for a report: found by DfE code or short name,
 * created if new.  Its name and short name become the report's when these
 * rank above the row's (name_ranks_above); a short name another authority
 * already holds is left as it was.
 */
static int authority_id(struct index_writer *w, const struct report *r, long long *id, char **err)
{
	const char *shortn = r->authority_short ? r->authority_short : "(unknown authority)";
	const char *full = r->authority ? r->authority : shortn;
	char *name = NULL, *row_short = NULL;
	bool code_missing = false;
	if (authority_find(w, r, shortn, id, &name, &row_short, &code_missing)) {
		bool better = name_ranks_above(full, shortn, name, row_short);
		int rc = 0;
		if (better || (r->la_code && code_missing)) {
			sqlite3_stmt *u = w->stmt[S_AUTH_NAME];
			sqlite3_bind_int64(u, 1, *id);
			bind_text(u, 2, better ? full : name);
			bind_text(u, 3, r->la_code);
			rc = step(w, u, err);
		}
		if (rc == 0 && better && strcmp(shortn, row_short) != 0) {
			sqlite3_stmt *u = w->stmt[S_AUTH_SHORT];
			sqlite3_bind_int64(u, 1, *id);
			bind_text(u, 2, shortn);
			rc = step(w, u, err);
		}
		free(name);
		free(row_short);
		return rc;
	}
	const struct authority_ref *ref = r->la_code ? authority_by_code(r->la_code) : NULL;
	sqlite3_stmt *a = w->stmt[S_AUTH_ADD];
	bind_text(a, 1, shortn);
	bind_text(a, 2, full);
	bind_text(a, 3, r->la_code);
	bind_text(a, 4, ref ? ref->region : "");
	if (step(w, a, err) != 0)
		return -1;
	*id = sqlite3_last_insert_rowid(w->db);
	return 0;
}

/* The judgement shown beside a report: its first "overall" section's. */
static const char *report_overall(const struct report *r)
{
	for (size_t i = 0; i < r->nsections; i++)
		if (strcmp(r->sections[i].key, "overall") == 0 && r->sections[i].judgement != J_NONE)
			return judgement_name(r->sections[i].judgement);
	return NULL;
}

int index_add(struct index_writer *w, const struct report *r, char **err)
{
	long long aid;
	if (authority_id(w, r, &aid, err) != 0)
		return -1;
	struct strbuf warnings = {0};
	for (size_t i = 0; i < r->nwarnings; i++) {
		if (i)
			sb_addc(&warnings, '\n');
		sb_adds(&warnings, r->warnings[i]);
	}
	sqlite3_stmt *st = w->stmt[S_REPORT];
	sqlite3_bind_int64(st, 1, aid);
	bind_text(st, 2, report_type_name(r->type));
	sqlite3_bind_int(st, 3, r->year);
	bind_text(st, 4, r->title);
	bind_text(st, 5, r->authority);
	bind_text(st, 6, r->source);
	bind_text(st, 7, r->hash);
	bind_text(st, 8, report_overall(r));
	const char *main_date = report_main_date(r);
	bind_text(st, 9, main_date ? main_date : "");
	bind_text(st, 10, sb_str(&warnings));
	int rc = step(w, st, err);
	sb_free(&warnings);
	if (rc != 0)
		return -1;
	long long rid = sqlite3_last_insert_rowid(w->db);
	for (size_t i = 0; i < r->ndates; i++) {
		sqlite3_stmt *d = w->stmt[S_DATE];
		sqlite3_bind_int64(d, 1, rid);
		bind_text(d, 2, r->dates[i].kind);
		bind_text(d, 3, r->dates[i].iso);
		if (step(w, d, err) != 0)
			return -1;
	}
	for (size_t i = 0; i < r->nsections; i++) {
		const struct section *s = &r->sections[i];
		sqlite3_stmt *ss = w->stmt[S_SECTION];
		sqlite3_bind_int64(ss, 1, rid);
		sqlite3_bind_int(ss, 2, (int)i);
		bind_text(ss, 3, s->key);
		bind_text(ss, 4, s->scope);
		bind_text(ss, 5, s->heading);
		bind_text(ss, 6, s->judgement ? judgement_name(s->judgement) : NULL);
		bind_text(ss, 7, s->grade_raw);
		bind_text(ss, 8, s->scale ? scale_name(s->scale) : NULL);
		bind_text(ss, 9, s->source ? source_name(s->source) : NULL);
		sqlite3_bind_int(ss, 10, s->line);
		bind_text(ss, 11, s->text);
		long long sid = w->next_id++;
		sqlite3_bind_int64(ss, 12, sid);
		bind_ints(ss, 13, s->para_num, s->nparas);
		bind_ints(ss, 14, s->para_page, s->nparas);
		if (step(w, ss, err) != 0)
			return -1;
		if (*s->text && add_search_row(w, sid, s->text, err) != 0)
			return -1;
		for (size_t k = 0; k < s->nitems; k++) {
			const struct item *it = &s->items[k];
			sqlite3_stmt *is = w->stmt[S_ITEM];
			sqlite3_bind_int64(is, 1, sid);
			sqlite3_bind_int(is, 2, (int)k);
			bind_text(is, 3, item_kind_name(it->kind));
			bind_text(is, 4, it->text);
			bind_text(is, 5, it->timeframe);
			bind_text(is, 6, it->actor);
			long long iid = w->next_id++;
			sqlite3_bind_int64(is, 7, iid);
			sqlite3_bind_int(is, 8, it->paragraph);
			sqlite3_bind_int(is, 9, it->page);
			if (step(w, is, err) != 0)
				return -1;
			if (add_search_row(w, iid, it->text, err) != 0)
				return -1;
			similar_add(w->similar, iid, aid, rid, r->year, it->kind, it->text);
		}
	}
	return 0;
}

/* The authority's name as report ID of OLD printed it (malloc'd), or NULL. */
static char *report_printed_authority(struct db *old, int id)
{
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(db_handle(old), "SELECT authority_printed FROM report WHERE id = ?1", -1, &q, NULL)
	    != SQLITE_OK)
		return NULL;
	sqlite3_bind_int(q, 1, id);
	const char *t = sqlite3_step(q) == SQLITE_ROW ? (const char *)sqlite3_column_text(q, 0) : NULL;
	char *printed = t ? xstrdup(t) : NULL;
	sqlite3_finalize(q);
	return printed;
}

bool index_reuse(struct index_writer *w, const char *source, const char *sha256, enum report_type *type)
{
	if (!w->old)
		return false;
	int id = db_find_report(w->old, source, sha256);
	if (id <= 0)
		return false;
	struct report r;
	if (db_load_report(w->old, id, &r) != 0)
		return false;
	/* the name the report printed, not its authority's: that is chosen anew */
	char *printed = report_printed_authority(w->old, id);
	if (printed) {
		free(r.authority);
		r.authority = printed;
	}
	char *err = NULL;
	int rc = index_add(w, &r, &err);
	*type = r.type;
	free(err);
	report_free(&r);
	return rc == 0;
}

static int fsync_path(const char *path, int flags)
{
	int fd = open(path, flags);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

/* One row of item_group (a similar_emit). */
static int write_group(void *ctx, long long item_id, long long group, long long strength, int strength_year)
{
	struct index_writer *w = ctx;
	sqlite3_stmt *st = w->stmt[S_GROUP];
	sqlite3_bind_int64(st, 1, item_id);
	sqlite3_bind_int64(st, 2, group);
	sqlite3_bind_int64(st, 3, strength);
	sqlite3_bind_int(st, 4, strength_year);
	return step(w, st, &w->similar_err);
}

int index_commit(struct index_writer *w, char **err)
{
	if (similar_finish(w->similar, write_group, w) != 0) {
		*err = w->similar_err;
		w->similar_err = NULL;
		index_abort(w);
		return -1;
	}
	for (size_t i = 0; i < sizeof finishing / sizeof finishing[0]; i++)
		if (exec(w, finishing[i], err) != 0) {
			index_abort(w);
			return -1;
		}
	if (exec(w, "COMMIT", err) != 0) {
		index_abort(w);
		return -1;
	}
	for (int i = 0; i < S_COUNT; i++)
		sqlite3_finalize(w->stmt[i]);
	memset(w->stmt, 0, sizeof w->stmt);
	if (sqlite3_close(w->db) != SQLITE_OK) {
		*err = xasprintf("closing %s: %s", w->temp, sqlite3_errmsg(w->db));
		w->db = NULL;
		index_abort(w);
		return -1;
	}
	w->db = NULL;
	if (fsync_path(w->temp, O_RDONLY) != 0) {
		*err = xasprintf("cannot flush %s to disk: %s", w->temp, strerror(errno));
		index_abort(w);
		return -1;
	}
	chmod(w->temp, 0644);
	/* something else may have been put there while the index was written */
	if (index_check_target(w->target, err) != 0) {
		index_abort(w);
		return -1;
	}
	if (rename(w->temp, w->target) != 0) {
		*err = xasprintf("cannot replace %s: %s", w->target, strerror(errno));
		index_abort(w);
		return -1;
	}
	char *copy = xstrdup(w->target);
	fsync_path(dirname(copy), O_RDONLY | O_DIRECTORY);
	free(copy);
	if (w->old)
		db_close(w->old);
	similar_free(w->similar);
	free(w->target);
	free(w->temp);
	free(w);
	return 0;
}

void index_abort(struct index_writer *w)
{
	if (!w)
		return;
	for (int i = 0; i < S_COUNT; i++)
		if (w->stmt[i])
			sqlite3_finalize(w->stmt[i]);
	if (w->db)
		sqlite3_close(w->db);
	unlink(w->temp);
	if (w->old)
		db_close(w->old);
	similar_free(w->similar);
	free(w->similar_err);
	free(w->target);
	free(w->temp);
	free(w);
}

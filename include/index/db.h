/*
 * db.h: the read side of the index: the small query layer that the
 * browser's panes and the export and show commands ask for what they show.
 * No SQL lives outside db.c and index.c.
 */
#ifndef ECMR_DB_H
#define ECMR_DB_H

#include "report/report.h"

#include <stdbool.h>
#include <stddef.h>

struct db;

/*
 * Open the index at PATH read-only.  Fails (returning -1 with a malloc'd
 * *ERR that says what to do) when the file is missing, is not SQLite, is a
 * SQLite file of another kind, has a newer schema than this ecmr reads, or
 * has in place of a table, index, view or search table that its schema
 * made something else (a view where a table should be, say), so nothing
 * reads what ecmr did not make.
 */
int db_open(const char *path, struct db **out, char **err);
/* Close DB (NULL: nothing).  Free every search started on it (search_free) first. */
void db_close(struct db *db);
const char *db_path(const struct db *db);

/*
 * Why the last query on DB failed, for a message.  Every query is bounded:
 * one that asks for far more work than any ecmr index needs (a crafted
 * file) is stopped, and db_stopped is then true and every later query
 * fails at once.
 */
const char *db_error(const struct db *db);
bool db_stopped(const struct db *db);
/* The bound of each later statement on DB, in thousands of SQLite VM steps (for tests). */
void db_set_budget(struct db *db, long long thousands);

/*
 * Read DB's file through a memory map rather than a page at a time into
 * SQLite's cache: for a command that reads much of the index once (`ecmr
 * search` of a common word reads the text of thousands of sections),
 * where copying each page costs more than the rest.  The browser does
 * not: what it has read would stay counted in its memory.
 */
void db_read_mapped(struct db *db);

/*
 * DB will serve one search (`ecmr search`): searches then join each hit
 * to its report in SQL, rather than first reading what many searches of
 * an index share (each report's run of row ids, each row's facts for
 * kind:, scope: and outcome:), which costs one search more than it saves.
 */
void db_search_once(struct db *db);

/*
 * A file: URI that opens PATH immutable (malloc'd): no lock is taken and
 * nothing is created beside the file, so a file that may not be ours can
 * be looked into without touching it.
 */
char *immutable_uri(const char *path);

/* Has the file at db_path() been replaced since it was opened (a rebuild)? */
bool db_replaced(const struct db *db);

struct authority_row {
	int id;
	char *name;            /* the fullest name the reports print */
	char *short_name;
	char *la_code;         /* NULL if unknown */
	char *region;          /* "" if unknown */
	int nreports;
	int latest_year;
	enum judgement latest_overall; /* the newest report's overall judgement that has one */
};

struct report_row {
	int id;
	enum report_type type;
	int year;
	enum judgement overall;
	char *date;            /* the report's main date, ISO, or "" */
	char *name;            /* its title, else its file's name (no directory): tells unrecognised ones apart */
};

struct search_hit {
	int report_id;
	int section_id;
	char *authority;       /* short name */
	int year;
	enum report_type type;
	char *section_key;
	char *scope;
	char *heading;
	long long rowid;       /* in the search table */
	char *snippet;         /* NULL until db_hit_snippet fetches it */
	bool is_item;
	enum item_kind item_kind;
};

/* Every authority, sorted by short name.  Free with db_free_authorities. */
int db_authorities(struct db *db, struct authority_row **rows, size_t *n);
void db_free_authorities(struct authority_row *rows, size_t n);

/* One authority's reports, oldest first.  Free with db_free_reports. */
int db_reports(struct db *db, int authority_id, struct report_row **rows, size_t *n);
void db_free_reports(struct report_row *rows, size_t n);

/* Every report id in the index, in a stable order (authority, year, type). */
int db_report_ids(struct db *db, int **ids, size_t *n);

/* Load a whole report (sections in reading order, items) into *R (zeroed here); 0, or -1 with *R empty. */
int db_load_report(struct db *db, int report_id, struct report *r);

/* The authority id of a report; 0 if none. */
int db_report_authority(struct db *db, int report_id);

/*
 * Full-text search (FTS5 syntax; plain words are ANDed) over section texts
 * and items, in index order (by authority and year, as indexed), at most
 * LIMIT hits.  A query FTS5 cannot parse is retried as quoted words.
 * Returns 0, or -1 with *ERR.  Snippets are fetched when shown, with
 * db_hit_snippet.
 */
int db_search(struct db *db, const char *query, size_t limit, struct search_hit **hits, size_t *n,
	      char **err);
void db_free_hits(struct search_hit *hits, size_t n);

/*
 * Does the index stem words (schema 3 on)?  An older index searches word
 * forms only as typed: rebuilding it gives better search.
 */
bool db_search_stems(const struct db *db);

/*
 * The text around HIT's match, the match between \x01 and \x02 markers
 * (fetched once, kept in HIT->snippet; "" if it cannot be had).  HIT must
 * come from the last db_search on DB.  Linear in the length of the hit's
 * text: where FTS5's snippet() would weigh too many matches against each
 * other, the snippet is made in one pass instead.
 */
const char *db_hit_snippet(struct db *db, struct search_hit *hit);

/* The id of the report read from SOURCE with content hash SHA256, or 0. */
int db_find_report(struct db *db, const char *source, const char *sha256);

/*
 * The id of a report whose file had digest SHA256 (the first indexed, when
 * the same file was indexed under two names), its authority in
 * *AUTHORITY_ID; 0 when the index has none.  Marks find their reports so.
 */
int db_report_by_digest(struct db *db, const char *sha256, int *authority_id);

/* Was the index built by this parser version (so its reports can be reused)? */
bool db_parser_version_is(struct db *db, int version);

/*
 * Where an index is read from: -i, else $ECMR_INDEX, else the default path,
 * else the sample index (malloc'd); NULL with *ERR (malloc'd) when there is
 * no home directory for the default path and no sample index.
 */
char *index_path_for_reading(const char *option, char **err);
/*
 * The default place `ecmr index` writes: ${XDG_DATA_HOME:-~/.local/share}/ecmr/index.db,
 * ~ being $HOME, else the password database's home directory for this
 * user.  NULL with *ERR (malloc'd) when neither gives one.
 */
char *index_default_path(char **err);
/* The installed sample index (DATADIR/sample.db). */
const char *index_sample_path(void);

#endif

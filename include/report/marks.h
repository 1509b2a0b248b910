/*
 * marks.h: the user's marks (key m): items, sections and authorities set
 * aside for a meeting brief or the compare grid.  Marks are the user's,
 * not the index's, so they are kept in a state file of their own
 * (state_path("marks")) and keyed by what survives an index rebuild: a
 * report's SHA-256 digest, a section's key and scope, an item's kind and
 * its own text; an authority by its DfE code, else its short name.
 *
 * The file (man ecmr, FILES) is text, one mark a line, fields split by
 * tabs, a backslash escaping a tab (\t), newline (\n), carriage return
 * (\r) or backslash (\\) inside a field:
 *
 *   ecmr marks 1
 *   item      SHA256 SECTION-KEY SCOPE KIND WHERE TEXT
 *   section   SHA256 SECTION-KEY SCOPE WHERE
 *   authority LA-CODE-OR-- SHORT-NAME
 *
 * WHERE ("Marlow Vale, 2007 APA") only describes the mark when its report
 * has left the index; it is not part of the key.  Blank lines and lines
 * starting with '#' are skipped.
 */
#ifndef ECMR_MARKS_H
#define ECMR_MARKS_H

#include "report/item_row.h"
#include "report/report.h"

#include <stdbool.h>
#include <stddef.h>

/* The version the first line names; a file of another version is not ours to change. */
#define MARKS_VERSION 1

enum mark_kind { MARK_ITEM, MARK_SECTION, MARK_AUTHORITY };

struct mark {
	enum mark_kind kind;
	char *sha256;          /* item, section: the report's digest */
	char *key, *scope;     /* item, section: the section */
	enum item_kind item;   /* item: its kind */
	char *where;           /* item, section: "Marlow Vale, 2007 APA" (description only) */
	char *text;            /* item: its own text */
	char *la_code;         /* authority: its DfE code, "" none */
	char *authority;       /* authority: its short name */
};

struct marks {
	struct mark *v;
	size_t n, cap;
};

/*
 * A mark as found in an index (index/marked.h finds them; the marks list
 * and the brief show them).
 */
struct marked {
	size_t mark;           /* its place in the marks */
	enum mark_kind kind;
	bool found;            /* what it marks is in this index */
	int authority_id;      /* 0 when not found */
	char *authority;       /* the authority's full name; when not found, the mark's own description */
	char *authority_short; /* its short name ("" when not found) */
	int outcome;           /* the outcome its section judges (1-5), 0 none */
	/*
	 * An item: the item as db_items gives it.  A section: its report's and
	 * section's fields (year, type, date, sha256, key, scope, heading,
	 * judgement, section_ord; text ""). An authority: zeroed, strings "".
	 */
	struct item_row row;
};

/*
 * Parse DATA (a marks file's contents) into M (emptied first).  Returns 0;
 * -1 when the file is damaged (*ERR: "line N: why", malloc'd); -2 when it
 * names another version (*ERR says which), which the caller must not
 * overwrite.  On failure M is empty.
 */
int marks_parse(const char *data, struct marks *m, char **err);

/* M as a marks file's contents (the first line included).  Malloc'd. */
char *marks_format(const struct marks *m);

/* Is mark A the same mark as B (the same key; WHERE is not compared)? */
bool mark_same(const struct mark *a, const struct mark *b);

/* The index of a mark in M the same as MK, or -1. */
int marks_find(const struct marks *m, const struct mark *mk);

/*
 * Add a copy of MK to M unless the same mark is there, else remove that
 * one.  Returns true when MK is now marked.
 */
bool marks_toggle(struct marks *m, const struct mark *mk);

/* Remove mark I of M. */
void marks_remove(struct marks *m, size_t i);

void marks_free(struct marks *m);

/*
 * Load the marks file PATH into M.  Returns 0 (also when there is no file
 * yet); -1 when it could not be read (*ERR); -2 when it was damaged: it has
 * been set aside (state_set_aside) and *ERR says where, so it is not lost;
 * -3 when it is of another version (left alone; *ERR says so).
 */
int marks_load(const char *path, struct marks *m, char **err);

/* Write M to PATH atomically (state_write).  0, or -1 with *ERR. */
int marks_save(const char *path, const struct marks *m, char **err);

#endif

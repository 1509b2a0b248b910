/*
 * parse_ahead.h: reading, hashing and parsing report files ahead of the
 * index writer, on threads of their own.
 *
 * `ecmr index` spends about half its time parsing and half in SQLite; with
 * the parsing done on other cores while the writer inserts the reports
 * before, the run takes about as long as the slower of the two.  Files come
 * out in the order given, so the index is the same as when they are read
 * one after another, and at most READER_AHEAD parsed reports wait in
 * memory, however many files there are.
 */
#ifndef ECMR_PARSE_AHEAD_H
#define ECMR_PARSE_AHEAD_H

#include "parse/parse.h"
#include "report/report.h"

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

/* Reports parsed ahead of the writer, at most. */
#define READER_AHEAD 16

enum file_job_kind {
	JOB_UNREADABLE, /* could not be read: WHY says why */
	JOB_UNCHANGED,  /* the previous index has this path with this hash: nothing parsed */
	JOB_PARSED,     /* STATUS and REPORT hold the parse (WHY for PARSE_EMPTY, PARSE_BINARY) */
	JOB_STOPPED,    /* STOP ended its conversion: nothing is known about the file */
};

/* One file's outcome, handed to the writer. */
struct file_job {
	const char *path;         /* from the list given to reader_start */
	enum file_job_kind kind;
	char hash[65];            /* JOB_UNCHANGED, JOB_PARSED */
	enum parse_status status; /* JOB_PARSED */
	struct report report;     /* JOB_PARSED; the writer frees it with report_free */
	char *why;                /* malloc'd or NULL; the writer frees it */
};

struct parse_ahead;

/*
 * Start reading the N files in PATHS (which must outlive the reader), in
 * that order.  OLD_INDEX, when it names an index made by this parser
 * version, is where unchanged files are looked up (on a connection of the
 * reader's own).  STOP is polled between files: once it is non-zero no
 * further file is started.  THREADS reading threads are started: 0 for as
 * many as the cores allow beside the writer's (at least one), at most 2;
 * below 0 none.  Never fails: without a thread the files are read one at
 * a time as reader_next asks for them.
 */
struct parse_ahead *reader_start(char *const *paths, size_t n, const char *old_index,
				  volatile sig_atomic_t *stop, int threads);

/*
 * The next file's outcome, waiting for it if need be.  Returns false when
 * every file has been handed out, or STOP has ended the reading.
 */
bool reader_next(struct parse_ahead *rd, struct file_job *job);

/* Stop the reader (files not yet handed out are dropped) and free it. */
void reader_finish(struct parse_ahead *rd);

/*
 * A JOB_UNCHANGED job whose old rows could not be copied after all: read
 * and parse its file now, making it JOB_PARSED (or JOB_UNREADABLE).
 */
void file_job_parse_now(struct file_job *job);

/* Free what JOB holds (its report, its reason); JOB may then be reused. */
void file_job_free(struct file_job *job);

#endif

/*
 * test_parse_ahead.c: files read ahead on other threads come out in the
 * order given, each with its own hash and outcome, however many threads
 * read them; stopping and finishing early neither hangs nor leaks.
 */
#include "check.h"
#include "index/parse_ahead.h"
#include "base/sha256.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NFILES (3 * READER_AHEAD + 5) /* more than the ring holds, several times over */

static char *dir;
static char *paths[NFILES];
static char *contents[NFILES]; /* NULL: the file does not exist */

/* File i: missing when i % 7 == 3, empty when i % 5 == 0, else text naming i. */
static void make_files(void)
{
	dir = check_mkdtemp("reader");
	for (int i = 0; i < NFILES; i++) {
		paths[i] = xasprintf("%s/r%03d.txt", dir, i);
		if (i % 7 == 3)
			continue;
		contents[i] = i % 5 == 0 ? xstrdup("") : xasprintf("Report number %d.\n\nIt says %d.\n", i, i * i);
		FILE *f = fopen(paths[i], "w");
		if (!f || fputs(contents[i], f) == EOF || fclose(f) != 0) {
			perror(paths[i]);
			exit(2);
		}
	}
}

static void remove_files(void)
{
	for (int i = 0; i < NFILES; i++) {
		unlink(paths[i]);
		free(paths[i]);
		free(contents[i]);
	}
	check_remove_tree(dir);
	free(dir);
}

/* Read every file with THREADS reading threads and check each job against its file. */
static void read_all_with(int threads)
{
	volatile sig_atomic_t stop = 0;
	struct parse_ahead *rd = reader_start(paths, NFILES, NULL, &stop, threads);
	struct file_job job;
	int i = 0;
	while (reader_next(rd, &job)) {
		if (i >= NFILES) {
			CHECK(!"more jobs than files");
			file_job_free(&job);
			break;
		}
		CHECK_STR(job.path, paths[i]);
		if (!contents[i]) {
			CHECK_INT(job.kind, JOB_UNREADABLE);
			CHECK(job.why != NULL);
		} else {
			CHECK_INT(job.kind, JOB_PARSED);
			char want[65];
			sha256_hex(contents[i], strlen(contents[i]), want);
			CHECK_STR(job.hash, want);
			CHECK_INT(job.status == PARSE_EMPTY, !contents[i][0]);
		}
		file_job_free(&job);
		i++;
	}
	CHECK_INT(i, NFILES);
	reader_finish(rd);
}

static void in_order_inline(void) { read_all_with(-1); }
static void in_order_one_thread(void) { read_all_with(1); }
static void in_order_two_threads(void) { read_all_with(2); }
static void in_order_as_the_cores_allow(void) { read_all_with(0); }

/* STOP ends the reading within the files already read ahead. */
static void stop_ends_reading(void)
{
	volatile sig_atomic_t stop = 0;
	struct parse_ahead *rd = reader_start(paths, NFILES, NULL, &stop, 2);
	struct file_job job;
	int taken = 0;
	while (reader_next(rd, &job)) {
		file_job_free(&job);
		if (++taken == 3)
			stop = 1;
	}
	CHECK(taken >= 3);
	CHECK(taken <= 3 + READER_AHEAD + 2);
	reader_finish(rd);
}

/* Finishing with reports still read ahead frees them (the sanitizer build would report a leak). */
static void finish_early(void)
{
	volatile sig_atomic_t stop = 0;
	struct parse_ahead *rd = reader_start(paths, NFILES, NULL, &stop, 2);
	struct file_job job;
	CHECK(reader_next(rd, &job));
	file_job_free(&job);
	reader_finish(rd);
}

int main(void)
{
	make_files();
	RUN(in_order_inline);
	RUN(in_order_one_thread);
	RUN(in_order_two_threads);
	RUN(in_order_as_the_cores_allow);
	RUN(stop_ends_reading);
	RUN(finish_early);
	remove_files();
	return check_done();
}

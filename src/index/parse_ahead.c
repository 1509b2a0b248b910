/*
 * parse_ahead.c: reading, hashing and parsing report files ahead of the
 * index writer (see parse_ahead.h).
 *
 * Reading threads claim files in order and put each file's job in its slot
 * of a ring of READER_AHEAD; the writer takes them in file order.  A thread
 * claims file i only once file i - READER_AHEAD has been taken, so its slot
 * is free.  The threads block every signal, so SIGINT and the like reach
 * the writer's thread, whose handler sets the STOP flag they all poll.
 */
#include "index/parse_ahead.h"
#include "index/db.h"
#include "base/sha256.h"
#include "parse/source.h"
#include "base/util.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reading threads, at most: parsing takes less CPU than SQLite's inserts, so more never pay. */
#define READER_THREADS_MAX 2

/*
 * How many reading threads to start: one for each core beside the
 * writer's, at least one, at most READER_THREADS_MAX.  The writer is the
 * slower stage; a reader sharing its core slows it.  On two cores one
 * reader builds the national bench index in 1.44 s and two in 1.59 s.
 */
static int reader_thread_count(void)
{
	cpu_set_t set;
	long cpus = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : sysconf(_SC_NPROCESSORS_ONLN);
	long n = cpus - 1;
	return n < 1 ? 1 : n > READER_THREADS_MAX ? READER_THREADS_MAX : (int)n;
}

struct parse_ahead {
	char *const *paths;
	size_t n;
	const char *old_index;          /* each reading thread opens it for itself */
	volatile sig_atomic_t *stop;

	int threads;                    /* 0: files are read by reader_next itself */
	pthread_t thread[READER_THREADS_MAX];
	struct db *inline_old;          /* the previous index, when threads is 0 */
	pthread_mutex_t lock;
	pthread_cond_t changed;         /* a job was claimed, finished or taken, or a thread ended */
	/* file i's job is in slot[i % READER_AHEAD] once ready[i % READER_AHEAD] */
	struct file_job slot[READER_AHEAD];
	bool ready[READER_AHEAD];
	size_t next_claim;              /* the next file a thread starts on */
	size_t next_take;               /* the next file reader_next hands out */
	int running;                    /* threads not yet ended */
	bool cancelled;                 /* reader_finish: threads are to stop */
};

/* The previous index, if it was made by this parser, for spotting unchanged files. */
static struct db *open_old(const char *old_index)
{
	struct db *old = NULL;
	char *ignored = NULL;
	if (old_index && db_open(old_index, &old, &ignored) == 0 && !db_parser_version_is(old, PARSER_VERSION)) {
		db_close(old);
		old = NULL;
	}
	free(ignored);
	return old;
}

/*
 * Read JOB's file and, unless OLD has it with the same hash (or REHASH is
 * false and JOB's hash stands), parse it.
 */
static void read_job(struct file_job *job, struct db *old, bool rehash)
{
	char *data = NULL;
	size_t len = 0;
	int rc = source_read(job->path, &data, &len, &job->why);
	if (rc != 0) {
		job->kind = rc == SOURCE_STOPPED ? JOB_STOPPED : JOB_UNREADABLE;
		return;
	}
	if (rehash)
		sha256_hex(data, len, job->hash);
	if (old && db_find_report(old, job->path, job->hash) > 0) {
		job->kind = JOB_UNCHANGED;
	} else {
		job->kind = JOB_PARSED;
		job->status = parse_report_hashed(data, len, job->path, job->hash, &job->report, &job->why);
	}
	free(data);
}

/* Read, hash and (unless OLD has it unchanged) parse file I into JOB. */
static void read_one(struct parse_ahead *rd, struct db *old, size_t i, struct file_job *job)
{
	memset(job, 0, sizeof *job);
	job->path = rd->paths[i];
	read_job(job, old, true);
}

void file_job_parse_now(struct file_job *job)
{
	read_job(job, NULL, false);
}

void file_job_free(struct file_job *job)
{
	if (job->kind == JOB_PARSED)
		report_free(&job->report);
	free(job->why);
	job->why = NULL;
	job->kind = JOB_UNREADABLE;
}

/* A reading thread: claim the next file while its slot is free, read it, put it in its slot. */
static void *worker(void *arg)
{
	struct parse_ahead *rd = arg;
	struct db *old = open_old(rd->old_index);
	pthread_mutex_lock(&rd->lock);
	for (;;) {
		while (!rd->cancelled && !*rd->stop && rd->next_claim < rd->n &&
		       rd->next_claim >= rd->next_take + READER_AHEAD)
			pthread_cond_wait(&rd->changed, &rd->lock);
		if (rd->cancelled || *rd->stop || rd->next_claim >= rd->n)
			break;
		size_t i = rd->next_claim++;
		pthread_mutex_unlock(&rd->lock);
		struct file_job job;
		read_one(rd, old, i, &job);
		pthread_mutex_lock(&rd->lock);
		rd->slot[i % READER_AHEAD] = job;
		rd->ready[i % READER_AHEAD] = true;
		pthread_cond_broadcast(&rd->changed);
	}
	rd->running--;
	pthread_cond_broadcast(&rd->changed);
	pthread_mutex_unlock(&rd->lock);
	if (old)
		db_close(old);
	return NULL;
}

struct parse_ahead *reader_start(char *const *paths, size_t n, const char *old_index,
				  volatile sig_atomic_t *stop, int threads)
{
	if (threads == 0)
		threads = reader_thread_count();
	else if (threads > READER_THREADS_MAX)
		threads = READER_THREADS_MAX;
	struct parse_ahead *rd = xcalloc(1, sizeof *rd);
	rd->paths = paths;
	rd->n = n;
	rd->old_index = old_index;
	rd->stop = stop;
	pthread_mutex_init(&rd->lock, NULL);
	pthread_cond_init(&rd->changed, NULL);
	sigset_t all, saved;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &saved); /* new threads start with every signal blocked */
	pthread_mutex_lock(&rd->lock);
	for (int t = 0; t < threads && (size_t)t < n; t++)
		if (pthread_create(&rd->thread[rd->threads], NULL, worker, rd) == 0)
			rd->threads++;
	rd->running = rd->threads;
	pthread_mutex_unlock(&rd->lock);
	pthread_sigmask(SIG_SETMASK, &saved, NULL);
	if (!rd->threads)
		rd->inline_old = open_old(old_index);
	return rd;
}

bool reader_next(struct parse_ahead *rd, struct file_job *job)
{
	if (!rd->threads) {
		if (rd->next_take >= rd->n || *rd->stop)
			return false;
		read_one(rd, rd->inline_old, rd->next_take++, job);
		return true;
	}
	pthread_mutex_lock(&rd->lock);
	size_t k = rd->next_take % READER_AHEAD;
	/* wait for the file while some thread has it, or may still claim it */
	while (rd->next_take < rd->n && !rd->ready[k] && (rd->next_take < rd->next_claim || rd->running > 0))
		pthread_cond_wait(&rd->changed, &rd->lock);
	bool got = rd->next_take < rd->n && rd->ready[k];
	if (got) {
		*job = rd->slot[k];
		rd->ready[k] = false;
		rd->next_take++;
		pthread_cond_broadcast(&rd->changed);
	}
	pthread_mutex_unlock(&rd->lock);
	return got;
}

void reader_finish(struct parse_ahead *rd)
{
	pthread_mutex_lock(&rd->lock);
	rd->cancelled = true;
	pthread_cond_broadcast(&rd->changed);
	pthread_mutex_unlock(&rd->lock);
	for (int t = 0; t < rd->threads; t++)
		pthread_join(rd->thread[t], NULL);
	for (size_t k = 0; k < READER_AHEAD; k++)
		if (rd->ready[k])
			file_job_free(&rd->slot[k]);
	pthread_mutex_destroy(&rd->lock);
	pthread_cond_destroy(&rd->changed);
	if (rd->inline_old)
		db_close(rd->inline_old);
	free(rd);
}

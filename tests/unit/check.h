/*
 * check.h: the smallest unit-test harness that does the job.
 *
 * A test binary calls CHECK()/CHECK_STR()/... inside functions registered
 * with RUN().  Every check prints nothing on success; every failed check
 * prints "FAIL: test: file:line: what".  At the end of a RUN() the test
 * prints one "PASS: name" line if none of its checks failed.  tests/run
 * counts those lines.  check_done() returns the process exit code.
 */
#ifndef ECMR_CHECK_H
#define ECMR_CHECK_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures_total;
static int check_failures_here;
static const char *check_current = "?";

#define CHECK(cond) do { if (!(cond)) { \
	printf("FAIL: %s: %s:%d: %s\n", check_current, __FILE__, __LINE__, #cond); \
	check_failures_here++; } } while (0)

#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
	if (!g_ || !w_ || strcmp(g_, w_) != 0) { \
		printf("FAIL: %s: %s:%d: %s is \"%s\", want \"%s\"\n", check_current, \
		       __FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
		check_failures_here++; } } while (0)

#define CHECK_INT(got, want) do { long long g_ = (long long)(got), w_ = (long long)(want); \
	if (g_ != w_) { \
		printf("FAIL: %s: %s:%d: %s is %lld, want %lld\n", check_current, \
		       __FILE__, __LINE__, #got, g_, w_); \
		check_failures_here++; } } while (0)

#define CHECK_CONTAINS(hay, needle) do { const char *h_ = (hay), *n_ = (needle); \
	if (!h_ || !strstr(h_, n_)) { \
		printf("FAIL: %s: %s:%d: %s does not contain \"%s\"\n", check_current, \
		       __FILE__, __LINE__, #hay, n_); \
		check_failures_here++; } } while (0)

#define CHECK_LACKS(hay, needle) do { const char *h_ = (hay), *n_ = (needle); \
	if (h_ && strstr(h_, n_)) { \
		printf("FAIL: %s: %s:%d: %s contains \"%s\"\n", check_current, \
		       __FILE__, __LINE__, #hay, n_); \
		check_failures_here++; } } while (0)

/* Run one test function under a name; print PASS when it had no failures. */
#define RUN_NAMED(name, fn) do { check_current = (name); check_failures_here = 0; \
	fn(); if (check_failures_here == 0) printf("PASS: %s\n", check_current); \
	check_failures_total += check_failures_here; } while (0)
#define RUN(fn) RUN_NAMED(#fn, fn)

/* Mark a test as skipped with a reason (e.g. the shared corpus is absent). */
#define SKIP(name, why) printf("SKIP: %s: %s\n", (name), (why))

static inline int check_done(void) { fflush(stdout); return check_failures_total ? 1 : 0; }

/*
 * A new empty directory ecmr-TAG.XXXXXX under $TMPDIR (else /tmp), malloc'd;
 * exits with status 2 if it cannot be made.  TMPDIR, not /tmp, so that
 * tests/run, which gives every test a TMPDIR of its own, sees what a test
 * leaves behind.  Remove it with check_remove_tree().
 */
static inline char *check_mkdtemp(const char *tag)
{
	const char *tmp = getenv("TMPDIR");
	size_t n = strlen(tmp && tmp[0] ? tmp : "/tmp") + strlen(tag) + 16;
	char *dir = malloc(n);
	if (dir)
		snprintf(dir, n, "%s/ecmr-%s.XXXXXX", tmp && tmp[0] ? tmp : "/tmp", tag);
	if (!dir || !mkdtemp(dir)) {
		printf("FAIL: %s: cannot make a temporary directory\n", tag);
		exit(2);
	}
	return dir;
}

/* nftw callback: remove one file or (after its contents) directory. */
static inline int check_remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st, (void)type, (void)ftw;
	return remove(path);
}

/* Remove DIR and everything in it; symbolic links are removed, not followed. */
static inline void check_remove_tree(const char *dir)
{
	nftw(dir, check_remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

#endif

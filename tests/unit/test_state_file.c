/*
 * test_state_file.c: base/state_file: where the user's state files live
 * (the XDG rule), atomic replacement that leaves no temporary file, and
 * setting a damaged file aside without ever writing over another file.
 */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "base/state_file.h"
#include "base/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *scratch;

/* How many entries directory DIR holds, besides . and .. */
static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	if (!d)
		return -1;
	for (struct dirent *e; (e = readdir(d));)
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

/* XDG_STATE_HOME when absolute, else ~/.local/state; a relative one is ignored. */
static void paths(void)
{
	setenv("HOME", "/home/u", 1);
	setenv("XDG_STATE_HOME", "/x/state", 1);
	char *p = state_path("marks");
	CHECK_STR(p, "/x/state/ecmr/marks");
	free(p);
	setenv("XDG_STATE_HOME", "rel/state", 1);
	p = state_path("marks");
	CHECK_STR(p, "/home/u/.local/state/ecmr/marks");
	free(p);
	unsetenv("XDG_STATE_HOME");
	p = state_path("history");
	CHECK_STR(p, "/home/u/.local/state/ecmr/history");
	free(p);
	unsetenv("HOME");
	CHECK(state_path("marks") == NULL);
}

/* Writing makes the directory, replaces the file whole, leaves no temporary. */
static void writing(void)
{
	char *path = xasprintf("%s/a/b/ecmr/marks", scratch), *err = NULL, *data;
	size_t len;
	CHECK_INT(state_read(path, 1000, &data, &len, &err), 1);
	CHECK(data == NULL);
	CHECK_INT(state_write(path, "one\n", 4, &err), 0);
	CHECK_INT(state_write(path, "two two\n", 8, &err), 0);
	CHECK_INT(state_read(path, 1000, &data, &len, &err), 0);
	CHECK_STR(data, "two two\n");
	CHECK_INT(len, 8);
	free(data);
	char *dir = xasprintf("%s/a/b/ecmr", scratch);
	CHECK_INT(entries(dir), 1);
	struct stat st;
	CHECK(stat(dir, &st) == 0 && (st.st_mode & 0777) == 0700);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
	/* too large to be ours: refused, with the path in the reason */
	CHECK_INT(state_read(path, 4, &data, &len, &err), -1);
	CHECK_CONTAINS(err, path);
	free(err);
	err = NULL;
	/* a directory that cannot be made: an error naming the file, nothing left */
	char *bad = xasprintf("%s/ecmr/marks/x", path);
	CHECK_INT(state_write(bad, "z", 1, &err), -1);
	CHECK_CONTAINS(err, bad);
	free(err);
	free(bad);
	CHECK_INT(entries(dir), 1);
	free(dir);
	free(path);
}

/* A damaged file is renamed to the first free .damaged-N, never over one. */
static void setting_aside(void)
{
	char *path = xasprintf("%s/h", scratch), *err = NULL, *data;
	size_t len;
	char *taken = xasprintf("%s/h.damaged-1", scratch);
	CHECK_INT(state_write(taken, "theirs", 6, &err), 0);
	CHECK_INT(state_write(path, "bad", 3, &err), 0);
	char *aside = state_set_aside(path, &err);
	char *want = xasprintf("%s/h.damaged-2", scratch);
	CHECK_STR(aside, want);
	CHECK(access(path, F_OK) != 0);
	CHECK_INT(state_read(taken, 100, &data, &len, &err), 0);
	CHECK_STR(data, "theirs");
	free(data);
	CHECK_INT(state_read(want, 100, &data, &len, &err), 0);
	CHECK_STR(data, "bad");
	free(data);
	CHECK(state_set_aside(path, &err) == NULL); /* gone: nothing to set aside */
	CHECK(err != NULL);
	free(err);
	free(aside);
	free(want);
	free(taken);
	free(path);
}

/* The first line of every state file: "ecmr KIND VERSION", another version told apart from damage. */
static void headers(void)
{
	int found = -1;
	CHECK_INT(state_header_check("ecmr marks 1", 12, "marks", 1, &found), 0);
	CHECK_INT(found, 1);
	CHECK_INT(state_header_check("ecmr marks 12", 13, "marks", 1, &found), -2);
	CHECK_INT(found, 12);
	CHECK_INT(state_header_check("ecmr history 1", 14, "marks", 1, &found), -1);
	CHECK_INT(state_header_check("ecmr marks", 10, "marks", 1, &found), -1);
	CHECK_INT(state_header_check("ecmr marks ", 11, "marks", 1, &found), -1);
	CHECK_INT(state_header_check("ecmr marks 1x", 13, "marks", 1, &found), -1);
	CHECK_INT(state_header_check("ecmr marksx 1", 13, "marks", 1, &found), -1);
	/* LEN ends the line: what follows it is not read */
	CHECK_INT(state_header_check("ecmr history 1\nold search", 14, "history", 1, &found), 0);
	CHECK_INT(state_header_check("ecmr marks 99999999999", 22, "marks", 1, &found), -1);
}

int main(void)
{
	scratch = check_mkdtemp("state");
	RUN(headers);
	RUN(paths);
	RUN(writing);
	RUN(setting_aside);
	check_remove_tree(scratch);
	free(scratch);
	return check_done();
}

/*
 * state_file.c: reading, atomically writing and setting aside the user's
 * state files (see state_file.h for why they are kept this way).
 */
#define _POSIX_C_SOURCE 200809L
#include "base/state_file.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *state_path(const char *name)
{
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	if (xdg && xdg[0] == '/')
		return xasprintf("%s/ecmr/%s", xdg, name);
	if (home && *home)
		return xasprintf("%s/.local/state/ecmr/%s", home, name);
	return NULL;
}

int state_read(const char *path, size_t max, char **data, size_t *len, char **err)
{
	*data = NULL;
	*len = 0;
	struct stat st;
	if (stat(path, &st) != 0) {
		if (errno == ENOENT)
			return 1;
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = xasprintf("%s: not a regular file", path);
		return -1;
	}
	if ((size_t)st.st_size > max) {
		*err = xasprintf("%s: larger than %zu bytes; not read", path, max);
		return -1;
	}
	int rc = read_file(path, data, len);
	if (rc) {
		*err = xasprintf("%s: %s", path, strerror(rc));
		*data = NULL;
		return -1;
	}
	return 0;
}

/*
 * Make directory DIR and its missing parents, mode 0700 for those made.
 * Returns 0, or errno.  DIR is modified while working and restored.
 */
static int make_dirs(char *dir)
{
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		int rc = mkdir(dir, 0700);
		*p = '/';
		if (rc != 0 && errno != EEXIST)
			return errno;
	}
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return errno;
	return 0;
}

/* Write all LEN bytes of DATA to FD and flush them to disk; 0 or errno. */
static int write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		data += n;
		len -= (size_t)n;
	}
	return fsync(fd) != 0 ? errno : 0;
}

int state_write(const char *path, const char *data, size_t len, char **err)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		int rc = make_dirs(dir);
		if (rc) {
			*err = xasprintf("%s: cannot make its directory: %s", path, strerror(rc));
			free(dir);
			return -1;
		}
	}
	free(dir);
	char *temp = xasprintf("%s.new-XXXXXX", path);
	int fd = mkstemp(temp), rc = 0;
	if (fd < 0)
		rc = errno;
	else {
		rc = write_all(fd, data, len);
		if (close(fd) != 0 && !rc)
			rc = errno;
		if (!rc && rename(temp, path) != 0)
			rc = errno;
		if (rc)
			unlink(temp); /* ours: made by mkstemp above */
	}
	free(temp);
	if (rc) {
		*err = xasprintf("%s: cannot write: %s", path, strerror(rc));
		return -1;
	}
	return 0;
}

char *state_set_aside(const char *path, char **err)
{
	for (int n = 1; n < 1000; n++) {
		char *name = xasprintf("%s.damaged-%d", path, n);
		/* link() fails with EEXIST rather than replacing: never over another file */
		if (link(path, name) == 0) {
			if (unlink(path) != 0) {
				*err = xasprintf("%s: kept a copy as %s but cannot remove it: %s",
						 path, name, strerror(errno));
				free(name);
				return NULL;
			}
			return name;
		}
		int e = errno;
		free(name);
		if (e != EEXIST) {
			*err = xasprintf("%s: cannot set it aside: %s", path, strerror(e));
			return NULL;
		}
	}
	*err = xasprintf("%s: cannot set it aside: too many damaged copies already", path);
	return NULL;
}

int state_header_check(const char *line, size_t len, const char *kind, int version, int *found)
{
	size_t k = strlen(kind);
	*found = 0;
	if (len <= 5 + k + 1 || strncmp(line, "ecmr ", 5) != 0 || strncmp(line + 5, kind, k) != 0 || line[5 + k] != ' ')
		return -1;
	for (size_t i = 5 + k + 1; i < len; i++) {
		if (line[i] < '0' || line[i] > '9' || *found > 100000)
			return -1;
		*found = *found * 10 + (line[i] - '0');
	}
	return *found == version ? 0 : -2;
}

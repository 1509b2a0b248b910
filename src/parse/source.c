/* source.c: reading report files, converting PDFs with pdftotext. */
#include "parse/source.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static bool has_suffix_ci(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && str_eq_ci(s + n - m, suffix);
}

bool source_wanted(const char *path)
{
	return has_suffix_ci(path, ".txt") || has_suffix_ci(path, ".pdf");
}

/* Is PROG an executable on $PATH? */
static bool on_path(const char *prog)
{
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/bin:/bin";
	while (*path) {
		const char *e = strchr(path, ':');
		size_t n = e ? (size_t)(e - path) : strlen(path);
		char *full = xasprintf("%.*s/%s", (int)n, path, prog);
		bool ok = access(full, X_OK) == 0;
		free(full);
		if (ok)
			return true;
		path += n + (e ? 1 : 0);
	}
	return false;
}

/* Run "pdftotext -layout PATH -" and collect its output. */
static int pdf_to_text(const char *path, char **data, size_t *len, char **err)
{
	if (!on_path("pdftotext")) {
		*err = xstrdup("a PDF, but pdftotext is not installed (apt-get install poppler-utils)");
		return -1;
	}
	int fds[2];
	if (pipe(fds) != 0) {
		*err = xasprintf("cannot run pdftotext: %s", strerror(errno));
		return -1;
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		*err = xasprintf("cannot run pdftotext: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		int devnull = open("/dev/null", O_RDWR);
		if (devnull >= 0) {
			dup2(devnull, 0);
			dup2(devnull, 2);
		}
		execlp("pdftotext", "pdftotext", "-layout", "-enc", "UTF-8", path, "-", (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	struct strbuf b = {0};
	char buf[65536];
	ssize_t n;
	bool too_big = false;
	while ((n = read(fds[0], buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (b.len + (size_t)n > SOURCE_MAX_BYTES) {
			too_big = true;
			kill(pid, SIGTERM);
			break;
		}
		sb_add(&b, buf, (size_t)n);
	}
	close(fds[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (too_big || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		sb_free(&b);
		*err = too_big ? xstrdup("the PDF's text is larger than 64 MiB")
			       : xstrdup("pdftotext could not read this PDF");
		return -1;
	}
	*len = b.len;
	*data = sb_take(&b);
	return 0;
}

int source_read(const char *path, char **data, size_t *len, char **err)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		*err = xstrdup(errno == ENOENT ? "no such file" : strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		*err = xstrdup("is a directory");
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = xstrdup("not a regular file");
		return -1;
	}
	if ((unsigned long long)st.st_size > SOURCE_MAX_BYTES) {
		*err = xasprintf("too large (%lld bytes; the limit is 64 MiB)", (long long)st.st_size);
		return -1;
	}
	int e = read_file(path, data, len);
	if (e) {
		*err = xasprintf("cannot read: %s", strerror(e));
		return -1;
	}
	if (*len >= 5 && memcmp(*data, "%PDF-", 5) == 0) {
		free(*data);
		*data = NULL;
		return pdf_to_text(path, data, len, err);
	}
	if (has_suffix_ci(path, ".pdf")) {
		free(*data);
		*data = NULL;
		*err = xstrdup("named .pdf but not a PDF file");
		return -1;
	}
	return 0;
}

enum parse_status source_parse_file(const char *path, struct report *r, char **err)
{
	memset(r, 0, sizeof *r);
	char *data = NULL;
	size_t len = 0;
	*err = NULL;
	if (source_read(path, &data, &len, err) != 0)
		return PARSE_UNREADABLE;
	enum parse_status s = parse_report(data, len, path, r, err);
	free(data);
	return s;
}

/* source.c: reading report files, converting PDFs with pdftotext. */
#include "parse/source.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
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

/*
 * How long a converter may take, in seconds (0: no limit), and the flag
 * that stops it early (NULL: none); set by source_configure before any
 * reading thread starts, only read afterwards.
 */
static int convert_timeout = SOURCE_CONVERT_TIMEOUT;
static volatile sig_atomic_t *convert_stop;

int source_configure(volatile sig_atomic_t *stop, char **err)
{
	convert_stop = stop;
	convert_timeout = SOURCE_CONVERT_TIMEOUT;
	const char *v = getenv("ECMR_CONVERT_TIMEOUT");
	if (!v || !*v)
		return 0;
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (errno || end == v || *end || n < 0 || n > 7 * 24 * 3600) {
		*err = xasprintf("ECMR_CONVERT_TIMEOUT is '%s': it takes a whole number of seconds,"
				 " 0 for no limit", v);
		return -1;
	}
	convert_timeout = (int)n;
	return 0;
}

/* A converter at work: its process, leader of a process group of its own, and its pipes' read ends. */
struct converter {
	pid_t pid;
	int out, err;
};

/* How a conversion ended. */
enum convert_end { CONVERTED, CONVERT_STOPPED, CONVERT_TIMED_OUT, CONVERT_TOO_BIG };

/*
 * Start "pdftotext -layout -enc UTF-8 PATH -" with its output and errors
 * in pipes.  It gets a process group of its own, so a terminal's Ctrl-C
 * reaches ecmr alone, which then stops the whole group; and no signal
 * blocked, whatever the reading thread had blocked.  The pipes are
 * close-on-exec, so a converter started by another thread at the same
 * moment holds no end of them.  0, or -1 with *ERR.
 */
static int converter_start(const char *path, struct converter *c, char **err)
{
	int o[2], e[2];
	if (pipe2(o, O_CLOEXEC) != 0) {
		*err = xasprintf("cannot run pdftotext: %s", strerror(errno));
		return -1;
	}
	if (pipe2(e, O_CLOEXEC) != 0) {
		*err = xasprintf("cannot run pdftotext: %s", strerror(errno));
		close(o[0]);
		close(o[1]);
		return -1;
	}
	/* a name beginning with '-' would be taken for an option: "./-v" is the same file and is not */
	char *arg = path[0] == '-' ? xasprintf("./%s", path) : xstrdup(path);
	pid_t pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		int devnull = open("/dev/null", O_RDONLY);
		if (devnull >= 0)
			dup2(devnull, 0);
		dup2(o[1], 1);
		dup2(e[1], 2);
		execlp("pdftotext", "pdftotext", "-layout", "-enc", "UTF-8", arg, "-", (char *)NULL);
		_exit(127);
	}
	int fork_errno = errno;
	free(arg);
	close(o[1]);
	close(e[1]);
	if (pid < 0) {
		close(o[0]);
		close(e[0]);
		*err = xasprintf("cannot run pdftotext: %s", strerror(fork_errno));
		return -1;
	}
	setpgid(pid, pid); /* as the child does, whichever of the two runs first */
	*c = (struct converter){ pid, o[0], e[0] };
	return 0;
}

/* Has the stop flag been raised, or DEADLINE (0: none) passed? */
static enum convert_end converter_due(double deadline)
{
	if (convert_stop && *convert_stop)
		return CONVERT_STOPPED;
	if (deadline && monotonic_seconds() >= deadline)
		return CONVERT_TIMED_OUT;
	return CONVERTED;
}

/*
 * Read C's output into OUT and the first 4 KiB of its errors into ERRS
 * until both pipes end, the stop flag is raised, DEADLINE passes or the
 * output outgrows SOURCE_MAX_BYTES.  The flag is looked at ten times a
 * second: a reading thread blocks signals, so no EINTR would wake it.
 */
static enum convert_end converter_collect(struct converter *c, double deadline, struct strbuf *out,
					  struct strbuf *errs)
{
	struct pollfd p[2] = { { c->out, POLLIN, 0 }, { c->err, POLLIN, 0 } };
	char buf[65536];
	while (p[0].fd >= 0 || p[1].fd >= 0) {
		enum convert_end due = converter_due(deadline);
		if (due != CONVERTED)
			return due;
		if (poll(p, 2, 100) < 0 && errno != EINTR)
			return CONVERTED;
		for (int i = 0; i < 2; i++) {
			if (p[i].fd < 0 || !p[i].revents)
				continue;
			ssize_t n = read(p[i].fd, buf, sizeof buf);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				p[i].fd = -1; /* poll passes over it from now on */
			} else if (i == 0) {
				if (out->len + (size_t)n > SOURCE_MAX_BYTES)
					return CONVERT_TOO_BIG;
				sb_add(out, buf, (size_t)n);
			} else if (errs->len < 4096) {
				sb_add(errs, buf, (size_t)n);
			}
		}
	}
	return CONVERTED;
}

/* Wait for C to exit (*STATUS), as long as the stop flag and DEADLINE allow. */
static enum convert_end converter_wait(struct converter *c, double deadline, int *status)
{
	for (;;) {
		pid_t r = waitpid(c->pid, status, WNOHANG);
		if (r == c->pid || (r < 0 && errno != EINTR))
			return CONVERTED;
		enum convert_end due = converter_due(deadline);
		if (due != CONVERTED)
			return due;
		poll(NULL, 0, 10);
	}
}

/* Stop C and everything it started (SIGKILL: a converter that ignores SIGTERM is the one that hangs). */
static void converter_kill(struct converter *c)
{
	if (kill(-c->pid, SIGKILL) != 0)
		kill(c->pid, SIGKILL);
	while (waitpid(c->pid, NULL, 0) < 0 && errno == EINTR)
		;
}

/*
 * Why pdftotext, which exited with STATUS (not 0) writing ERRS on stderr,
 * could not read a PDF (malloc'd): an encrypted file says "Incorrect
 * password", forbidden copying is exit status 3, anything else is named by
 * the last line with "Error" that pdftotext wrote.
 */
static char *convert_failure(int status, const char *errs)
{
	if (strstr(errs, "Incorrect password"))
		return xstrdup("an encrypted PDF: it cannot be read without its password");
	if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
		return xstrdup("the PDF's permissions forbid copying its text");
	const char *last = NULL;
	for (const char *p = errs; (p = strstr(p, "Error")) != NULL; p++)
		last = p;
	if (!last)
		return xstrdup("pdftotext could not read this PDF");
	while (last > errs && last[-1] != '\n')
		last--;
	size_t n = strcspn(last, "\n");
	return xasprintf("pdftotext could not read this PDF (%.*s)", (int)(n > 120 ? 120 : n), last);
}

/* Is the text of a converted PDF nothing but white space and page breaks (a PDF of scanned images)? */
static bool blank_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r\n\f\v", s[i]))
			return false;
	return true;
}

/*
 * What became of a conversion that ended as END with wait STATUS, errors
 * ERRS and output OUT: 0, SOURCE_STOPPED, or -1 with *ERR.
 */
static int convert_result(enum convert_end end, int status, const struct strbuf *errs, const struct strbuf *out,
			  char **err)
{
	switch (end) {
	case CONVERT_STOPPED:
		return SOURCE_STOPPED;
	case CONVERT_TIMED_OUT:
		*err = xasprintf("pdftotext did not finish within %d second%s (the limit ECMR_CONVERT_TIMEOUT sets);"
				 " stopped", convert_timeout, convert_timeout == 1 ? "" : "s");
		return -1;
	case CONVERT_TOO_BIG:
		*err = xstrdup("the PDF's text is larger than 64 MiB");
		return -1;
	case CONVERTED:
		break;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		*err = convert_failure(status, errs->s ? errs->s : "");
		return -1;
	}
	if (blank_text(out->s, out->len)) {
		*err = xstrdup("a PDF with no text layer (scanned pages?): it needs OCR before ecmr can read it");
		return -1;
	}
	return 0;
}

/*
 * Convert the PDF at PATH to text with pdftotext, within the time limit
 * and until the stop flag is raised (source_configure).  0 with *DATA,
 * *LEN; SOURCE_STOPPED; or -1 with *ERR.
 */
static int pdf_to_text(const char *path, char **data, size_t *len, char **err)
{
	if (!on_path("pdftotext")) {
		*err = xstrdup("a PDF, but pdftotext is not installed (apt-get install poppler-utils)");
		return -1;
	}
	struct converter c;
	if (converter_start(path, &c, err) != 0)
		return -1;
	double deadline = convert_timeout ? monotonic_seconds() + convert_timeout : 0;
	struct strbuf out = {0}, errs = {0};
	int status = 0;
	enum convert_end end = converter_collect(&c, deadline, &out, &errs);
	if (end == CONVERTED)
		end = converter_wait(&c, deadline, &status);
	if (end != CONVERTED)
		converter_kill(&c);
	close(c.out);
	close(c.err);
	int rc = convert_result(end, status, &errs, &out, err);
	sb_free(&errs);
	if (rc != 0) {
		sb_free(&out);
		return rc;
	}
	*len = out.len;
	*data = sb_take(&out);
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
		*err = xstrdup(*len ? "named .pdf but not a PDF file" : "empty file");
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

/*
 * pager.c: handing text to the pager, a file or a command (see pager.h).
 */
#include "front/pager.h"
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

/* Write all of TEXT to FD; 0, or -1 with errno. */
static int write_all(int fd, const char *text)
{
	size_t len = strlen(text), done = 0;
	while (done < len) {
		ssize_t n = write(fd, text + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		done += (size_t)n;
	}
	return 0;
}

/*
 * A private directory for the pager's file: its path (malloc'd), or NULL
 * with *ERR.  Private so no other user can read the text or swap the file.
 */
static char *make_private_dir(char **err)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !tmp[0])
		tmp = "/tmp";
	char *dir = xasprintf("%s/ecmr-XXXXXX", tmp);
	if (!mkdtemp(dir)) { /* mode 0700 */
		*err = xasprintf("cannot create a temporary directory in %s: %s", tmp, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

/* NAME as a file name: no '/', not hidden, never empty. */
static char *safe_name(const char *name)
{
	char *s = xstrdup(name && name[0] ? name : "ecmr.txt");
	for (char *p = s; *p; p++)
		if (*p == '/' || (unsigned char)*p < 0x20)
			*p = '-';
	if (s[0] == '.')
		s[0] = '-';
	return s;
}

/* Is the pager command less (its first word, whatever its directory)? */
static bool pager_is_less(const char *pager)
{
	size_t n = strcspn(pager, " \t");
	const char *base = pager;
	for (const char *p = pager; p < pager + n; p++)
		if (*p == '/')
			base = p + 1;
	return (size_t)(pager + n - base) == 4 && strncmp(base, "less", 4) == 0;
}

/* Run /bin/sh -c CMD with ARGS as "$@", its stdin from IN_FD (-1: inherited); the child's pid. */
static pid_t run_shell(const char *cmd, char *const args[], int in_fd)
{
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		if (in_fd >= 0) {
			dup2(in_fd, STDIN_FILENO);
			close(in_fd);
		}
		char *argv[8] = { "sh", "-c", (char *)cmd, "sh" };
		int n = 4;
		for (int i = 0; args && args[i] && n < 7; i++)
			argv[n++] = args[i];
		argv[n] = NULL;
		execv("/bin/sh", argv);
		_exit(127);
	}
	return pid;
}

/* Wait for PID with SIGINT and SIGQUIT ignored here (they are the child's); its wait status. */
static int wait_child(pid_t pid)
{
	int status = -1;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return status;
}

int pager_run(const char *text, const char *name, const char *pattern, char **err)
{
	char *dir = make_private_dir(err);
	if (!dir)
		return -1;
	char *file = safe_name(name);
	char *path = xasprintf("%s/%s", dir, file);
	free(file);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	int status = -1;
	if (fd < 0 || write_all(fd, text) != 0) {
		*err = xasprintf("cannot write %s: %s", path, strerror(errno));
	} else {
		const char *pager = getenv("PAGER");
		if (!pager || !pager[0])
			pager = "less";
		char *search = pattern && pattern[0] && pager_is_less(pager) ? xasprintf("+/%s", pattern) : NULL;
		char *args[] = { search ? "-i" : path, search, search ? path : NULL, NULL };
		/* $PAGER may hold options ("less -R"): let the shell split it; the file is the last argument */
		char *cmd = xasprintf("%s \"$@\"", pager);
		struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_quit;
		sigemptyset(&ign.sa_mask);
		sigaction(SIGINT, &ign, &old_int);
		sigaction(SIGQUIT, &ign, &old_quit);
		pid_t pid = run_shell(cmd, args, -1);
		if (pid < 0) {
			*err = xasprintf("cannot start the pager: %s", strerror(errno));
		} else {
			int ws = wait_child(pid);
			if (WIFEXITED(ws) && WEXITSTATUS(ws) == 127)
				*err = xasprintf("the pager \"%s\" could not be run (set $PAGER)", pager);
			status = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
		}
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGQUIT, &old_quit, NULL);
		free(cmd);
		free(search);
	}
	if (fd >= 0)
		close(fd);
	unlink(path);
	rmdir(dir);
	free(path);
	free(dir);
	return *err ? -1 : status;
}

int save_text(const char *path, const char *text, char **err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0) {
		*err = errno == EEXIST ? xasprintf("%s exists; not replaced (choose another name)", path)
				       : xasprintf("cannot save %s: %s", path, strerror(errno));
		return -1;
	}
	int rc = write_all(fd, text);
	int saved = errno;
	if (close(fd) != 0 && rc == 0) {
		rc = -1;
		saved = errno;
	}
	if (rc != 0) {
		*err = xasprintf("cannot save %s: %s", path, strerror(saved));
		unlink(path); /* ours: made just now, and incomplete */
		return -1;
	}
	return 0;
}

int pipe_text(const char *command, const char *text, char **err)
{
	int p[2];
	/* close-on-exec: the command must not hold the write end open, or it never sees the end */
	if (pipe2(p, O_CLOEXEC) != 0) {
		*err = xasprintf("cannot run \"%s\": %s", command, strerror(errno));
		return -1;
	}
	struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_quit, old_pipe;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	sigaction(SIGPIPE, &ign, &old_pipe); /* a command that stops reading early is no error of ours */
	pid_t pid = run_shell(command, NULL, p[0]);
	close(p[0]);
	int status = -1;
	if (pid < 0) {
		*err = xasprintf("cannot run \"%s\": %s", command, strerror(errno));
		close(p[1]);
	} else {
		write_all(p[1], text);
		close(p[1]);
		int ws = wait_child(pid);
		if (WIFEXITED(ws) && WEXITSTATUS(ws) == 127)
			*err = xasprintf("\"%s\" could not be run", command);
		status = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	sigaction(SIGPIPE, &old_pipe, NULL);
	return *err ? -1 : status;
}

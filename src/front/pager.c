/*
 * pager.c: running $PAGER on a temporary file (see pager.h).
 */
#include "front/pager.h"
#include "base/util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char *pager_fallback; /* pager_set_fallback's command, or NULL */

void pager_set_fallback(const char *command)
{
	free(pager_fallback);
	pager_fallback = command && command[0] ? xstrdup(command) : NULL;
}

/* A private temporary file holding TEXT; its path (malloc'd) or NULL with *ERR. */
static char *write_temp(const char *text, char **err)
{
	const char *dir = getenv("TMPDIR");
	char *path = xasprintf("%s/ecmr-XXXXXX", dir && dir[0] ? dir : "/tmp");
	int fd = mkstemp(path); /* mode 0600 */
	if (fd < 0) {
		*err = xasprintf("cannot create a temporary file in %s: %s", dir && dir[0] ? dir : "/tmp",
				 strerror(errno));
		free(path);
		return NULL;
	}
	size_t len = strlen(text), done = 0;
	while (done < len) {
		ssize_t n = write(fd, text + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			*err = xasprintf("cannot write %s: %s", path, strerror(errno));
			close(fd);
			unlink(path);
			free(path);
			return NULL;
		}
		done += (size_t)n;
	}
	close(fd);
	return path;
}

int pager_run(const char *text, char **err)
{
	char *path = write_temp(text, err);
	if (!path)
		return -1;
	const char *pager = getenv("PAGER");
	if (!pager || !pager[0])
		pager = pager_fallback ? pager_fallback : "less";
	/* $PAGER may hold options ("less -R"): let the shell split it; the file is "$1" */
	char *cmd = xasprintf("%s \"$1\"", pager);
	struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_quit;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	int status = -1;
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		execl("/bin/sh", "sh", "-c", cmd, "sh", path, (char *)NULL);
		_exit(127);
	}
	if (pid < 0) {
		*err = xasprintf("cannot start the pager: %s", strerror(errno));
	} else {
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
			*err = xasprintf("the pager \"%s\" could not be run (set $PAGER)", pager);
		status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	unlink(path);
	free(path);
	free(cmd);
	return *err ? -1 : status;
}

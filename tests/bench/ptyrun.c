/*
 * ptyrun.c: run a program in a pseudo-terminal of a given size, type keys
 * at it, and measure what a person at a slow link would feel: wall time to
 * exit, the bytes it wrote after each key, and its peak memory.
 *
 *   ptyrun COLS ROWS KEYFILE -- COMMAND [ARG...]
 *
 * KEYFILE holds one key a line: a character, or "C-l", "Tab", "S-Tab",
 * "Enter", "Up", "Down", "PgDn", "PgUp", "Esc".  Keys are sent one at a
 * time; after each, output is read until the program has been quiet for
 * 30 ms.  KEYFILE "-" instead types "q" at once, before the first screen,
 * for timing start-up to exit.  Prints, one a line, "bench-raw: NAME=VALUE":
 * startup_bytes, per-key bytes (key_bytes=N, one line each), wall_ms,
 * maxrss_kb.  Used by tests/bench/run only; not part of ecmr.
 */
#include <errno.h>
#include <stdbool.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Read from FD until it has been quiet for QUIET_MS (or closed); returns bytes read. */
static long drain(int fd, int quiet_ms, int *closed)
{
	long total = 0;
	char buf[65536];
	for (;;) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		int r = poll(&p, 1, quiet_ms);
		if (r <= 0)
			return total;
		ssize_t n = read(fd, buf, sizeof buf);
		if (n <= 0) {
			*closed = 1;
			return total;
		}
		total += n;
	}
}

static const struct {
	const char *name, *seq;
} keys[] = {
	{ "C-l", "\014" }, { "Tab", "\t" }, { "S-Tab", "\033[Z" }, { "Enter", "\r" },
	{ "Up", "\033[A" }, { "Down", "\033[B" }, { "Left", "\033[D" }, { "Right", "\033[C" },
	{ "PgDn", "\033[6~" }, { "PgUp", "\033[5~" }, { "Esc", "\033" }, { "Space", " " },
};

static const char *key_seq(const char *name)
{
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (strcmp(keys[i].name, name) == 0)
			return keys[i].seq;
	return name;
}

int main(int argc, char **argv)
{
	if (argc < 6 || strcmp(argv[4], "--") != 0) {
		fprintf(stderr, "usage: ptyrun COLS ROWS KEYFILE -- COMMAND [ARG...]\n");
		return 2;
	}
	struct winsize ws = { .ws_col = (unsigned short)atoi(argv[1]), .ws_row = (unsigned short)atoi(argv[2]) };
	bool quit_at_once = strcmp(argv[3], "-") == 0;
	FILE *kf = quit_at_once ? NULL : fopen(argv[3], "r");
	if (!kf && !quit_at_once) {
		perror(argv[3]);
		return 2;
	}
	int master;
	double start = now_ms();
	pid_t pid = forkpty(&master, NULL, NULL, &ws);
	if (pid == 0) {
		execvp(argv[5], argv + 5);
		_exit(127);
	}
	int closed = 0;
	if (quit_at_once) {
		if (write(master, "q", 1) < 0)
			closed = 1;
		while (!closed)
			drain(master, 1000, &closed);
		int st;
		waitpid(pid, &st, 0);
		struct rusage ru0;
		getrusage(RUSAGE_CHILDREN, &ru0);
		printf("bench-raw: wall_ms=%.2f\nbench-raw: maxrss_kb=%ld\n", now_ms() - start, ru0.ru_maxrss);
		return 0;
	}
	long startup = drain(master, 300, &closed);
	printf("bench-raw: startup_bytes=%ld\n", startup);
	char line[64];
	while (!closed && fgets(line, sizeof line, kf)) {
		line[strcspn(line, "\n")] = '\0';
		if (!line[0])
			continue;
		const char *seq = key_seq(line);
		if (write(master, seq, strlen(seq)) < 0)
			break;
		long n = drain(master, 30, &closed);
		printf("bench-raw: key_bytes=%ld\n", n);
	}
	fclose(kf);
	/* quit, and keep reading so the program is never blocked on output */
	if (!closed && write(master, "q", 1) < 0)
		closed = 1;
	int status = 0;
	while (waitpid(pid, &status, WNOHANG) == 0) {
		drain(master, 10, &closed);
		if (closed) {
			waitpid(pid, &status, 0);
			break;
		}
	}
	double wall = now_ms() - start;
	struct rusage ru;
	getrusage(RUSAGE_CHILDREN, &ru);
	printf("bench-raw: wall_ms=%.2f\n", wall);
	printf("bench-raw: maxrss_kb=%ld\n", ru.ru_maxrss);
	printf("bench-raw: exit=%d\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	close(master);
	return 0;
}

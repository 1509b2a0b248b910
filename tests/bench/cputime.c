/*
 * cputime.c: run a command with its output in a file and say how long it
 * took, by the clock and in CPU time (user and system, its children's
 * too), so that a figure taken on a shared machine can be read beside what
 * other work made of the wall clock.
 *
 *   cputime OUTFILE -- COMMAND [ARG...]
 *
 * Standard input is /dev/null; standard output goes to OUTFILE (a real
 * file: GNU grep stops at the first match when it writes to /dev/null).
 * Prints, one a line, "bench-raw: NAME=VALUE": wall_ms, cpu_ms, exit.
 * Used by tests/bench/run only; not part of ecmr.
 */
#include <fcntl.h>
#include <stdio.h>
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

static double tv_ms(struct timeval tv)
{
	return tv.tv_sec * 1e3 + tv.tv_usec / 1e3;
}

int main(int argc, char **argv)
{
	if (argc < 4 || strcmp(argv[2], "--") != 0) {
		fprintf(stderr, "usage: cputime OUTFILE -- COMMAND [ARG...]\n");
		return 2;
	}
	int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
	int in = open("/dev/null", O_RDONLY);
	if (out < 0 || in < 0) {
		perror(argv[1]);
		return 2;
	}
	double start = now_ms();
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		return 2;
	}
	if (pid == 0) {
		dup2(in, 0);
		dup2(out, 1);
		execvp(argv[3], argv + 3);
		perror(argv[3]);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("wait4");
		return 2;
	}
	double wall = now_ms() - start;
	printf("bench-raw: wall_ms=%.2f\n", wall);
	printf("bench-raw: cpu_ms=%.2f\n", tv_ms(ru.ru_utime) + tv_ms(ru.ru_stime));
	printf("bench-raw: exit=%d\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}

/*
 * cmd_index.c: `ecmr index [-o INDEX] [-q] PATH...`: read report files and
 * directories, write one index.
 *
 * Files are taken in sorted order so the same inputs give the same index.
 * A bad file gets one line naming it and the rest go on.  SIGINT, SIGTERM
 * and SIGHUP only set a flag; the loop notices it between files and
 * abandons the temporary file, leaving the previous index as it was.
 */
#include "cli/commands.h"
#include "index/db.h"
#include "index/index.h"
#include "index/parse_ahead.h"
#include "parse/source.h"
#include "base/util.h"
#include "base/utf8.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	interrupted = sig;
}

/* The files to index, gathered from the command line. */
struct file_list {
	char **v;
	size_t n, cap;
	size_t skipped;    /* passed over: not .txt/.pdf, loops, duplicates */
	size_t failed;     /* could not be read at all */
	/* directories being walked, to spot symlink loops */
	struct { dev_t dev; ino_t ino; } stack[64];
	int depth;
};

static void add_file(struct file_list *f, const char *path)
{
	ARRAY_RESERVE(f->v, f->n, f->cap);
	f->v[f->n++] = xstrdup(path);
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(struct file_list *f, const char *path, bool named)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "ecmr: %s: %s\n", path,
			errno == ENOENT ? (named ? "no such file or directory" : "broken symbolic link") : strerror(errno));
		f->failed++;
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (named || source_wanted(path))
			add_file(f, path);
		else
			f->skipped++;
		return;
	}
	for (int i = 0; i < f->depth; i++)
		if (f->stack[i].dev == st.st_dev && f->stack[i].ino == st.st_ino) {
			fprintf(stderr, "ecmr: %s: a symbolic link loop; not followed\n", path);
			f->skipped++;
			return;
		}
	if (f->depth >= 64) {
		fprintf(stderr, "ecmr: %s: directories nested too deep; not followed\n", path);
		f->skipped++;
		return;
	}
	DIR *d = opendir(path);
	if (!d) {
		fprintf(stderr, "ecmr: %s: %s\n", path, strerror(errno));
		f->failed++;
		return;
	}
	f->stack[f->depth].dev = st.st_dev;
	f->stack[f->depth].ino = st.st_ino;
	f->depth++;
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue; /* ".", "..", and hidden files such as our own temporaries */
		ARRAY_RESERVE(names, n, cap);
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_path);
	for (size_t i = 0; i < n; i++) {
		char *child = xasprintf("%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
		walk(f, child, false);
		free(child);
		free(names[i]);
	}
	free(names);
	f->depth--;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Make the directory that will hold PATH (mkdir -p of its parent). */
static void make_parent(const char *path)
{
	char *copy = xstrdup(path);
	char *dir = dirname(copy);
	for (char *p = dir + 1; *p; p++) {
		if (*p == '/') {
			*p = '\0';
			mkdir(dir, 0755);
			*p = '/';
		}
	}
	mkdir(dir, 0755);
	free(copy);
}

static void usage(FILE *out)
{
	fprintf(out, "usage: ecmr index [-o INDEX] [-q] PATH...\n"
		     "  PATH   report files (.txt, .pdf) or directories, searched recursively\n"
		     "  -o     where to write the index (default $ECMR_INDEX, else\n"
		     "         ${XDG_DATA_HOME:-~/.local/share}/ecmr/index.db)\n"
		     "  -q     no progress line and no summary\n");
}

int cmd_index(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *output = NULL;
	bool quiet = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'q': quiet = true; break;
		case 'h': usage(stdout); return EXIT_OK;
		default: usage(stderr); return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "ecmr index: no files or directories given\n");
		usage(stderr);
		return EXIT_USAGE;
	}
	char *target = output ? xstrdup(output)
			      : getenv("ECMR_INDEX") && *getenv("ECMR_INDEX") ? xstrdup(getenv("ECMR_INDEX"))
									  : index_default_path();
	if (!output)
		make_parent(target);

	struct file_list files = {0};
	for (int i = optind; i < argc; i++)
		walk(&files, argv[i], true);

	struct sigaction sa = { .sa_handler = on_signal };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	/* past a file-size limit, let writes fail (EFBIG) so the error is reported, not a core dump */
	signal(SIGXFSZ, SIG_IGN);

	struct index_writer *w;
	char *err = NULL;
	if (index_begin(target, &w, &err) != 0) {
		fprintf(stderr, "ecmr: cannot write the index: %s; %s is unchanged\n", err, target);
		free(err);
		for (size_t i = 0; i < files.n; i++)
			free(files.v[i]);
		free(files.v);
		free(target);
		return EXIT_INDEX;
	}
	bool tty = !quiet && isatty(2);
	double start = now(), last_progress = 0;
	size_t indexed = 0, reused = 0, failed = files.failed, by_type[RT_COUNT] = {0}, warned = 0;
	int status = EXIT_OK;
	/* files are read and parsed a few ahead, on another core (parse_ahead.h) */
	struct parse_ahead *rd = reader_start(files.v, files.n, target, &interrupted, 0);
	struct file_job job;
	for (size_t i = 0; !interrupted && reader_next(rd, &job); i++) {
		const char *path = job.path;
		const char *clear = tty && last_progress ? "\r\033[K" : "";
		if (tty && now() - start > 0.5 && now() - last_progress > 0.1) {
			fprintf(stderr, "\rindexing %zu/%zu files...", i + 1, files.n);
			last_progress = now();
		}
		enum report_type type;
		if (job.kind == JOB_UNCHANGED && index_reuse(w, path, job.hash, &type)) {
			by_type[type]++;
			indexed++;
			reused++;
			continue;
		}
		if (job.kind == JOB_UNCHANGED) /* its old rows could not be copied: parse it after all */
			file_job_parse_now(&job);
		if (job.kind == JOB_UNREADABLE || job.status == PARSE_EMPTY || job.status == PARSE_BINARY) {
			fprintf(stderr, "%secmr: %s: %s\n", clear, path, job.why);
			file_job_free(&job);
			failed++;
			continue;
		}
		for (size_t k = 0; k < job.report.nwarnings; k++) {
			char *safe = text_sanitize(job.report.warnings[k], false);
			fprintf(stderr, "%secmr: %s: %s\n", clear, path, safe);
			free(safe);
			warned++;
		}
		if (index_add(w, &job.report, &err) != 0) {
			fprintf(stderr, "ecmr: cannot write the index: %s; %s is unchanged\n", err, target);
			free(err);
			file_job_free(&job);
			index_abort(w);
			w = NULL;
			status = EXIT_INDEX;
			break;
		}
		by_type[job.report.type]++;
		indexed++;
		file_job_free(&job);
	}
	reader_finish(rd);
	if (tty && last_progress)
		fprintf(stderr, "\r\033[K");
	if (w && interrupted) {
		fprintf(stderr, "ecmr: interrupted; %s is unchanged\n", target);
		index_abort(w);
		w = NULL;
		status = 128 + interrupted;
	}
	if (w && index_commit(w, &err) != 0) {
		fprintf(stderr, "ecmr: cannot write the index: %s; %s is unchanged\n", err, target);
		free(err);
		status = EXIT_INDEX;
	} else if (w && !quiet) {
		/* reports of the later frameworks are counted together, and only when there are some */
		size_t later = 0;
		char later_s[48] = "";
		for (int t = RT_SLAC + 1; t < RT_COUNT; t++)
			later += by_type[t];
		if (later)
			snprintf(later_s, sizeof later_s, " %zu later,", later);
		fprintf(stderr, "ecmr: indexed %zu file%s into %s (%zu unchanged), %zu skipped, %zu failed;"
				" %zu apa, %zu jar, %zu slac,%s %zu unrecognised; %zu warning%s\n",
			indexed, indexed == 1 ? "" : "s", target, reused, files.skipped, failed, by_type[RT_APA],
			by_type[RT_JAR], by_type[RT_SLAC], later_s, by_type[RT_UNKNOWN], warned, warned == 1 ? "" : "s");
	}
	if (status == EXIT_OK && failed)
		status = EXIT_PARTIAL;
	for (size_t i = 0; i < files.n; i++)
		free(files.v[i]);
	free(files.v);
	free(target);
	return status;
}

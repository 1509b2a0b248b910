/*
 * cmd_index.c: `ecmr index [-o INDEX] [-q] PATH...`: read report files and
 * directories, write one index.
 *
 * Files are taken in sorted order so the same inputs give the same index,
 * and each file once, however many paths lead to it.
 * A bad file gets one line naming it and the rest go on.  SIGINT, SIGTERM
 * and SIGHUP only set a flag; the loop notices it between files and
 * abandons the temporary file, leaving the previous index as it was.
 */
#include "cli/commands.h"
#include "cli/say.h"
#include "index/db.h"
#include "index/index.h"
#include "index/parse_ahead.h"
#include "parse/source.h"
#include "tui/config.h"
#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	interrupted = sig;
}

/*
 * Files and directories met so far, by device and inode, each with the
 * path it was first met by: a file reached by several paths (named twice,
 * hard or symbolic links, a directory linked from elsewhere) is read once,
 * and a directory is walked once, however many links lead to it.  Open
 * addressing; CAP is 0 or a power of two, at most half full.
 */
struct seen_set {
	struct seen { dev_t dev; ino_t ino; char *path; } *slot;
	size_t n, cap;
};

static size_t seen_hash(const struct seen_set *s, dev_t dev, ino_t ino)
{
	return (size_t)(((unsigned long long)ino * 0x9E3779B97F4A7C15ull) ^ (unsigned long long)dev) & (s->cap - 1);
}

/* Put E in S, which has room for it and does not hold it. */
static void seen_put(struct seen_set *s, struct seen e)
{
	size_t h = seen_hash(s, e.dev, e.ino);
	while (s->slot[h].path)
		h = (h + 1) & (s->cap - 1);
	s->slot[h] = e;
	s->n++;
}

/*
 * The path by which ST's file was met before, or NULL when this is the
 * first time, in which case it is recorded as met by PATH.
 */
static const char *seen_before(struct seen_set *s, const struct stat *st, const char *path)
{
	if (2 * (s->n + 1) > s->cap) {
		struct seen_set bigger = { xcalloc(s->cap ? 2 * s->cap : 64, sizeof *s->slot), 0,
					   s->cap ? 2 * s->cap : 64 };
		for (size_t i = 0; i < s->cap; i++)
			if (s->slot[i].path)
				seen_put(&bigger, s->slot[i]);
		free(s->slot);
		*s = bigger;
	}
	for (size_t h = seen_hash(s, st->st_dev, st->st_ino); s->slot[h].path; h = (h + 1) & (s->cap - 1))
		if (s->slot[h].dev == st->st_dev && s->slot[h].ino == st->st_ino)
			return s->slot[h].path;
	seen_put(s, (struct seen){ st->st_dev, st->st_ino, xstrdup(path) });
	return NULL;
}

static void seen_free(struct seen_set *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->slot[i].path);
	free(s->slot);
}

/* The files to index, gathered from the command line. */
struct file_list {
	char **v;
	size_t n, cap;
	size_t skipped;    /* passed over, each with a line saying why: not .txt/.pdf, hidden, loops, duplicates */
	size_t failed;     /* could not be read at all */
	struct seen_set seen;
	/* directories being walked, to tell a symbolic link loop from a second way in */
	struct { dev_t dev; ino_t ino; } stack[64];
	int depth;
};

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Was ST's file (a "file" or "directory", says KIND) met before by
 * another path, or by PATH named twice?  Then it is skipped with a line
 * saying so.  Otherwise it is recorded as met by PATH.
 */
static bool met_before(struct file_list *f, const struct stat *st, const char *path, const char *kind)
{
	const char *first = seen_before(&f->seen, st, path);
	if (!first)
		return false;
	if (strcmp(first, path) == 0)
		say("%s: named more than once; read once", path);
	else
		say("%s: the same %s as %s; read once", path, kind, first);
	f->skipped++;
	return true;
}

/*
 * PATH, a file that is not a directory, is to be read unless it was met
 * before by another path (or the same one named twice), or is not a report
 * file found in a directory.
 */
static void add_file(struct file_list *f, const char *path, const struct stat *st, bool named)
{
	if (!named && !source_wanted(path)) {
		say("%s: not a report file (.txt or .pdf); skipped", path);
		f->skipped++;
		return;
	}
	if (met_before(f, st, path, "file"))
		return;
	ARRAY_RESERVE(f->v, f->n, f->cap);
	f->v[f->n++] = xstrdup(path);
}

/* The names in directory D but "." and "..", hidden ones too, sorted; *N of them. */
static char **dir_names(DIR *d, size_t *n)
{
	char **names = NULL;
	size_t cap = 0;
	struct dirent *e;
	*n = 0;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		ARRAY_RESERVE(names, *n, cap);
		names[(*n)++] = xstrdup(e->d_name);
	}
	if (*n)
		qsort(names, *n, sizeof *names, cmp_path);
	return names;
}

static void walk(struct file_list *f, const char *path, bool named);

/*
 * Walk directory PATH (whose stat is ST) unless it is one being walked (a
 * link loop), was walked by another path, or is nested too deep.
 */
static void walk_dir(struct file_list *f, const char *path, const struct stat *st)
{
	for (int i = 0; i < f->depth; i++)
		if (f->stack[i].dev == st->st_dev && f->stack[i].ino == st->st_ino) {
			say("%s: a symbolic link loop; not followed", path);
			f->skipped++;
			return;
		}
	if (f->depth >= 64) {
		say("%s: directories nested too deep; not followed", path);
		f->skipped++;
		return;
	}
	if (met_before(f, st, path, "directory"))
		return;
	DIR *d = opendir(path);
	if (!d) {
		say("%s: %s", path, strerror(errno));
		f->failed++;
		return;
	}
	size_t n;
	char **names = dir_names(d, &n);
	closedir(d);
	f->stack[f->depth].dev = st->st_dev;
	f->stack[f->depth].ino = st->st_ino;
	f->depth++;
	for (size_t i = 0; i < n; i++) {
		char *child = xasprintf("%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
		if (names[i][0] == '.') { /* hidden files, such as our own temporaries */
			say("%s: hidden; skipped", child);
			f->skipped++;
		} else {
			walk(f, child, false);
		}
		free(child);
		free(names[i]);
	}
	free(names);
	f->depth--;
}

/* Gather PATH: a file (NAMED on the command line, or found in a directory) or a directory. */
static void walk(struct file_list *f, const char *path, bool named)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		say("%s: %s", path,
		    errno == ENOENT ? (named ? "no such file or directory" : "broken symbolic link") : strerror(errno));
		f->failed++;
		return;
	}
	if (S_ISDIR(st.st_mode))
		walk_dir(f, path, &st);
	else
		add_file(f, path, &st, named);
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

/* The index could not be written, because of ERR: say so, and that TARGET (if there is one) is as it was. */
static void say_not_written(const char *target, const char *err)
{
	struct stat st;
	if (lstat(target, &st) == 0)
		say("cannot write the index: %s; %s is unchanged", err, target);
	else
		say("cannot write the index: %s", err);
}

static const char index_help[] =
	"usage: ecmr index [-o INDEX] [-q] PATH...\n"
	"Build the index from report files and directories.\n"
	"  PATH                report files (.txt, .pdf) or directories (searched\n"
	"                      recursively)\n"
	"  -o, --output INDEX  where to write the index\n"
	"  -q, --quiet         no progress line and no summary\n"
	"  -h, --help          print this help\n"
	HELP_INDEX_DEFAULT("-o");

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
	while ((c = cmd_getopt(argc, argv, "o:qh", opts, "ecmr index")) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'q': quiet = true; break;
		case 'h': fputs(index_help, stdout); return EXIT_OK;
		default: return EXIT_USAGE;
		}
	}
	if (optind >= argc)
		return cmd_usage_error("ecmr index", "no files or directories given");
	char *err = NULL;
	if (source_configure(&interrupted, &err) != 0) {
		say("%s", err);
		free(err);
		return EXIT_USAGE;
	}
	struct config cfg;
	cmd_config_load(&cfg);
	const char *chosen = output ? output : cmd_index_choice(NULL, &cfg); /* NULL: $ECMR_INDEX, if set */
	char *target = chosen ? xstrdup(chosen)
			      : getenv("ECMR_INDEX") && *getenv("ECMR_INDEX") ? xstrdup(getenv("ECMR_INDEX"))
									  : index_default_path(&err);
	config_free(&cfg);
	if (!target) {
		say("%s", err);
		free(err);
		return EXIT_INDEX;
	}
	if (!output)
		make_parent(target);
	if (index_check_target(target, &err) != 0) {
		say("%s", err);
		free(err);
		free(target);
		return EXIT_INDEX;
	}

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
	if (index_begin(target, &w, &err) != 0) {
		say_not_written(target, err);
		free(err);
		for (size_t i = 0; i < files.n; i++)
			free(files.v[i]);
		free(files.v);
		seen_free(&files.seen);
		free(target);
		return EXIT_INDEX;
	}
	bool tty = !quiet && isatty(2);
	double start = monotonic_seconds(), last_progress = 0;
	size_t indexed = 0, reused = 0, failed = files.failed, by_type[RT_COUNT] = {0}, warned = 0;
	int status = EXIT_OK;
	/* files are read and parsed a few ahead, on another core (parse_ahead.h) */
	struct parse_ahead *rd = reader_start(files.v, files.n, target, &interrupted, 0);
	struct file_job job;
	for (size_t i = 0; !interrupted && reader_next(rd, &job); i++) {
		if (interrupted || job.kind == JOB_STOPPED) { /* a file cut short says nothing about itself */
			file_job_free(&job);
			break;
		}
		const char *path = job.path;
		if (tty && monotonic_seconds() - start > 0.5 && monotonic_seconds() - last_progress > 0.1) {
			say_progress("indexing %zu/%zu files...", i + 1, files.n);
			last_progress = monotonic_seconds();
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
		if (job.kind == JOB_STOPPED) {
			file_job_free(&job);
			break;
		}
		if (job.kind == JOB_UNREADABLE || job.status == PARSE_EMPTY || job.status == PARSE_BINARY) {
			say("%s: %s", path, job.why);
			file_job_free(&job);
			failed++;
			continue;
		}
		for (size_t k = 0; k < job.report.nwarnings; k++) {
			say("%s: %s", path, job.report.warnings[k]);
			warned++;
		}
		if (index_add(w, &job.report, &err) != 0) {
			say_not_written(target, err);
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
	say_progress_end();
	if (w && interrupted) {
		say("interrupted; %s is unchanged", target);
		index_abort(w);
		w = NULL;
		status = 128 + interrupted;
	}
	if (w && index_commit(w, &err) != 0) {
		say_not_written(target, err);
		free(err);
		status = EXIT_INDEX;
	} else if (w && !quiet) {
		/* reports of the later frameworks are counted together, and only when there are some */
		size_t later = 0, other = 0;
		char later_s[96] = "";
		for (int t = RT_LAC; t <= RT_MONITORING_VISIT; t++)
			later += by_type[t];
		/* the other Every Child Matters kinds (assessment letters, CRA, JAR progress), likewise */
		for (int t = RT_MONITORING_VISIT + 1; t < RT_COUNT; t++)
			other += by_type[t];
		int at = later ? snprintf(later_s, sizeof later_s, " %zu later,", later) : 0;
		if (other)
			snprintf(later_s + at, sizeof later_s - (size_t)at, " %zu other,", other);
		say("indexed %zu file%s into %s (%zu unchanged), %zu skipped, %zu failed;"
		    " %zu apa, %zu jar, %zu slac,%s %zu unrecognised; %zu warning%s",
		    indexed, indexed == 1 ? "" : "s", target, reused, files.skipped, failed, by_type[RT_APA],
			by_type[RT_JAR], by_type[RT_SLAC], later_s, by_type[RT_UNKNOWN], warned, warned == 1 ? "" : "s");
	}
	if (status == EXIT_OK && failed)
		status = EXIT_PARTIAL;
	for (size_t i = 0; i < files.n; i++)
		free(files.v[i]);
	free(files.v);
	seen_free(&files.seen);
	free(target);
	return status;
}

/* say.c: the commands' messages on standard error, made safe for the terminal (say.h). */
#include "cli/say.h"
#include "base/utf8.h"
#include "base/util.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* Is a progress line showing (and so to be erased before a message)? */
static bool progress_shown;

/* FMT and AP formatted and made safe (malloc'd). */
static char *safe_text(const char *fmt, va_list ap)
{
	char *raw = NULL;
	if (vasprintf(&raw, fmt, ap) < 0)
		return xstrdup("(out of memory)");
	char *safe = text_sanitize(raw, false);
	free(raw);
	return safe;
}

void say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = safe_text(fmt, ap);
	va_end(ap);
	say_progress_end();
	fprintf(stderr, "ecmr: %s\n", text);
	free(text);
}

void say_progress(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = safe_text(fmt, ap);
	va_end(ap);
	fprintf(stderr, "\r%s", text);
	free(text);
	progress_shown = true;
}

void say_progress_end(void)
{
	if (progress_shown)
		fputs("\r\033[K", stderr);
	progress_shown = false;
}

/* hand_out.c: paging, saving and piping what a view shows (see hand_out.h). */
#include "front/hand_out.h"
#include "front/pager.h"
#include "front/clipboard.h"
#include "base/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

bool hand_out_needs_terminal(const struct reaction *r)
{
	return r->kind == REACT_PAGE || r->kind == REACT_PIPE;
}

/* Wait for Enter on the terminal, after a command's output. */
static void wait_for_enter(void)
{
	fputs("\n[ecmr: press Enter to return]", stdout);
	fflush(stdout);
	int c;
	while ((c = getchar()) != EOF && c != '\n' && c != '\r')
		;
}

/* y: the text to the clipboard, and what came of it on the status line. */
static void copy(struct browser *b, const struct reaction *r)
{
	char *said = NULL;
	int rc = clipboard_copy(r->text, STDOUT_FILENO, &said);
	browser_notice(b, rc ? ROLE_ERROR : ROLE_NOTICE, "%s", said);
	free(said);
}

void hand_out(struct browser *b, const struct reaction *r, bool pause)
{
	char *err = NULL;
	int rc = 0;
	fflush(stdout);
	switch (r->kind) {
	case REACT_PAGE:
		rc = pager_run(r->text, r->arg, r->pattern, &err);
		break;
	case REACT_SAVE:
		rc = save_text(r->arg, r->text, &err);
		break;
	case REACT_PIPE:
		rc = pipe_text(r->arg, r->text, &err);
		if (pause && rc >= 0)
			wait_for_enter();
		break;
	case REACT_COPY:
		copy(b, r);
		return;
	default:
		return;
	}
	/* the name or command may hold anything typed or pasted: made safe to show */
	char *what = text_sanitize(r->arg ? r->arg : "", false);
	if (rc < 0)
		browser_notice(b, ROLE_ERROR, "%s", err ? err : "failed");
	else if (r->kind == REACT_SAVE)
		browser_notice(b, ROLE_NOTICE, "saved to %s", what);
	else if (r->kind == REACT_PIPE)
		browser_notice(b, rc ? ROLE_ERROR : ROLE_NOTICE, "piped to \"%s\"%s", what, rc ? " (it failed)" : "");
	free(what);
	free(err);
}

/*
 * term_usable.c: whether the terminal TERM names can show the browser,
 * found from its terminfo entry before curses touches the screen.  curses
 * itself starts on a terminal that cannot move the cursor (TERM=dumb, a
 * hardcopy one) and draws nothing useful there; the user is better told.
 * Apart from term.c because <term.h> defines a macro for every terminfo
 * capability name (lines, columns, ...).
 */
#include "front/frontend.h"
#include "base/util.h"

#include <curses.h>
#include <term.h>
#include <stdlib.h>
#include <unistd.h>

static const char *const what_to_do =
	"set TERM to your terminal's type (e.g. TERM=xterm-256color), or use 'ecmr show' and 'ecmr export'";

/* Does the loaded terminfo entry have the string capability NAME? */
static bool has_string(const char *name)
{
	char *s = tigetstr(name);
	return s && s != (char *)-1 && *s;
}

bool term_usable(char **why)
{
	const char *term = getenv("TERM");
	if (!term || !*term) {
		*why = xasprintf("TERM is not set, so the browser cannot tell how to drive the terminal; %s", what_to_do);
		return false;
	}
	/* setupterm's ERRRET: 1 a hardcopy terminal, 0 not found (or generic), -1 no terminfo at all */
	int err = 0;
	bool ok = setupterm(term, STDOUT_FILENO, &err) == OK;
	if (ok) {
		/* what the browser needs: to put the cursor anywhere and clear the screen */
		ok = tigetflag("hc") <= 0 && has_string("cup") && has_string("clear");
		err = 1;
		del_curterm(cur_term);
	}
	if (ok)
		return true;
	if (err == 1)
		*why = xasprintf("the terminal type '%s' cannot move the cursor about the screen, which the browser needs; %s",
				 term, what_to_do);
	else if (err == 0)
		*why = xasprintf("the terminal type '%s' is not known here (no terminfo entry); %s", term, what_to_do);
	else
		*why = xasprintf("no terminfo database to look up the terminal type '%s' in; %s", term, what_to_do);
	return false;
}

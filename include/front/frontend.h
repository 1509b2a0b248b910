/*
 * frontend.h: the two ways the browser meets a user: a real terminal
 * through curses (term.c), and a script of keys with text screen dumps
 * (headless.c), which is what the screen tests drive.
 */
#ifndef ECMR_FRONTEND_H
#define ECMR_FRONTEND_H

#include "tui/browser.h"

/*
 * Can the browser run on the terminal TERM names: is it set, known to
 * terminfo, not hardcopy, and able to move the cursor anywhere and clear
 * the screen?  True, or false with a malloc'd *WHY that says what to do
 * instead.  Nothing is sent to the terminal.
 */
bool term_usable(char **why);

/* Run the browser on the terminal until the user quits or it hangs up.  Returns an exit status. */
int term_run(struct browser *b);

/* Whether term_run asks the terminal for mouse events (true unless the
 * config file says mouse: false, which leaves the mouse to the terminal). */
extern bool term_mouse;

/*
 * Run the browser headless on SCRIPT (a file of commands, one a line:
 * "key NAME...", "type TEXT", "click ROW COL" (a mouse click, from
 * 0), "wheel ROW COL up|down" (a notch of the mouse wheel), "resize COLS ROWS", "dump NAME",
 * "idle [N]" (N steps of idle work, or all of it), "step-rows N" (a counting
 * step reads at most N rows, and idle work is done only when "idle" says:
 * else it is all done after each key), "# comment"), starting at COLS x ROWS.  "dump NAME" writes DIR/NAME.txt
 * (the screen's text), DIR/NAME.roles (a letter per cell for its role)
 * and DIR/NAME.styles (each role's style at DEPTH).  Returns an exit
 * status: 2 for a bad script (a message names its file and line).
 */
int headless_run(struct browser *b, const char *script, const char *dir, int cols, int rows, int depth);

#endif

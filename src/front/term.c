/*
 * term.c: the browser on a real terminal, through ncursesw.
 *
 * The view draws into a grid; here the cells that changed since the last
 * frame are handed to curses, which sends the terminal only what changed
 * (every byte costs over a slow link).  Signal handlers only set flags
 * (neomutt's rule); the loop wakes at least once a second to look at
 * them and to notice a rebuilt index, and while the browser has idle work
 * (browser_busy) it does a step of it whenever no key is waiting.  The pager gets the terminal with
 * endwin() and the screen is repainted exactly when it returns.
 */
#define _XOPEN_SOURCE_EXTENDED 1
#include "front/frontend.h"
#include "front/hand_out.h"
#include "tui/theme_pick.h"
#include "base/util.h"
#include "tui/view.h"
#include "base/utf8.h"

#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

bool term_mouse = true;

static volatile sig_atomic_t got_hangup, got_terminate; /* the signal's number, or 0 */
static SCREEN *screen;

static void on_hangup(int sig)
{
	got_hangup = sig;
}

static void on_terminate(int sig)
{
	got_terminate = sig;
}

struct term {
	struct grid grid, shown; /* what the view drew; what the terminal has */
	struct view view;        /* the screen's layout, as last drawn */
	enum color_depth depth;
	attr_t attrs[ROLE_COUNT];
	short pairs[ROLE_COUNT];
};

static const struct {
	unsigned bit;
	attr_t attr;
} attr_map[] = {
	{ ATTR_BOLD, A_BOLD }, { ATTR_UNDERLINE, A_UNDERLINE }, { ATTR_REVERSE, A_REVERSE },
	{ ATTR_DIM, A_DIM }, { ATTR_ITALIC, A_ITALIC }, { ATTR_STANDOUT, A_STANDOUT },
};

/* A theme colour this terminal can show: the basic eight for larger numbers it lacks. */
static short usable_color(short c)
{
	if (c < 0)
		return -1;
	return c < COLORS ? c : (short)(c % 8);
}

/*
 * curses' COLORS and COLOR_PAIRS are 0 until start_color() has read them
 * from terminfo, so colour is started first and the depth chosen after;
 * read the other way round every terminal looked monochrome.  With NO_COLOR
 * colour is never started, so not even a colour reset reaches the terminal.
 */
static void setup_colors(struct term *t, const struct theme *theme)
{
	int colors = 0;
	if (has_colors() && theme_depth(256) != DEPTH_NONE) {
		start_color();
		use_default_colors();
		colors = COLORS;
	}
	t->depth = theme_depth(colors);
	for (int r = 0; r < ROLE_COUNT; r++) {
		const struct style *s = theme_style(theme, (enum role)r, t->depth);
		t->attrs[r] = 0;
		for (size_t i = 0; i < sizeof attr_map / sizeof attr_map[0]; i++)
			if (s->attrs & attr_map[i].bit)
				t->attrs[r] |= attr_map[i].attr;
		t->pairs[r] = 0;
		if (t->depth != DEPTH_NONE && r + 1 < COLOR_PAIRS) {
			init_pair((short)(r + 1), usable_color(s->fg), usable_color(s->bg));
			t->pairs[r] = (short)(r + 1);
		}
	}
}

/* Keys that terminfo often lacks (Home and End inside tmux and screen). */
static void define_missing_keys(void)
{
	static const struct {
		const char *seq;
		int key;
	} keys[] = {
		{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[7~", KEY_HOME }, { "\033[8~", KEY_END },
		{ "\033[H", KEY_HOME }, { "\033[F", KEY_END }, { "\033OH", KEY_HOME }, { "\033OF", KEY_END },
	};
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (key_defined(keys[i].seq) <= 0)
			define_key(keys[i].seq, keys[i].key);
}

static int term_start(struct term *t, const struct theme *theme)
{
	const char *term = getenv("TERM");
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		fprintf(stderr, "ecmr: cannot use the terminal type '%s'; try TERM=xterm\n", term ? term : "");
		return -1;
	}
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	curs_set(0);
	timeout(1000);
	if (term_mouse) /* else the terminal keeps the mouse, for selecting text */
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	define_missing_keys();
	setup_colors(t, theme);
	return 0;
}

static void cells_to_screen(struct term *t)
{
	struct grid *g = &t->grid;
	for (int y = 0; y < g->rows; y++)
		for (int x = 0; x < g->cols; x++) {
			const struct cell *c = grid_cell(g, y, x), *old = grid_cell(&t->shown, y, x);
			if (old && old->role == c->role && strcmp(old->glyph, c->glyph) == 0)
				continue;
			if (!c->glyph[0])
				continue; /* the second half of a wide character */
			wchar_t wc[2] = { 0, 0 };
			unsigned cp;
			utf8_decode(c->glyph, &cp);
			wc[0] = (wchar_t)cp;
			cchar_t cc;
			setcchar(&cc, wc, t->attrs[c->role], t->pairs[c->role], NULL);
			mvadd_wch(y, x, &cc);
		}
	size_t n = (size_t)g->rows * (size_t)g->cols;
	if (t->shown.rows != g->rows || t->shown.cols != g->cols)
		grid_resize(&t->shown, g->rows, g->cols);
	memcpy(t->shown.cells, g->cells, n * sizeof *g->cells);
}

/* Draw a frame; FULL forgets what the terminal had (after a resize, the pager, C-l). */
static void frame(struct term *t, struct browser *b, bool full)
{
	if (full || t->grid.rows != LINES || t->grid.cols != COLS) {
		grid_resize(&t->grid, LINES, COLS);
		grid_free(&t->shown);
		clearok(curscr, TRUE);
	}
	view_draw(&t->view, b, &t->grid);
	cells_to_screen(t);
	refresh();
}

/* p, P and |: give the terminal to the pager or the command, then take it back as it was. */
static void hand_out_on_terminal(struct term *t, struct browser *b, const struct reaction *r)
{
	def_prog_mode();
	endwin();
	hand_out(b, r, true);
	reset_prog_mode();
	struct winsize ws;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row && ws.ws_col &&
	    (ws.ws_row != LINES || ws.ws_col != COLS))
		resizeterm(ws.ws_row, ws.ws_col); /* resized while the pager had the terminal */
	flushinp(); /* keys typed meanwhile were meant for the pager */
	frame(t, b, true);
}

/* Carry out what the browser asked for after a key. */
static void react(struct term *t, struct browser *b, struct reaction r)
{
	if (hand_out_needs_terminal(&r))
		hand_out_on_terminal(t, b, &r);
	else
		hand_out(b, &r, false);
	reaction_free(&r);
}

static void handle_mouse(struct term *t, struct browser *b)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) /* the wheel: the pane under the pointer */
		view_wheel(&t->view, b, ev.y, ev.x, ev.bstate & BUTTON4_PRESSED ? -1 : 1);
	else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
		view_click(&t->view, b, ev.y, ev.x);
}

/* Has the terminal gone away (hang-up without a signal)? */
static bool terminal_gone(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
	return poll(&p, 1, 0) > 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

/* Feed one key from curses to the browser. */
static void dispatch(struct term *t, struct browser *b, int rc, wint_t wc)
{
	if (rc == KEY_CODE_YES && wc == KEY_MOUSE) {
		handle_mouse(t, b);
	} else if (rc == KEY_CODE_YES && wc == KEY_RESIZE) {
		frame(t, b, true);
		return;
	} else if (rc == KEY_CODE_YES) {
		react(t, b, browser_key(b, (int)wc));
	} else if (wc == ('l' & 0x1f)) {
		frame(t, b, true);
		return;
	} else if (wc < 0x80) {
		react(t, b, browser_key(b, (int)wc));
	} else { /* a typed character beyond ASCII: its UTF-8 bytes, for the prompts */
		char buf[4];
		int n = utf8_encode((unsigned)wc, buf);
		for (int i = 0; i < n; i++)
			react(t, b, browser_key(b, (unsigned char)buf[i]));
	}
	frame(t, b, false);
}

int term_run(struct browser *b)
{
	static struct term t;
	memset(&t, 0, sizeof t);
	struct sigaction sa = { .sa_handler = on_hangup };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_terminate;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (term_start(&t, b->theme) != 0)
		return EXIT_FAILURE + 1;
	t.grid.ascii = b->ascii;
	t.shown.ascii = b->ascii;
	frame(&t, b, true);
	time_t last_check = time(NULL);
	while (!b->quit && !got_hangup && !got_terminate) {
		wint_t wc;
		/* while there is idle work (a search being counted) keys are looked for between its steps */
		bool busy = browser_busy(b);
		timeout(busy ? 0 : 1000);
		int rc = get_wch(&wc);
		if (rc == ERR && busy) {
			browser_idle(b);
			frame(&t, b, false);
		} else if (rc == ERR) {
			if (terminal_gone())
				break;
		} else {
			dispatch(&t, b, rc, wc);
		}
		time_t now = time(NULL);
		if (now - last_check >= 2 && !b->index_replaced) {
			last_check = now;
			if (db_replaced(b->db)) {
				b->index_replaced = true;
				frame(&t, b, false);
			}
		}
	}
	/*
	 * Leaving: a hang-up from here on (the terminal window closing as we
	 * quit) must not break into the exit.  Under the sanitizers it stopped
	 * LeakSanitizer's exit-time check half way, and the browser spun for
	 * ever with no terminal.
	 */
	signal(SIGHUP, SIG_IGN);
	if (got_hangup) {
		/*
		 * The terminal is gone: nothing can be shown or asked, and there
		 * is nothing to save, so leave at once.  An ordinary exit runs
		 * exit-time work that can stall without a terminal (under the
		 * sanitizers, LeakSanitizer's tracer waited for ever on a process
		 * spinning after the hang-up, long after the session).
		 */
		_exit(128 + got_hangup);
	}
	endwin();
	delscreen(screen);
	screen = NULL;
	grid_free(&t.grid);
	grid_free(&t.shown);
	view_free(&t.view);
	/* like a shell: a signal that ended us is 128 plus its number */
	return got_terminate ? 128 + got_terminate : got_hangup ? 128 + got_hangup : 0;
}

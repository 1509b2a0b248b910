/*
 * clipboard.h: putting text on the clipboard of the user's own machine
 * with OSC 52 (ESC ] 52 ; c ; BASE64 BEL), which the terminal emulator
 * carries out, so it works over SSH with nothing installed on the server.
 *
 * Inside tmux the plain sequence is sent, and tmux's own OSC 52 handling
 * (set-clipboard on) keeps it as a tmux buffer and passes it on to the
 * terminal outside: that works with every tmux from 1.5 and keeps the copy
 * in tmux, where wrapping it for tmux's passthrough would need
 * allow-passthrough (3.3 on, off by default) and bypass tmux's buffers.
 * GNU screen does not know OSC 52, so inside it the sequence is wrapped in
 * screen's passthrough (DCS ... ESC \), in pieces short enough for
 * screen's string buffer.
 */
#ifndef ECMR_CLIPBOARD_H
#define ECMR_CLIPBOARD_H

#include <stdbool.h>
#include <stddef.h>

/* DATA (LEN bytes) in base64 (RFC 4648, with padding).  Malloc'd. */
char *base64_encode(const unsigned char *data, size_t len);

/* Where the sequence goes through: the terminal itself, tmux or GNU screen. */
enum osc52_host { OSC52_DIRECT, OSC52_TMUX, OSC52_SCREEN };

/*
 * The terminal we are in, from the environment: OSC52_TMUX when $TMUX is
 * set, OSC52_SCREEN when $STY is set and $TERM starts "screen", else
 * OSC52_DIRECT.
 */
enum osc52_host osc52_host_from_env(void);

/*
 * Is terminal type TERM known not to take OSC 52 (the Linux console, dumb
 * and serial terminals, no TERM at all)?  Others are given the benefit of
 * the doubt: a terminal that does not know the sequence ignores it.
 */
bool osc52_unsupported(const char *term);

/* The bytes that put TEXT on the clipboard through HOST; *LEN their count.  Malloc'd. */
char *osc52_sequence(const char *text, enum osc52_host host, size_t *len);

/*
 * Put TEXT on the clipboard by writing the sequence to FD, unless the
 * terminal ($TERM) is known not to take it.  Returns 0 and a line for the
 * status line in *SAID (malloc'd), or -1 with why in *SAID.
 */
int clipboard_copy(const char *text, int fd, char **said);

#endif

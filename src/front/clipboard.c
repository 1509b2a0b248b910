/* clipboard.c: OSC 52 (see clipboard.h for why it is sent as it is). */
#include "front/clipboard.h"
#include "base/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Base64 bytes in one piece of screen's passthrough: well under its 768-byte string buffer. */
#define SCREEN_PIECE 500

char *base64_encode(const unsigned char *data, size_t len)
{
	static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = xmalloc((len + 2) / 3 * 4 + 1), *o = out;
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)data[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)data[i + 1] << 8;
		if (i + 2 < len)
			v |= data[i + 2];
		*o++ = digits[(v >> 18) & 63];
		*o++ = digits[(v >> 12) & 63];
		*o++ = i + 1 < len ? digits[(v >> 6) & 63] : '=';
		*o++ = i + 2 < len ? digits[v & 63] : '=';
	}
	*o = '\0';
	return out;
}

enum osc52_host osc52_host_from_env(void)
{
	const char *term = getenv("TERM"), *sty = getenv("STY"), *tmux = getenv("TMUX");
	if (tmux && *tmux)
		return OSC52_TMUX;
	if (sty && *sty && term && strncmp(term, "screen", 6) == 0)
		return OSC52_SCREEN;
	return OSC52_DIRECT;
}

/* Terminal types known not to take OSC 52: exact names, or a name and its variants ("vt100-am"). */
static const char *const no_osc52[] = {
	"linux", "dumb", "cons25", "vt52", "vt100", "vt102", "vt220", "vt320", "ansi", "sun", "wsvt25", "pcansi",
};

bool osc52_unsupported(const char *term)
{
	if (!term || !*term)
		return true;
	for (size_t i = 0; i < sizeof no_osc52 / sizeof no_osc52[0]; i++) {
		size_t n = strlen(no_osc52[i]);
		if (strncmp(term, no_osc52[i], n) == 0 && (!term[n] || term[n] == '-'))
			return true;
	}
	return false;
}

char *osc52_sequence(const char *text, enum osc52_host host, size_t *len)
{
	char *b64 = base64_encode((const unsigned char *)text, strlen(text));
	struct strbuf s = {0};
	if (host != OSC52_SCREEN) {
		sb_addf(&s, "\033]52;c;%s\a", b64);
	} else {
		/* each piece its own DCS: screen passes the bytes inside on to the terminal */
		size_t n = strlen(b64);
		sb_adds(&s, "\033P\033]52;c;");
		for (size_t at = 0; at < n; at += SCREEN_PIECE) {
			if (at)
				sb_adds(&s, "\033\\\033P");
			sb_add(&s, b64 + at, n - at < SCREEN_PIECE ? n - at : SCREEN_PIECE);
		}
		sb_adds(&s, "\a\033\\");
	}
	free(b64);
	*len = s.len;
	return sb_take(&s);
}

/* Write all of BUF (LEN bytes) to FD; 0, or -1 with errno. */
static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t w = write(fd, buf, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		buf += w;
		len -= (size_t)w;
	}
	return 0;
}

int clipboard_copy(const char *text, int fd, char **said)
{
	const char *term = getenv("TERM");
	if (osc52_unsupported(term)) {
		*said = xasprintf("cannot copy: this terminal (TERM=%s) has no clipboard sequence (OSC 52);"
				  " use s to save or | to pipe instead", term && *term ? term : "unset");
		return -1;
	}
	enum osc52_host host = osc52_host_from_env();
	size_t len;
	char *seq = osc52_sequence(text, host, &len);
	int rc = write_all(fd, seq, len);
	free(seq);
	size_t lines = 0;
	for (const char *p = text; *p; p++)
		lines += *p == '\n';
	if (rc != 0)
		*said = xasprintf("cannot copy: writing to the terminal failed: %s", strerror(errno));
	else
		*said = xasprintf("copied %zu line%s to the clipboard (OSC 52)%s", lines, lines == 1 ? "" : "s",
				  host == OSC52_TMUX ? "; tmux passes it on with set-clipboard on" : "");
	return rc;
}

/*
 * hand_out.h: carrying out what the browser asks a front end to do with
 * the text a view shows: page it, save it, pipe it (pager.h does the
 * work; this says how it went on the status line).  Both front ends use
 * it; the terminal one gives the terminal away around it first.
 */
#ifndef ECMR_HAND_OUT_H
#define ECMR_HAND_OUT_H

#include "tui/browser.h"

#include <stdbool.h>

/* Does R need the terminal (the pager, a command's output)? */
bool hand_out_needs_terminal(const struct reaction *r);

/*
 * Carry out R (REACT_PAGE, REACT_SAVE, REACT_PIPE or REACT_COPY, which
 * writes OSC 52 to standard output; others are ignored)
 * and tell B how it went (browser_notice).  PAUSE: after a command has
 * written to the terminal, wait for Enter so its output can be read.
 */
void hand_out(struct browser *b, const struct reaction *r, bool pause);

#endif

/*
 * authorities.h: today's English local authorities (DfE code, name, region,
 * statistical neighbours), from the generated table in authorities_data.c.
 */
#ifndef ECMR_AUTHORITIES_H
#define ECMR_AUTHORITIES_H

#include <stddef.h>

struct authority_ref {
	const char *la_code;    /* DfE three-digit code, e.g. "341" */
	const char *name;       /* ONS name, e.g. "Bristol, City of" */
	const char *aliases;    /* '|'-separated other names, "" when none */
	const char *region;     /* "North West"; may be "" (known gaps) */
	const char *kind;       /* "Metropolitan District", ...; may be "" */
	const char *neighbours; /* comma-separated DfE codes; may be "" */
};

extern const struct authority_ref authority_table[];
extern const size_t authority_table_len;

/*
 * Find an authority by a name as a report prints it: "Liverpool",
 * "Liverpool City Council", "Sefton Metropolitan Borough Council",
 * "City of Bristol", "London Borough of Barnet", "St Helens".  Case,
 * punctuation and council-type words are ignored, except that the name
 * less a final "Council" is tried first, for the few authorities whose
 * listed name keeps a council word ("Bedford Borough Council" is "Bedford
 * Borough").  NULL when unknown (an abolished authority such as
 * Bedfordshire is not an error).
 */
const struct authority_ref *authority_by_name(const char *name);

/* Find an authority by DfE code ("341"); NULL when unknown. */
const struct authority_ref *authority_by_code(const char *code);

/*
 * Reduce an authority's printed name to its short form by dropping council
 * words: "Sefton Metropolitan Borough Council" -> "Sefton",
 * "London Borough of Barnet" -> "Barnet".  Returns a malloc'd string.
 */
char *authority_short_name(const char *printed);

#endif

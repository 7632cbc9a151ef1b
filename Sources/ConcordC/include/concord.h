/* concord.h: the C interface of Concord, a cross-reference engine for the provisions of Kazakh law
 * and international treaties cited in reports.
 *
 * Link with -lConcordC (the dynamic library `swift build` makes as .build/<config>/libConcordC.so).
 * Every text is UTF-8. Every string the library returns is the caller's to free with concord_free.
 * A data set, once open, is immutable: any number of threads may call concord_cite and
 * concord_history on it at once. Functions return a status; on failure *error holds a one-line
 * message (to free with concord_free) and *json is NULL.
 */
#ifndef CONCORD_H
#define CONCORD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct concord_dataset concord_dataset;

typedef enum {
    CONCORD_OK = 0,
    CONCORD_ERROR_DATA = 1,      /* the statute or report data is invalid or missing */
    CONCORD_ERROR_INPUT = 2,     /* the text given is not valid input (not UTF-8, a bad front matter) */
    CONCORD_ERROR_USAGE = 3,     /* a bad argument: a NULL, an unknown language, a date that is not a date */
    CONCORD_ERROR_NOT_FOUND = 4  /* no provision matches the query (the message names the nearest) */
} concord_status;

/* Opens a data set: the statutes and reports folders, or NULL for the bundled ones (found from the
 * CONCORD_DATA environment variable, the working directory or the library's location). Returns NULL
 * on failure, with *error set. */
concord_dataset *concord_open(const char *statutes_dir, const char *reports_dir, char **error);

/* Finds and resolves every provision reference in `text` (`length` bytes of UTF-8). `date`
 * (YYYY, YYYY-MM or YYYY-MM-DD) and `language` ("en", "ru") may be NULL. On success *json is the
 * citation JSON contract of `concord cite --format json` for one document. */
concord_status concord_cite(const concord_dataset *dataset, const char *text, size_t length,
                            const char *date, const char *language, char **json, char **error);

/* The history of a provision (written as a person types it: "174", "ст. 164 УК", "kz.cc.2014:174")
 * as the JSON of `concord history --format json`. */
concord_status concord_history(const concord_dataset *dataset, const char *query, char **json, char **error);

/* The library's version ("0.10.0"), a static string the caller does not free. */
const char *concord_version(void);

/* Frees a string the library returned. NULL is allowed. */
void concord_free(char *string);

/* Closes a data set. NULL is allowed. */
void concord_close(concord_dataset *dataset);

#ifdef __cplusplus
}
#endif

#endif

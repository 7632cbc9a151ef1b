/* Cites a sentence and prints the provision in force, then the history of article 174 as JSON.
 * cc Examples/cite.c -I Sources/ConcordC/include -L .build/debug -lConcordC -Wl,-rpath,.build/debug -o cite && ./cite */
#include <stdio.h>
#include <string.h>
#include "concord.h"

int main(void) {
    char *error = NULL, *json = NULL;
    concord_dataset *data = concord_open(NULL, NULL, &error);   /* the bundled data set */
    if (!data) { fprintf(stderr, "%s\n", error); concord_free(error); return 1; }

    const char *text = "The court applied Article 164 of the Criminal Code on inciting social discord.";
    if (concord_cite(data, text, strlen(text), "2019-03", "en", &json, &error) != CONCORD_OK) {
        fprintf(stderr, "%s\n", error); concord_free(error); concord_close(data); return 1;
    }
    printf("%s\n", strstr(json, "\"inForce\":[\"kz.cc.2014:174\"]") ? "stale: now kz.cc.2014:174" : json);
    concord_free(json);

    if (concord_history(data, "ст. 164 УК", &json, &error) != CONCORD_OK) {
        fprintf(stderr, "%s\n", error); concord_free(error); concord_close(data); return 1;
    }
    printf("history: %zu bytes of JSON\n", strlen(json));
    concord_free(json);

    if (concord_history(data, "1e3", &json, &error) == CONCORD_ERROR_USAGE) { printf("refused: %.40s...\n", error); concord_free(error); }
    printf("%s\n", concord_version());
    concord_close(data);
    return 0;
}

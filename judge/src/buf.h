/* Growable byte buffers: captured output, file contents, formatted text.
 * Ownership: a buf owns its bytes; buf_release() frees them and leaves an empty
 * buffer that can be reused. data is always NUL-terminated when non-NULL. */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>

typedef struct {
    char *data;
    size_t len;
    size_t cap;
} buf;

#define BUF_INIT                                                                                   \
    {                                                                                              \
        NULL, 0, 0                                                                                 \
    }

/* Appends n bytes. Returns 0 or ERR_NOMEM. */
int buf_append(buf *b, const void *bytes, size_t n);
int buf_appendf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_release(buf *b);
/* Hands the bytes to the caller (who frees them) and empties the buffer. */
char *buf_detach(buf *b);

#endif

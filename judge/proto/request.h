/* The judge's requests to judge-box, as both sides read and write them: one
 * SOCK_SEQPACKET message of NUL-terminated elements, "key=value" fields (each
 * at most once, all optional), then REQUEST_ARGS_MARK, then the program's argv;
 * the descriptors the program gets as fds 0 .. fds-1 travel with the message
 * (SCM_RIGHTS), in order. The box answers each with one record (record.h). */
#ifndef PROTO_REQUEST_H
#define PROTO_REQUEST_H

/* id: echoed in the record; cpu_ms, wall_ms, mem_kb, fsize_kb: the limits; dir:
 * the working directory (absent: a private one); profile: run, compile or
 * sanitize; fds: how many descriptors came (0 .. REQUEST_MAX_FDS); warm: 1 when
 * the program was linked with the warm start (warm.h), so that the box may fork
 * the run from a template of the program that serves every run of it with the
 * same argv and limits (a run profile with seccomp in namespaces only; the box
 * starts it cold otherwise). */
#define REQUEST_KEYS(X)                                                                            \
    X(ID, "id")                                                                                    \
    X(CPU_MS, "cpu_ms")                                                                            \
    X(WALL_MS, "wall_ms")                                                                          \
    X(MEM_KB, "mem_kb")                                                                            \
    X(FSIZE_KB, "fsize_kb")                                                                        \
    X(DIR, "dir")                                                                                  \
    X(PROFILE, "profile")                                                                          \
    X(FDS, "fds")                                                                                  \
    X(WARM, "warm")

typedef enum {
#define X(id, name) REQUEST_##id,
    REQUEST_KEYS(X)
#undef X
        REQUEST_KEY_COUNT
} request_key;

static inline const char *request_key_name(request_key k)
{
    static const char *const names[] = {
#define X(id, name) name,
        REQUEST_KEYS(X)
#undef X
    };
    return k < REQUEST_KEY_COUNT ? names[k] : "?";
}

/* The element between the fields and the argv. */
#define REQUEST_ARGS_MARK "--"
/* The most descriptors a program gets, and the largest message in bytes. */
#define REQUEST_MAX_FDS 5
#define REQUEST_MAX_BYTES 65536

#endif

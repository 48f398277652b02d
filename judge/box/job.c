/* Defaults and ranges of a run's limits, shared by the command line and the
 * server protocol so that both accept exactly the same values. */
#include "job.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *const profile_names[] = {
#define X(id, name) name,
    JOB_PROFILES(X)
#undef X
};

/* Ranges: a day of CPU or wall time, 64 GiB of memory, 1 TiB of file. Beyond
 * these a value is a caller's mistake, and they keep every product in range. */
#define JOB_MAX_MS (24L * 3600 * 1000)
#define JOB_MAX_MEM_KB (64L << 20)
#define JOB_MAX_FSIZE_KB (1L << 30)

void job_defaults(job *j)
{
    memset(j, 0, sizeof *j);
    j->cpu_ms = 1000;
    j->mem_kb = 256L << 10;
    j->fsize_kb = 65536;
    j->profile = JOB_RUN;
    for (int i = 0; i < JOB_MAX_FDS; i++)
        j->fds[i] = -1;
}

int job_parse_number(const char *s, long min, long max, long *out)
{
    size_t len = strlen(s);
    if (len == 0 || (len > 1 && s[0] == '0'))
        return -EINVAL;
    long v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -EINVAL;
        long d = s[i] - '0';
        if (v > (max - d) / 10)
            return -EINVAL;
        v = v * 10 + d;
    }
    /* The loop only guards against overflow: (max - d) / 10 rounds toward zero,
     * so a single digit above a small max gets through it. */
    if (v < min || v > max)
        return -EINVAL;
    *out = v;
    return 0;
}

int job_finish(job *j, char *err, size_t errsize)
{
    const char *bad = NULL;
    if (j->cpu_ms < 1 || j->cpu_ms > JOB_MAX_MS)
        bad = "CPU limit";
    else if (j->wall_ms < 0 || j->wall_ms > JOB_MAX_MS)
        bad = "wall limit";
    else if (j->mem_kb < 1024 || j->mem_kb > JOB_MAX_MEM_KB)
        bad = "memory limit";
    else if (j->fsize_kb < 0 || j->fsize_kb > JOB_MAX_FSIZE_KB)
        bad = "file size limit";
    else if (j->nfds < 0 || j->nfds > JOB_MAX_FDS)
        bad = "descriptor count";
    else if ((unsigned)j->profile >= JOB_PROFILE_COUNT)
        bad = "profile";
    else if (!j->argv || !j->argv[0] || !j->argv[0][0])
        bad = "program";
    if (bad) {
        snprintf(err, errsize, "%s out of range", bad);
        return -EINVAL;
    }
    if (j->wall_ms == 0)
        j->wall_ms = j->cpu_ms * 3 + 500 > JOB_MAX_MS ? JOB_MAX_MS : j->cpu_ms * 3 + 500;
    return 0;
}

int job_profile_parse(const char *name, job_profile *out)
{
    for (int i = 0; i < JOB_PROFILE_COUNT; i++)
        if (strcmp(name, profile_names[i]) == 0) {
            *out = (job_profile)i;
            return 0;
        }
    return -EINVAL;
}

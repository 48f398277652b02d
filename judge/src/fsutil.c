/* File-system helpers: capped whole-file reads, sorted listings, mkdir -p. */
#include "fsutil.h"

#include "err.h"

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

int fs_read_file(const char *path, size_t max_bytes, int code, buf *out)
{
    int rc = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return err_report(code, "cannot open '%s': %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) {
        rc = err_report(code, "cannot stat '%s': %s", path, strerror(errno));
        goto cleanup;
    }
    if (S_ISDIR(st.st_mode)) {
        rc = err_report(code, "'%s' is a directory, not a file", path);
        goto cleanup;
    }
    if (!S_ISREG(st.st_mode)) {
        rc = err_report(code, "'%s' is not a regular file", path);
        goto cleanup;
    }
    if ((size_t)st.st_size > max_bytes) {
        rc = err_report(code, "'%s' is too large (%lld bytes, at most %zu)", path,
                        (long long)st.st_size, max_bytes);
        goto cleanup;
    }
    char chunk[65536];
    for (;;) {
        ssize_t got = read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            rc = err_report(code, "cannot read '%s': %s", path, strerror(errno));
            goto cleanup;
        }
        if (got == 0)
            break;
        if (out->len + (size_t)got > max_bytes) {
            rc = err_report(code, "'%s' is too large (more than %zu bytes)", path, max_bytes);
            goto cleanup;
        }
        if (buf_append(out, chunk, (size_t)got) < 0) {
            rc = ERR_NOMEM;
            goto cleanup;
        }
    }
    if (!out->data)
        rc = buf_append(out, "", 0);
cleanup:
    close(fd);
    return rc;
}

char *fs_join(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *p = malloc(la + lb + 2);
    if (!p)
        return NULL;
    memcpy(p, a, la);
    p[la] = '/';
    memcpy(p + la + 1, b, lb + 1);
    return p;
}

char *fs_suffixed(const char *path, const char *suffix)
{
    size_t lp = strlen(path), ls = strlen(suffix);
    char *p = malloc(lp + ls + 1);
    if (!p)
        return NULL;
    memcpy(p, path, lp);
    memcpy(p + lp, suffix, ls + 1);
    return p;
}

int fs_write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int fs_write_file(const char *path, const void *data, size_t len, int how, int mode)
{
    assert(how == O_TRUNC || how == O_EXCL);
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | how, mode);
    if (fd < 0)
        return -errno;
    int rc = len ? fs_write_all(fd, data, len) : 0;
    if (close(fd) < 0 && rc == 0)
        rc = -errno;
    if (rc < 0)
        unlink(path);
    return rc;
}

int fs_copy_file(const char *from, const char *to, int mode)
{
    char chunk[1 << 16];
    struct stat st;
    int rc = 0, out = -1;
    int in = open(from, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0 || fstat(in, &st) < 0) {
        rc = -errno;
        goto cleanup;
    }
    if (!S_ISREG(st.st_mode)) {
        rc = -EINVAL;
        goto cleanup;
    }
    if ((out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)) < 0) {
        rc = -errno;
        goto cleanup;
    }
    for (;;) {
        ssize_t n = read(in, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            rc = n < 0 ? -errno : 0;
            break;
        }
        if ((rc = fs_write_all(out, chunk, (size_t)n)) < 0)
            break;
    }
    if (close(out) < 0 && rc == 0)
        rc = -errno;
    if (rc < 0)
        unlink(to);
cleanup:
    if (in >= 0)
        close(in);
    return rc;
}

int fs_mkdir_p(const char *dir)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
        return err_report(ERR_INTERNAL, "path too long: '%s'", dir);
    for (char *p = path + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char saved = *p;
        *p = '\0';
        if (mkdir(path, 0755) < 0 && errno != EEXIST)
            return err_report(ERR_INTERNAL, "cannot create directory '%s': %s", path,
                              strerror(errno));
        *p = saved;
        if (saved == '\0')
            break;
    }
    if (!fs_is_dir(dir))
        return err_report(ERR_INTERNAL, "'%s' exists and is not a directory", dir);
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *name, const char *suffix)
{
    size_t ln = strlen(name), ls = strlen(suffix);
    return ln >= ls && strcmp(name + ln - ls, suffix) == 0;
}

int fs_list(const char *dir, const char *suffix, char ***names, size_t *n)
{
    *names = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT || errno == ENOTDIR
                   ? 0
                   : err_report(ERR_PACKAGE, "cannot list '%s': %s", dir, strerror(errno));
    int rc = 0;
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || !has_suffix(e->d_name, suffix))
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            char **grown = realloc(*names, cap * sizeof *grown);
            if (!grown) {
                rc = ERR_NOMEM;
                goto cleanup;
            }
            *names = grown;
        }
        if (!((*names)[*n] = strdup(e->d_name))) {
            rc = ERR_NOMEM;
            goto cleanup;
        }
        (*n)++;
    }
    if (*n)
        qsort(*names, *n, sizeof **names, cmp_names);
cleanup:
    closedir(d);
    if (rc < 0) {
        fs_names_free(*names, *n);
        *names = NULL;
        *n = 0;
    }
    return rc;
}

void fs_names_free(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

enum { MEMORY_SCRATCH_FREE_MB = 256 }; /* what /dev/shm must have free to be used */

static int make_scratch_in(const char *tmp, const char *name, char **out)
{
    if (asprintf(out, "%s/%s-XXXXXX", tmp, name) < 0) {
        *out = NULL;
        return ERR_NOMEM;
    }
    if (mkdtemp(*out))
        return 0;
    int rc = err_report(ERR_INTERNAL, "cannot create a scratch directory in '%s': mkdtemp: %s", tmp,
                        strerror(errno));
    free(*out);
    *out = NULL;
    return rc;
}

static const char *tmpdir(void)
{
    const char *tmp = getenv("TMPDIR");
    return tmp && tmp[0] == '/' && fs_is_dir(tmp) ? tmp : NULL;
}

int fs_make_scratch(const char *name, char **out)
{
    const char *tmp = tmpdir();
    return make_scratch_in(tmp ? tmp : "/tmp", name, out);
}

int fs_make_memory_scratch(const char *name, char **out)
{
    const char *tmp = tmpdir();
    struct statfs sf;
    if (!tmp && statfs("/dev/shm", &sf) == 0 && sf.f_type == TMPFS_MAGIC &&
        (unsigned long long)sf.f_bavail * (unsigned long long)sf.f_bsize >=
            (unsigned long long)MEMORY_SCRATCH_FREE_MB << 20 &&
        access("/dev/shm", W_OK | X_OK) == 0)
        tmp = "/dev/shm";
    return make_scratch_in(tmp ? tmp : "/tmp", name, out);
}

bool fs_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool fs_exists(const char *path) { return access(path, F_OK) == 0; }

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path) < 0 && errno != ENOENT ? -1 : 0;
}

int fs_remove_tree(const char *dir)
{
    if (!fs_exists(dir))
        return 0;
    if (nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS) < 0)
        return err_report(ERR_INTERNAL, "cannot remove '%s': %s", dir, strerror(errno));
    return 0;
}

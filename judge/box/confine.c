/* Landlock rules of the compile profile (see confine.h for what they allow).
 * The keeper builds them before it starts the compiler's process, which only
 * has to apply them: building opens files and directories, which the child, on
 * the keeper's memory until its execve, should not do. */
#include "confine.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/landlock.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Rights of later ABIs than the Debian 12 headers describe. */
#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif

#define FS_READ_FILE LANDLOCK_ACCESS_FS_READ_FILE
#define FS_READ (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR)
#define FS_TOOLCHAIN (FS_READ | LANDLOCK_ACCESS_FS_EXECUTE)
#define FS_OUTPUT                                                                                  \
    (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE |                                \
     LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_TRUNCATE)
#define FS_WORKDIR                                                                                 \
    (FS_OUTPUT | LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR |                     \
     LANDLOCK_ACCESS_FS_MAKE_DIR)
#define FS_DEVNULL                                                                                 \
    (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_TRUNCATE)
/* The only rights a rule on a file, rather than a directory, may hold. */
#define FS_FILE_RIGHTS                                                                             \
    (LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE |   \
     LANDLOCK_ACCESS_FS_TRUNCATE)

/* Where a Debian system keeps compilers, assemblers, linkers, headers and
 * libraries (the /lib* and /bin names are links into /usr on merged systems). */
static const char *const toolchain_dirs[] = {"/usr",    "/lib", "/lib64", "/lib32",
                                             "/libx32", "/bin", "/sbin"};

struct rules {
    int fd;           /* the ruleset */
    uint64_t handled; /* the rights this kernel's ABI knows, all denied by default */
    int workdir;      /* O_PATH descriptor: relative names are taken from here */
    char *err;
    size_t errsize;
};

int confine_version(void)
{
    long v = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return v < 0 ? -errno : (int)v;
}

/* Allows access on the file or directory at base/name (followed when a link
 * unless nofollow). A name that does not exist, or is a link when nofollow, is
 * skipped: the compiler will not find it either. */
static int allow(struct rules *r, int base, const char *name, uint64_t access, bool nofollow)
{
    int fd = openat(base, name, O_PATH | O_CLOEXEC | (nofollow ? O_NOFOLLOW : 0));
    if (fd < 0)
        return errno == ENOENT || errno == ENOTDIR || errno == EACCES || errno == ELOOP ? 0
                                                                                        : -errno;
    int rc = 0;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        rc = -errno;
        goto cleanup;
    }
    if (S_ISLNK(st.st_mode))
        goto cleanup;
    if (!S_ISDIR(st.st_mode))
        access &= FS_FILE_RIGHTS;
    struct landlock_path_beneath_attr rule = {.allowed_access = access & r->handled,
                                              .parent_fd = fd};
    if (rule.allowed_access &&
        syscall(SYS_landlock_add_rule, r->fd, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) < 0) {
        rc = -errno;
        snprintf(r->err, r->errsize, "cannot add a landlock rule for '%.160s': %s", name,
                 strerror(errno));
    }
cleanup:
    close(fd);
    return rc;
}

/* Allows reading the headers (*.h, not links) directly in directory dir. */
static int allow_headers(struct rules *r, const char *dir)
{
    int fd = openat(r->workdir, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return 0; /* not a directory the compiler can search either */
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return -errno;
    }
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 2 && strcmp(e->d_name + n - 2, ".h") == 0)
            rc = allow(r, dirfd(d), e->d_name, FS_READ_FILE, true);
    }
    closedir(d);
    return rc;
}

/* Copies the directory part of path ("." when it has none) into dir. */
static int directory_of(const char *path, char *dir, size_t size)
{
    const char *slash = strrchr(path, '/');
    int n = !slash          ? snprintf(dir, size, ".")
            : slash == path ? snprintf(dir, size, "/")
                            : snprintf(dir, size, "%.*s", (int)(slash - path), path);
    return n < 0 || (size_t)n >= size ? -ENAMETOOLONG : 0;
}

/* The compiler's installation: its own directory and, in the usual PREFIX/bin
 * layout, PREFIX (/usr/bin/gcc -> /usr, where cc1 and the headers are). */
static int allow_installation(struct rules *r, const char *path)
{
    char bin[PATH_MAX], prefix[PATH_MAX];
    int rc = directory_of(path, bin, sizeof bin);
    if (rc < 0 || strcmp(bin, "/") == 0)
        return rc;
    size_t n = strlen(bin);
    bool usual = n > 4 && strcmp(bin + n - 4, "/bin") == 0;
    if (usual && directory_of(bin, prefix, sizeof prefix) == 0 && strcmp(prefix, "/") != 0)
        return allow(r, AT_FDCWD, prefix, FS_TOOLCHAIN, false);
    return allow(r, AT_FDCWD, bin, FS_TOOLCHAIN, false);
}

/* How the compile profile reads a command line: -o's directory is written,
 * -I directories give their headers, and every existing regular file named is
 * read (with the headers beside it). */
typedef enum { ARG_OUTPUT_DIR, ARG_HEADER_DIR, ARG_INPUT } arg_use;
typedef int (*arg_visit)(void *ctx, arg_use use, const char *path);

/* Calls visit for each name of argv (relative names are taken from workdir), in
 * order, until one returns non-zero, which is returned. */
static int walk_arguments(char *const *argv, int workdir, arg_visit visit, void *ctx)
{
    int rc = 0;
    char dir[PATH_MAX];
    for (int i = 1; rc == 0 && argv[i]; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-o") == 0 && argv[i + 1]) {
            if ((rc = directory_of(argv[++i], dir, sizeof dir)) == 0)
                rc = visit(ctx, ARG_OUTPUT_DIR, dir);
        } else if (strncmp(a, "-I", 2) == 0) {
            const char *d = a[2] ? a + 2 : argv[i + 1];
            if (!a[2] && d)
                i++;
            if (d)
                rc = visit(ctx, ARG_HEADER_DIR, d);
        } else if (a[0] != '-') {
            struct stat st;
            if (fstatat(workdir, a, &st, 0) == 0 && S_ISREG(st.st_mode))
                rc = visit(ctx, ARG_INPUT, a);
        }
    }
    return rc;
}

static int allow_argument(void *ctx, arg_use use, const char *path)
{
    struct rules *r = ctx;
    char dir[PATH_MAX];
    int rc;
    switch (use) {
    case ARG_OUTPUT_DIR:
        return allow(r, r->workdir, path, FS_OUTPUT, false);
    case ARG_HEADER_DIR:
        return allow_headers(r, path);
    case ARG_INPUT:
        rc = allow(r, r->workdir, path, FS_READ_FILE, false);
        if (rc == 0 && (rc = directory_of(path, dir, sizeof dir)) == 0)
            rc = allow_headers(r, dir);
        return rc;
    }
    return -EINVAL;
}

/* The access each use needs; a denial is the negative errno returned. */
static int check_argument(void *ctx, arg_use use, const char *path)
{
    (void)ctx;
    static const int modes[] = {
        [ARG_OUTPUT_DIR] = W_OK | X_OK, [ARG_HEADER_DIR] = X_OK, [ARG_INPUT] = R_OK};
    return access(path, modes[use]) == 0 ? 0 : -errno;
}

int confine_check_access(char *const *argv)
{
    return walk_arguments(argv, AT_FDCWD, check_argument, NULL);
}

/* Creates a ruleset handling every right this kernel's ABI knows, and opens
 * workdir. Returns 0 or a negative errno, with why in r->err. */
static int rules_init(struct rules *r, const char *workdir)
{
    int abi = confine_version();
    if (abi < 1) {
        snprintf(r->err, r->errsize, "landlock is not available: %s", strerror(-abi));
        return abi < 0 ? abi : -ENOSYS;
    }
    r->handled = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1; /* ABI 1: bits 0 to 12 */
    if (abi >= 2)
        r->handled |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        r->handled |= LANDLOCK_ACCESS_FS_TRUNCATE;
    struct landlock_ruleset_attr attr = {.handled_access_fs = r->handled};
    r->fd = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0);
    if (r->fd < 0) {
        int rc = -errno;
        snprintf(r->err, r->errsize, "cannot create a landlock ruleset: %s", strerror(errno));
        return rc;
    }
    r->workdir = open(workdir, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (r->workdir < 0) {
        int rc = -errno;
        snprintf(r->err, r->errsize, "cannot open '%.160s': %s", workdir, strerror(errno));
        return rc;
    }
    return 0;
}

/* Closes what rules_init opened but the ruleset, which goes to *ruleset on success. */
static int rules_finish(struct rules *r, int rc, int *ruleset)
{
    if (r->workdir >= 0)
        close(r->workdir);
    if (rc < 0 && r->fd >= 0)
        close(r->fd);
    else
        *ruleset = r->fd;
    return rc;
}

/* What every confined process reads: the system's toolchain and libraries, and
 * the loader's cache. */
static int allow_system(struct rules *r)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sizeof toolchain_dirs / sizeof toolchain_dirs[0]; i++)
        rc = allow(r, AT_FDCWD, toolchain_dirs[i], FS_TOOLCHAIN, false);
    return rc == 0 ? allow(r, AT_FDCWD, "/etc/ld.so.cache", FS_READ_FILE, false) : rc;
}

int confine_build(const job *j, const char *path, const char *workdir, int *ruleset, char *err,
                  size_t errsize)
{
    int rc = 0;
    struct rules r = {.fd = -1, .workdir = -1, .err = err, .errsize = errsize};
    err[0] = '\0';
    if ((rc = rules_init(&r, workdir)) < 0)
        goto cleanup;
    if ((rc = allow_system(&r)) == 0)
        rc = allow_installation(&r, path);
    if (rc == 0)
        rc = allow(&r, AT_FDCWD, "/dev/null", FS_DEVNULL, false);
    if (rc == 0)
        rc = allow(&r, r.workdir, ".", FS_WORKDIR, false);
    if (rc == 0)
        rc = walk_arguments(j->argv, r.workdir, allow_argument, &r);
    if (rc < 0 && !err[0])
        snprintf(err, errsize, "cannot build the compiler's landlock rules: %s", strerror(-rc));
cleanup:
    return rules_finish(&r, rc, ruleset);
}

int confine_build_sanitize(const char *path, const char *workdir, int *ruleset, char *err,
                           size_t errsize)
{
    int rc = 0;
    struct rules r = {.fd = -1, .workdir = -1, .err = err, .errsize = errsize};
    err[0] = '\0';
    if ((rc = rules_init(&r, workdir)) < 0)
        goto cleanup;
    if ((rc = allow_system(&r)) == 0)
        rc = allow(&r, AT_FDCWD, path, FS_READ_FILE | LANDLOCK_ACCESS_FS_EXECUTE, false);
    if (rc == 0)
        rc = allow(&r, r.workdir, ".", FS_WORKDIR, false);
    if (rc < 0 && !err[0])
        snprintf(err, errsize, "cannot build the sanitizer's landlock rules: %s", strerror(-rc));
cleanup:
    return rules_finish(&r, rc, ruleset);
}

int confine_allow_self(int ruleset)
{
    /* the handled rights do not matter to a rule: read access is always known */
    struct rules r = {.fd = ruleset, .handled = FS_READ, .workdir = -1};
    char err[200];
    r.err = err;
    r.errsize = sizeof err;
    return allow(&r, AT_FDCWD, "/proc/self", FS_READ, false);
}

int confine_apply(int ruleset)
{
    return syscall(SYS_landlock_restrict_self, ruleset, 0) < 0 ? -errno : 0;
}

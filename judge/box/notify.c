/* The keeper's answers to a flat sanitized run's path calls.
 *
 * Theory of operation. A sanitized run without namespaces sees the machine's
 * file system, confined by Landlock, which checks opens only after the path
 * lookup (a missing file says ENOENT, an existing one EACCES) and does not
 * cover metadata at all. So its filter turns every call that names a path into
 * a notification to the keeper, and the keeper answers it from its own copy of
 * the arguments: the kernel never resolves a path the program wrote, and
 * another of its threads rewriting the path after the keeper read it changes
 * nothing (there is no SECCOMP_USER_NOTIF_FLAG_CONTINUE here, which would make
 * the kernel read the path again).
 *
 *   newfstatat, statx  only an empty path with AT_EMPTY_PATH on a descriptor
 *                      (glibc's fstat, the loader's): the keeper stats
 *                      /proc/TID/fd/N, which is the thread's own descriptor
 *                      whatever its path, and writes the result into the
 *                      program's buffer. Any path, or AT_FDCWD, is EACCES
 *                      without a look, so the answer never depends on what
 *                      exists (EACCES rather than ENOENT: it is what a flat
 *                      normal run says, and it claims nothing about the file).
 *   readlink(at)       only "/proc/self/exe" (the ASan runtime's), answered
 *                      with the keeper's readlink of /proc/PID/exe; anything
 *                      else is EACCES.
 *   open, openat       reading only (the filter fails the rest). The keeper
 *                      allows the loader's and the runtime's files alone: paths
 *                      beneath /usr, /lib and /lib64, /etc/ld.so.cache, and a
 *                      few names in /proc/self. Anything else is EACCES without
 *                      a look. An allowed path is opened by the keeper beneath
 *                      a descriptor of its prefix with openat2(RESOLVE_BENEATH |
 *                      RESOLVE_NO_MAGICLINKS), so ".." and links cannot climb
 *                      out, /proc/self/X as /proc/PID/X; only a regular file or
 *                      directory is given, and it is put into the program with
 *                      SECCOMP_ADDFD_FLAG_SEND, which also answers the call.
 *
 * Whose memory. Everything read of the calling thread (its path, and its
 * descriptors, which a raw clone need not share) is read through its id, and
 * the notification is checked with SECCOMP_IOCTL_NOTIF_ID_VALID after that
 * read and before it is acted on: a thread still inside its call was alive,
 * and its id its own, throughout (the kernel frees a dead thread's id at once
 * and may give it to any new process). A write cannot be checked afterwards,
 * so results go through the program's pid instead: its threads' tgid (its
 * filter allows threads only), which the keeper reaps last, so that it names
 * the program's memory for the whole run. (A program whose main thread has
 * exited has no memory under that pid: its fstat and readlink then fail with
 * EFAULT.) */
#include "notify.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/audit.h>
#include <linux/openat2.h>
#include <linux/seccomp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <unistd.h>

/* Linux 6.6: the program's thread hands the CPU straight to the waiting keeper
 * rather than waking it on another (an fstat's round trip went from 30-70 us
 * to about 18 us on a 2-core machine). Older headers lack it; older kernels
 * refuse it, and the wake-up stays as it was. */
#ifndef SECCOMP_IOCTL_NOTIF_SET_FLAGS
#define SECCOMP_IOCTL_NOTIF_SET_FLAGS SECCOMP_IOW(4, __u64)
#endif
#ifndef SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP
#define SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP (1UL << 0)
#endif

/* Room for the kernel's structures, which may grow (notify_check compares). */
#define NOTIF_ROOM 256

/* The names of /proc/self the runtime reads (maps, cmdline, environ and exe on
 * every run; the others by some of its versions). */
static const char *const proc_self_names[] = {"maps",   "cmdline", "environ", "exe",
                                              "status", "auxv",    "stat"};

/* The prefixes beneath which the program may open anything that stays beneath. */
static const char *const lib_prefixes[] = {"/usr", "/lib", "/lib64"};

/* One answer: an error, a value, or a descriptor of the keeper's to put into
 * the program (then val is unused and the keeper closes fd afterwards); or
 * none, when the calling thread is gone. */
struct answer {
    int error; /* a positive errno, or 0 */
    int64_t val;
    int fd;
    bool cloexec;
    bool gone;
};

/* What the helpers return when the calling thread is gone. */
#define GONE (-ESRCH)

static struct answer fail(int err) { return (struct answer){.error = err, .fd = -1}; }

static struct answer gone(void) { return (struct answer){.fd = -1, .gone = true}; }

static struct answer value(int64_t val) { return (struct answer){.val = val, .fd = -1}; }

int notify_check(void)
{
    /* SECCOMP_ADDFD_FLAG_SEND has no probe of its own short of a notification:
       the release says */
    struct utsname u;
    int major = 0, minor = 0;
    if (uname(&u) < 0 || sscanf(u.release, "%d.%d", &major, &minor) != 2)
        return -EINVAL;
    if (major < 5 || (major == 5 && minor < 14))
        return -ENOSYS;
    struct seccomp_notif_sizes sizes;
    if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) < 0)
        return -errno;
    if (sizes.seccomp_notif > NOTIF_ROOM || sizes.seccomp_notif_resp > NOTIF_ROOM ||
        sizes.seccomp_notif < sizeof(struct seccomp_notif) ||
        sizes.seccomp_notif_resp < sizeof(struct seccomp_notif_resp))
        return -EOVERFLOW;
    return 0;
}

int notify_send(int sock, int listener)
{
    char data = 'L';
    struct iovec iov = {.iov_base = &data, .iov_len = 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } u;
    memset(&u, 0, sizeof u);
    struct msghdr msg = {
        .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cm), &listener, sizeof(int));
    return sendmsg(sock, &msg, MSG_NOSIGNAL) == 1 ? 0 : -errno;
}

int notify_receive(int sock, int *listener)
{
    char data;
    struct iovec iov = {.iov_base = &data, .iov_len = 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } u;
    struct msghdr msg = {
        .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
    ssize_t n = recvmsg(sock, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
    if (n < 0)
        return errno == EWOULDBLOCK ? -EAGAIN : -errno;
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    if (n != 1 || !cm || cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS ||
        cm->cmsg_len != CMSG_LEN(sizeof(int)) || (msg.msg_flags & MSG_CTRUNC))
        return -EPROTO;
    memcpy(listener, CMSG_DATA(cm), sizeof(int));
    /* a refusal costs only time */
    ioctl(*listener, SECCOMP_IOCTL_NOTIF_SET_FLAGS, SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP);
    return 0;
}

/* Reads the NUL-terminated path at addr of thread tid into buf (PATH_MAX
 * bytes), a page at a time, so that a path that ends just before an unmapped
 * page is read and one that runs into it is a fault. Returns its length,
 * -EFAULT or -ENAMETOOLONG (no NUL in PATH_MAX bytes, as the kernel says). */
static int read_path(pid_t tid, uint64_t addr, char *buf)
{
    if (addr == 0)
        return -EFAULT;
    long page = sysconf(_SC_PAGESIZE);
    size_t got = 0;
    while (got < PATH_MAX) {
        size_t chunk = (size_t)page - (size_t)((addr + got) % (uint64_t)page);
        if (chunk > PATH_MAX - got)
            chunk = PATH_MAX - got;
        struct iovec local = {.iov_base = buf + got, .iov_len = chunk};
        struct iovec remote = {.iov_base = (void *)(uintptr_t)(addr + got), .iov_len = chunk};
        ssize_t n = process_vm_readv(tid, &local, 1, &remote, 1, 0);
        if (n <= 0)
            return -EFAULT;
        char *nul = memchr(buf + got, '\0', (size_t)n);
        if (nul)
            return (int)(nul - buf);
        got += (size_t)n;
    }
    return -ENAMETOOLONG;
}

/* Writes size bytes into the program's memory at addr. Returns 0 or -EFAULT. */
static int write_mem(pid_t program, uint64_t addr, void *data, size_t size)
{
    struct iovec local = {.iov_base = data, .iov_len = size};
    struct iovec remote = {.iov_base = (void *)(uintptr_t)addr, .iov_len = size};
    ssize_t n = process_vm_writev(program, &local, 1, &remote, 1, 0);
    return n == (ssize_t)size ? 0 : -EFAULT;
}

/* Whether the notification is still pending: its thread is alive and still
 * inside the call, so what was read of it was its own. */
static bool still_valid(int listener, uint64_t id)
{
    return ioctl(listener, SECCOMP_IOCTL_NOTIF_ID_VALID, &id) == 0;
}

/* The metadata calls: fstat through /proc/TID/fd/N only. what is the stat or
 * statx result, which the caller writes. Returns 0, GONE or a negative errno
 * for the program. */
static int stat_descriptor(int listener, const struct seccomp_notif *req, bool is_statx, void *what)
{
    const __u64 *a = req->data.args;
    int dirfd = (int)a[0];
    int flags = (int)(is_statx ? a[2] : a[3]);
    char path[PATH_MAX];
    /* a NULL path with AT_EMPTY_PATH is an empty one since Linux 6.11 */
    int len = a[1] == 0 && (flags & AT_EMPTY_PATH) ? 0 : read_path(req->pid, a[1], path);
    if (len < 0 && !still_valid(listener, req->id))
        return GONE;
    if (len < 0)
        return len;
    if (len > 0 || dirfd == AT_FDCWD)
        return -EACCES;
    if (!(flags & AT_EMPTY_PATH))
        return -ENOENT; /* an empty path, as the kernel says */
    if (dirfd < 0)
        return -EBADF;
    char fd_path[64];
    snprintf(fd_path, sizeof fd_path, "/proc/%d/fd/%d", (int)req->pid, dirfd);
    int rc = is_statx ? statx(AT_FDCWD, fd_path, flags & AT_STATX_SYNC_TYPE, (unsigned)a[3], what)
                      : stat(fd_path, what);
    rc = rc < 0 ? (errno == ENOENT ? -EBADF : -errno) : 0;
    /* the thread was alive throughout the stat: its id named it */
    if (!still_valid(listener, req->id))
        return GONE;
    return rc;
}

static struct answer answer_stat(int listener, const struct seccomp_notif *req, pid_t program,
                                 bool is_statx)
{
    union {
        struct stat st;
        struct statx sx;
    } u;
    memset(&u, 0, sizeof u);
    int rc = stat_descriptor(listener, req, is_statx, &u);
    if (rc == 0)
        rc = write_mem(program, req->data.args[is_statx ? 4 : 2], &u,
                       is_statx ? sizeof u.sx : sizeof u.st);
    return rc == GONE ? gone() : rc < 0 ? fail(-rc) : value(0);
}

static struct answer answer_readlink(int listener, const struct seccomp_notif *req, pid_t program,
                                     bool at)
{
    const __u64 *a = req->data.args + (at ? 1 : 0);
    char path[PATH_MAX], target[PATH_MAX];
    int len = read_path(req->pid, a[0], path);
    if (!still_valid(listener, req->id))
        return gone();
    if (len < 0)
        return fail(-len);
    if (strcmp(path, "/proc/self/exe") != 0)
        return fail(EACCES);
    int64_t size = (int64_t)a[2];
    if ((int)size <= 0)
        return fail(EINVAL);
    char exe[64];
    snprintf(exe, sizeof exe, "/proc/%d/exe", (int)program);
    ssize_t n = readlink(exe, target, sizeof target);
    if (n < 0)
        return fail(errno);
    if (n > (int)size)
        n = (int)size; /* readlink truncates without a word */
    int rc = write_mem(program, a[1], target, (size_t)n);
    return rc < 0 ? fail(-rc) : value(n);
}

/* The name of /proc/self the program may open that name is, or NULL. */
static const char *proc_self_allowed(const char *name)
{
    for (size_t i = 0; i < sizeof proc_self_names / sizeof proc_self_names[0]; i++)
        if (strcmp(name, proc_self_names[i]) == 0)
            return proc_self_names[i];
    return NULL;
}

/* Opens path for the program with the keeper's own flags (O_RDONLY, and
 * O_NONBLOCK so that no special file can stall the keeper). Returns a
 * descriptor or a negative errno; -EACCES for anything not allowed, decided
 * from the path's text alone. */
static int open_allowed(const char *path, pid_t program, int flags)
{
    flags |= O_RDONLY | O_NONBLOCK | O_CLOEXEC;
    if (strcmp(path, "/etc/ld.so.cache") == 0) {
        int fd = open("/etc/ld.so.cache", flags);
        return fd < 0 ? -errno : fd;
    }
    const char *self = "/proc/self/";
    if (strncmp(path, self, strlen(self)) == 0) {
        const char *name = proc_self_allowed(path + strlen(self));
        if (!name)
            return -EACCES;
        char own[64];
        snprintf(own, sizeof own, "/proc/%d/%s", (int)program, name);
        int fd = open(own, flags);
        return fd < 0 ? -errno : fd;
    }
    for (size_t i = 0; i < sizeof lib_prefixes / sizeof lib_prefixes[0]; i++) {
        size_t n = strlen(lib_prefixes[i]);
        if (strncmp(path, lib_prefixes[i], n) != 0 || path[n] != '/')
            continue;
        const char *rest = path + n;
        while (*rest == '/')
            rest++;
        int dir = open(lib_prefixes[i], O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (dir < 0)
            return -errno;
        struct open_how how = {.flags = (uint64_t)flags,
                               .resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS};
        int fd = (int)syscall(SYS_openat2, dir, *rest ? rest : ".", &how, sizeof how);
        int err = errno;
        close(dir);
        /* climbing out (EXDEV) or a magic link (ELOOP) is a refusal like any */
        return fd >= 0 ? fd : err == EXDEV ? -EACCES : -err;
    }
    return -EACCES;
}

static struct answer answer_open(int listener, const struct seccomp_notif *req, pid_t program,
                                 bool at)
{
    const __u64 *a = req->data.args + (at ? 1 : 0);
    int flags = (int)a[1];
    char path[PATH_MAX];
    int len = read_path(req->pid, a[0], path);
    if (!still_valid(listener, req->id))
        return gone();
    if (len < 0)
        return fail(-len);
    if (len == 0)
        return fail(ENOENT); /* an empty path, as the kernel says */
    /* the filter has failed every writing flag already; these are kept as asked */
    int fd = open_allowed(path, program, flags & (O_DIRECTORY | O_NOFOLLOW | O_NOCTTY));
    if (fd < 0)
        return fail(-fd);
    struct stat st;
    if (fstat(fd, &st) < 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) ||
        (!(flags & O_NONBLOCK) && fcntl(fd, F_SETFL, 0) < 0)) {
        close(fd);
        return fail(EACCES);
    }
    return (struct answer){.fd = fd, .cloexec = (flags & O_CLOEXEC) != 0};
}

/* Sends a, putting its descriptor into the program when it has one. Returns 0
 * or the listener's negative errno; a thread already gone is not an error. */
static int send_answer(int listener, uint64_t id, struct answer a)
{
    int rc = 0;
    if (a.fd >= 0) {
        struct seccomp_notif_addfd add = {.id = id,
                                          .flags = SECCOMP_ADDFD_FLAG_SEND,
                                          .srcfd = (uint32_t)a.fd,
                                          .newfd_flags = a.cloexec ? O_CLOEXEC : 0};
        int n = ioctl(listener, SECCOMP_IOCTL_NOTIF_ADDFD, &add);
        int err = errno;
        close(a.fd);
        if (n >= 0 || err == ENOENT)
            return 0;
        /* no room in the program (RLIMIT_NOFILE): the call fails with that */
        a = fail(err);
    }
    union {
        struct seccomp_notif_resp r;
        char room[NOTIF_ROOM];
    } resp;
    memset(&resp, 0, sizeof resp);
    resp.r.id = id;
    resp.r.val = a.error ? 0 : a.val;
    resp.r.error = a.error ? -a.error : 0;
    if (ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) < 0 && errno != ENOENT)
        rc = -errno;
    return rc;
}

int notify_answer(int listener, pid_t program)
{
    union {
        struct seccomp_notif n;
        char room[NOTIF_ROOM];
    } req;
    memset(&req, 0, sizeof req);
    if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &req) < 0)
        /* ENOENT: the thread died between the poll and the receive */
        return errno == EINTR || errno == ENOENT ? 0 : -errno;
    const struct seccomp_notif *r = &req.n;
    struct answer a;
    int nr = r->data.nr;
    if (r->data.arch != AUDIT_ARCH_X86_64)
        a = fail(ENOSYS); /* the filter kills every other arch first */
    else if (nr == SYS_newfstatat || nr == SYS_statx)
        a = answer_stat(listener, r, program, nr == SYS_statx);
    else if (nr == SYS_readlink || nr == SYS_readlinkat)
        a = answer_readlink(listener, r, program, nr == SYS_readlinkat);
    else if (nr == SYS_open || nr == SYS_openat)
        a = answer_open(listener, r, program, nr == SYS_openat);
    else
        a = fail(ENOSYS);
    if (a.gone)
        return 0; /* nobody to answer */
    return send_answer(listener, r->id, a);
}

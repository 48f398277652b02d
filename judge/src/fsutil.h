/* File-system helpers shared by the modules: whole-file reads with a size cap,
 * directory listing, recursive mkdir, path joining. Errors are reported once here
 * (one line naming the path and the failing call) and returned as codes. */
#ifndef FSUTIL_H
#define FSUTIL_H

#include "buf.h"

#include <stdbool.h>
#include <stddef.h>

/* Reads the whole regular file at path into out (appended). Files larger than
 * max_bytes are refused. Returns 0, or code (the caller's choice of ERR_INPUT or
 * ERR_PACKAGE) after printing why. */
int fs_read_file(const char *path, size_t max_bytes, int code, buf *out);

/* A malloc'd "a/b" (caller frees); NULL when out of memory. */
char *fs_join(const char *a, const char *b);

/* A malloc'd path + suffix ("x.in" + ".ans"; caller frees); NULL when out of memory. */
char *fs_suffixed(const char *path, const char *suffix);

/* Creates dir and its parents (mode 0755). Returns 0 or ERR_INTERNAL, reported. */
int fs_mkdir_p(const char *dir);

/* The sorted names in dir ending in suffix (without "." and ".."), as a malloc'd
 * array of malloc'd strings; *n gets the count. A missing dir gives 0 names.
 * Returns 0 or a reported error. Free with fs_names_free(). */
int fs_list(const char *dir, const char *suffix, char ***names, size_t *n);
void fs_names_free(char **names, size_t n);

/* Writes all len bytes of data to fd, resuming after EINTR and short writes.
 * Returns 0 or a negative errno (not reported: the caller names the file). */
int fs_write_all(int fd, const void *data, size_t len);

/* Writes the file at path whole: created with mode, and either replaced
 * (O_TRUNC) or only new (O_EXCL: an existing file, the learner's, is left as it
 * is and -EEXIST returned). A file this call created and could not fill is
 * removed. Returns 0 or a negative errno, not reported: the caller names the
 * file. */
int fs_write_file(const char *path, const void *data, size_t len, int how, int mode);

/* Copies the regular file at from (a link is refused) to a new file at to, of
 * the given mode, owned by the caller: to must not exist. Nothing is left at
 * to on failure. Returns 0 or a negative errno, not reported. */
int fs_copy_file(const char *from, const char *to, int mode);

bool fs_is_dir(const char *path);
bool fs_exists(const char *path);

/* Makes a new private directory NAME-XXXXXX for scratch files in $TMPDIR (when it
 * is an absolute path to a directory), else in /tmp, as glibc's tmpfile() and
 * judge-box choose; every command's scratch goes through here. On success *out is its path, for the
 * caller to free (and to remove with fs_remove_tree). Returns 0, ERR_NOMEM, or a reported
 * ERR_INTERNAL. */
int fs_make_scratch(const char *name, char **out);

/* The same, but in /dev/shm when $TMPDIR is not set and /dev/shm is a tmpfs
 * with 256 MB free: for a command that makes and removes small files by the
 * thousand (stress), which a disk filesystem makes slow (ext4 scans past every
 * recently deleted inode to allocate a new one). */
int fs_make_memory_scratch(const char *name, char **out);

/* Removes dir and everything in it; missing is fine. Returns 0 or a reported error. */
int fs_remove_tree(const char *dir);

#endif

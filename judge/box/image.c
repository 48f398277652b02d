/* Reads the program headers of an ELF executable (the box runs statically linked
 * submissions, so there is no interpreter to add). */
#include "image.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* More program headers than any linker writes: a file claiming more is not an
 * executable we ran. */
#define IMAGE_MAX_PHDRS 256
#define IMAGE_PAGE 4096ULL

static int read_at(int fd, void *buf, size_t size, off_t off)
{
    ssize_t n = pread(fd, buf, size, off);
    if (n < 0)
        return -errno;
    return (size_t)n == size ? 0 : -ENOEXEC;
}

int image_span(const char *path, uint64_t *bytes)
{
    int rc = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    Elf64_Ehdr eh;
    if ((rc = read_at(fd, &eh, sizeof eh, 0)) < 0)
        goto cleanup;
    if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
        eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum == 0 || eh.e_phnum > IMAGE_MAX_PHDRS) {
        rc = -ENOEXEC;
        goto cleanup;
    }
    Elf64_Phdr ph[IMAGE_MAX_PHDRS];
    if ((rc = read_at(fd, ph, sizeof ph[0] * eh.e_phnum, (off_t)eh.e_phoff)) < 0)
        goto cleanup;
    uint64_t low = UINT64_MAX, high = 0;
    for (int i = 0; i < eh.e_phnum; i++) {
        if (ph[i].p_type != PT_LOAD)
            continue;
        uint64_t start = ph[i].p_vaddr & ~(IMAGE_PAGE - 1), end = ph[i].p_vaddr + ph[i].p_memsz;
        if (end < ph[i].p_vaddr || end > UINT64_MAX - IMAGE_PAGE) { /* not a loadable image */
            rc = -ENOEXEC;
            goto cleanup;
        }
        if (start < low)
            low = start;
        if (end > high)
            high = end;
    }
    if (high == 0) {
        rc = -ENOEXEC;
        goto cleanup;
    }
    *bytes = ((high + IMAGE_PAGE - 1) & ~(IMAGE_PAGE - 1)) - low;
cleanup:
    close(fd);
    return rc;
}

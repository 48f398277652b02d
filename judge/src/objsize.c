/* Sums an ELF64 object's writable static data from its section headers and its
 * common symbols. Every offset is checked against the file's length before it is
 * read: the object is the compiler's, but its contents follow the learner's
 * source. */
#include "objsize.h"

#include "buf.h"
#include "err.h"
#include "fsutil.h"
#include "libcsyms.h"

#include <elf.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An object bigger than this is not a learner's file (sources are capped at 1 MB). */
enum { OBJECT_MAX = 256 << 20, MAX_GROUPS = 32 };

typedef struct {
    char name[24];
    uint64_t bytes;
} group;

typedef struct {
    group g[MAX_GROUPS];
    size_t n;
    uint64_t total;
} tally;

static bool in_file(size_t len, uint64_t off, uint64_t size)
{
    return off <= len && size <= len - off;
}

/* .data.rel.local and .data.foo count as .data, and so on. */
static const char *group_name(const char *section)
{
    static const char *const known[] = {".tbss", ".tdata", ".bss", ".data"};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        size_t n = strlen(known[i]);
        if (strncmp(section, known[i], n) == 0 && (section[n] == '\0' || section[n] == '.'))
            return known[i];
    }
    return section;
}

static void add(tally *t, const char *name, uint64_t bytes)
{
    if (bytes == 0)
        return;
    t->total += bytes;
    size_t i = 0;
    while (i < t->n && strncmp(t->g[i].name, name, sizeof t->g[i].name - 1) != 0)
        i++;
    if (i == t->n) {
        if (t->n == MAX_GROUPS)
            i = MAX_GROUPS - 1; /* a source with that many sections: the last holds the rest */
        else
            snprintf(t->g[t->n++].name, sizeof t->g[0].name, "%s", name);
    }
    t->g[i].bytes += bytes;
}

/* A name from a string table (of sections or symbols), or "?" when it is out of range. */
static const char *string_at(const unsigned char *data, size_t len, const Elf64_Shdr *names,
                             uint32_t at)
{
    if (!names || at >= names->sh_size || !in_file(len, names->sh_offset, names->sh_size))
        return "?";
    const char *s = (const char *)data + names->sh_offset + at;
    return memchr(s, '\0', names->sh_size - at) ? s : "?";
}

static int by_name(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

/* Whether sym lets the object run code before its constructors (objsize.h). */
static bool runs_early(const Elf64_Sym *sym, const char *name)
{
    if (ELF64_ST_TYPE(sym->st_info) == STT_GNU_IFUNC)
        return true;
    unsigned bind = ELF64_ST_BIND(sym->st_info);
    return sym->st_shndx != SHN_UNDEF && (bind == STB_GLOBAL || bind == STB_WEAK) &&
           bsearch(name, libc_symbols, libc_symbol_count, sizeof libc_symbols[0], by_name);
}

/* The common symbols' bytes into t, and the first early symbol's name into early. */
static int read_symbols(const unsigned char *data, size_t len, const Elf64_Ehdr *eh,
                        const Elf64_Shdr *symtab, tally *t, char *early, size_t early_size)
{
    if (symtab->sh_entsize != sizeof(Elf64_Sym) ||
        !in_file(len, symtab->sh_offset, symtab->sh_size))
        return ERR_INTERNAL;
    Elf64_Shdr strtab, *strtab_p = NULL;
    if (symtab->sh_link < eh->e_shnum) {
        memcpy(&strtab, data + eh->e_shoff + (uint64_t)symtab->sh_link * sizeof strtab,
               sizeof strtab);
        strtab_p = &strtab;
    }
    for (uint64_t off = 0; off + sizeof(Elf64_Sym) <= symtab->sh_size; off += sizeof(Elf64_Sym)) {
        Elf64_Sym sym;
        memcpy(&sym, data + symtab->sh_offset + off, sizeof sym);
        if (sym.st_shndx == SHN_COMMON)
            add(t, "common", sym.st_size);
        const char *name = string_at(data, len, strtab_p, sym.st_name);
        if (!early[0] && runs_early(&sym, name))
            snprintf(early, early_size, "%s", name);
    }
    return 0;
}

static int read_sections(const unsigned char *data, size_t len, const Elf64_Ehdr *eh, tally *t,
                         objsize *out)
{
    if (eh->e_shentsize != sizeof(Elf64_Shdr) ||
        !in_file(len, eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr)))
        return ERR_INTERNAL;
    Elf64_Shdr names, *names_p = NULL;
    if (eh->e_shstrndx < eh->e_shnum) {
        memcpy(&names, data + eh->e_shoff + (uint64_t)eh->e_shstrndx * sizeof names, sizeof names);
        names_p = &names;
    }
    for (uint16_t i = 0; i < eh->e_shnum; i++) {
        Elf64_Shdr sh;
        memcpy(&sh, data + eh->e_shoff + (uint64_t)i * sizeof sh, sizeof sh);
        if (sh.sh_type == SHT_SYMTAB &&
            read_symbols(data, len, eh, &sh, t, out->early, sizeof out->early) < 0)
            return ERR_INTERNAL;
        if ((sh.sh_flags & (SHF_ALLOC | SHF_WRITE)) == (SHF_ALLOC | SHF_WRITE))
            add(t, group_name(string_at(data, len, names_p, sh.sh_name)), sh.sh_size);
    }
    return 0;
}

/* Largest first, then the first OBJSIZE_PARTS - 1 kept and the rest summed. */
static void summarise(tally *t, objsize *out)
{
    for (size_t i = 1; i < t->n; i++)
        for (size_t j = i; j > 0 && t->g[j].bytes > t->g[j - 1].bytes; j--) {
            group tmp = t->g[j];
            t->g[j] = t->g[j - 1];
            t->g[j - 1] = tmp;
        }
    out->total = t->total;
    for (size_t i = 0; i < t->n; i++) {
        size_t k = i < OBJSIZE_PARTS ? i : OBJSIZE_PARTS - 1;
        if (i == OBJSIZE_PARTS - 1 && t->n > OBJSIZE_PARTS)
            snprintf(out->part[k].name, sizeof out->part[k].name, "other sections");
        else if (i < OBJSIZE_PARTS)
            snprintf(out->part[k].name, sizeof out->part[k].name, "%s", t->g[i].name);
        out->part[k].bytes += t->g[i].bytes;
        out->nparts = k + 1;
    }
}

int objsize_parse(const unsigned char *data, size_t len, objsize *out)
{
    Elf64_Ehdr eh;
    if (len < sizeof eh)
        return ERR_INTERNAL;
    memcpy(&eh, data, sizeof eh);
    if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
        eh.e_ident[EI_DATA] != ELFDATA2LSB || eh.e_type != ET_REL)
        return ERR_INTERNAL;
    tally t = {.n = 0};
    memset(out, 0, sizeof *out);
    int rc = read_sections(data, len, &eh, &t, out);
    if (rc == 0)
        summarise(&t, out);
    return rc;
}

int objsize_read(const char *path, objsize *out)
{
    buf obj = BUF_INIT;
    int rc = fs_read_file(path, OBJECT_MAX, ERR_INTERNAL, &obj);
    if (rc == 0 && (rc = objsize_parse((const unsigned char *)obj.data, obj.len, out)) < 0)
        rc = err_report(ERR_INTERNAL, "cannot measure the static data of '%s': not an ELF64 object",
                        path);
    buf_release(&obj);
    return rc;
}

const char *objsize_describe(const objsize *s, char *out, size_t size)
{
    int n = snprintf(out, size, "%" PRIu64 " byte%s", s->total, s->total == 1 ? "" : "s");
    for (size_t i = 0; i < s->nparts && n >= 0 && (size_t)n < size; i++)
        n += snprintf(out + n, size - (size_t)n, "%s%s %" PRIu64, i ? ", " : " (", s->part[i].name,
                      s->part[i].bytes);
    if (s->nparts && n >= 0 && (size_t)n < size)
        snprintf(out + n, size - (size_t)n, ")");
    return out;
}

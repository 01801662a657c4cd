// Counts heap allocations for jalin-bench. An executable's own `malloc` takes precedence over libc's
// for every library in the process, so these wrappers count each allocation and forward it to glibc's
// implementation (`__libc_*`). Linux/glibc only; elsewhere the counter reports -1.
#include "HitungAlokasi.h"

#include <errno.h>  // defines __GLIBC__ on glibc
#include <stddef.h>

#if defined(__linux__) && defined(__GLIBC__)
#include <stdatomic.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static _Atomic long jumlah = 0;

static inline void hitung(void) { atomic_fetch_add_explicit(&jumlah, 1, memory_order_relaxed); }

void *malloc(size_t n) { hitung(); return __libc_malloc(n); }
void *calloc(size_t a, size_t n) { hitung(); return __libc_calloc(a, n); }
void *realloc(void *p, size_t n) { hitung(); return __libc_realloc(p, n); }
void *memalign(size_t al, size_t n) { hitung(); return __libc_memalign(al, n); }
void *aligned_alloc(size_t al, size_t n) { hitung(); return __libc_memalign(al, n); }
int posix_memalign(void **hasil, size_t al, size_t n) {
    hitung();
    void *p = __libc_memalign(al, n);
    if (!p && n) return ENOMEM;
    *hasil = p;
    return 0;
}
void free(void *p) { __libc_free(p); }

long jalin_jumlah_alokasi(void) { return atomic_load_explicit(&jumlah, memory_order_relaxed); }
#else
long jalin_jumlah_alokasi(void) { return -1; }
#endif

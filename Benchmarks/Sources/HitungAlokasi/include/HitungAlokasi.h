#ifndef HITUNG_ALOKASI_H
#define HITUNG_ALOKASI_H

/// Heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign) made by the
/// process so far, or -1 where the counter is not available (it interposes glibc's allocator).
long jalin_jumlah_alokasi(void);

#endif

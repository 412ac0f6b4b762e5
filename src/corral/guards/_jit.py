"""The compiled kernels themselves (imported by :func:`corral.guards._kernels.kernels` only when numba is there).

Module-level functions, so numba's cache holds them and the kernels that call them across processes (closures
would be compiled again in every process).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numba import njit

__all__ = ["best_segment", "bpe_ids", "claim", "contributions", "conv_text", "conv_windows", "emails", "lookup_spans", "ngram_logit",
           "phone_runs", "prepare", "runs", "split_lookup", "token_sums", "word_bounds"]

mult = np.uint64(0x9E3779B97F4A7C15)  # the n-gram model's hash: corral.guards.classifier._MULT


@njit(cache=True, nogil=True)
def contributions(b: Any, weights: Any, orders: Any, bits: int, per_byte: Any) -> Any:  # pragma: no cover
    """Per position: the summed weights of the n-grams starting there, plus the per-byte cost (float32)."""
    n = b.size
    out = np.empty(n, dtype=np.float32)
    shift = np.uint64(64 - bits)
    masks = np.empty(orders.size, dtype=np.uint64)
    for j in range(orders.size):
        masks[j] = (np.uint64(1) << np.uint64(8 * orders[j])) - np.uint64(1) if orders[j] < 8 \
            else np.uint64(0xFFFFFFFFFFFFFFFF)
    word = np.uint64(0)  # the 8 bytes from position p, little-endian, zero past the end: built from the back
    if orders.size == 3:  # the packaged models' case, unrolled (the same sums in the same order)
        m0, m1, m2 = masks[0], masks[1], masks[2]
        o1 = np.int64(1) << bits
        o2 = np.int64(2) << bits
        for p in range(n - 1, -1, -1):
            word = (word << np.uint64(8)) | np.uint64(b[p])
            w0 = weights[np.int64(((word & m0) * mult) >> shift)]
            w1 = weights[o1 + np.int64(((word & m1) * mult) >> shift)]
            w2 = weights[o2 + np.int64(((word & m2) * mult) >> shift)]
            out[p] = np.float32(np.float32(np.float32(w0 + w1) + w2) + per_byte)
        return out
    for p in range(n - 1, -1, -1):
        word = (word << np.uint64(8)) | np.uint64(b[p])
        acc = np.float32(0.0)
        for j in range(orders.size):
            h = ((word & masks[j]) * mult) >> shift
            w = weights[(j << bits) + np.int64(h)]
            acc = w if j == 0 else np.float32(acc + w)
        out[p] = np.float32(acc + per_byte)
    return out

@njit(cache=True, nogil=True)
def prepare(raw: Any, table: Any) -> Any:  # pragma: no cover
    """``raw`` mapped through ``table`` with runs of spaces cut to one, and each kept byte's offset."""
    n = raw.size
    b = np.empty(n, dtype=np.uint8)
    pos = np.empty(n, dtype=np.int64)
    m = 0
    prev = np.uint8(0)
    for p in range(n):
        c = table[raw[p]]
        if c == 32 and prev == 32 and p > 0:
            continue
        b[m] = c
        pos[m] = p
        m += 1
        prev = c
    return b[:m], pos[:m]

@njit(cache=True, nogil=True)
def best_segment(contrib: Any, block: int, span: int) -> Any:  # pragma: no cover
    """The best sum of at most ``span`` consecutive blocks of ``block`` contributions: (gain, i, j) with the
    segment [i, j) in blocks. Prefix sums in float32, as ``np.cumsum``; ties go to the first end, then the
    first start, as ``np.argmax``/``np.argmin``."""
    n = contrib.size
    nb = (n + block - 1) // block
    cs = np.empty(nb + 1, dtype=np.float32)
    cs[0] = np.float32(0.0)
    total = np.float32(0.0)
    r = np.empty(8, dtype=np.float32)
    for q in range(nb):
        if block == 8:  # numpy's pairwise sum of 8 (its unrolled accumulators)
            for t in range(8):
                idx = q * 8 + t
                r[t] = contrib[idx] if idx < n else np.float32(0.0)
            s = np.float32(np.float32(np.float32(r[0] + r[1]) + np.float32(r[2] + r[3]))
                           + np.float32(np.float32(r[4] + r[5]) + np.float32(r[6] + r[7])))
        else:
            s = contrib[q]
        total = np.float32(total + s)
        cs[q + 1] = total
    # a deque of candidate starts (increasing prefix sums) over the last ``span`` positions
    dq = np.empty(nb, dtype=np.int64)
    head = 0
    tail = 0
    best = -np.inf
    best_end = 0
    for j in range(nb):
        while tail > head and cs[dq[tail - 1]] > cs[j]:
            tail -= 1
        dq[tail] = j
        tail += 1
        if dq[head] < j + 1 - span:
            head += 1
        gain: Any = np.float32(cs[j + 1] - cs[dq[head]])
        if gain > best:
            best = gain
            best_end = j
    lo = max(0, best_end + 1 - span)
    start = lo
    for t in range(lo, best_end + 1):
        if cs[t] < cs[start]:
            start = t
    return best, start, best_end + 1

@njit(cache=True, nogil=True)
def conv_windows(flat: Any, rows: Any, k: int, window: int, w2: Any) -> Any:  # pragma: no cover
    """The convolution head's best window: (logit without the bias, its [start, end) word indices). ``flat`` holds, per cached
    word, ``k`` rows of ``hidden`` (offset j of word w is row ``w * k + j``, the bias in offset 0)."""
    n = rows.size
    hidden = flat.shape[1]
    block = max(1, window // 2)
    m = max(1, min(k, n))
    nb = max(1, (n + block - 1) // block)
    blocks = np.zeros((nb, hidden), dtype=np.float32)  # relu'd block maxima (positions past the end: 0)
    h = np.empty(hidden, dtype=np.float32)
    for i in range(n):
        q = i // block
        if m == 3 and i + 2 < n:  # the packaged head's case, in one vectorised pass over the units
            ra = rows[i] * 3
            rb = rows[i + 1] * 3 + 1
            rc = rows[i + 2] * 3 + 2
            for u in range(hidden):
                # np.maximum, not a comparison: LLVM turns that into masked stores, slow on some CPUs
                blocks[q, u] = np.maximum(blocks[q, u], (flat[ra, u] + flat[rb, u]) + flat[rc, u])
            continue
        base = rows[i] * k
        for u in range(hidden):
            h[u] = flat[base, u]
        for j in range(1, m):
            if i + j < n:
                row = rows[i + j] * k + j
                for u in range(hidden):
                    h[u] = np.float32(h[u] + flat[row, u])
        for u in range(hidden):
            blocks[q, u] = np.maximum(blocks[q, u], h[u])
    best = -np.inf
    best_w = 0
    windows = 1 if n <= window else nb - 1
    for w in range(windows):
        z = 0.0
        for u in range(hidden):
            v = blocks[w, u]
            if windows == 1:
                for q in range(1, nb):
                    v = max(v, blocks[q, u])
            else:
                v = max(v, blocks[w + 1, u])
            z += v * w2[u]
        if z > best:
            best = z
            best_w = w
    if windows == 1:
        return best, 0, n
    return best, best_w * block, min(best_w * block + 2 * block, n)  # as ``semantic.word_windows``

@njit(cache=True, nogil=True, inline="always")
def wide_space(data: Any, p: int) -> int:  # pragma: no cover
    """The length in bytes of the non-ASCII whitespace character at ``data[p]`` (what ``str.split()`` also
    splits at: ``str.isspace()``), or 0."""
    c = data[p]
    n = data.size
    if c == 0xC2:
        return 2 if p + 1 < n and (data[p + 1] == 0x85 or data[p + 1] == 0xA0) else 0
    if p + 2 >= n or c < 0xE1 or c > 0xE3:
        return 0
    c1 = data[p + 1]
    c2 = data[p + 2]
    if c == 0xE1:
        return 3 if c1 == 0x9A and c2 == 0x80 else 0
    if c == 0xE2:
        if c1 == 0x80 and (0x80 <= c2 <= 0x8A or c2 == 0xA8 or c2 == 0xA9 or c2 == 0xAF):
            return 3
        return 3 if c1 == 0x81 and c2 == 0x9F else 0
    return 3 if c1 == 0x80 and c2 == 0x80 else 0

@njit(cache=True, nogil=True)
def word_bounds(data: Any) -> Any:  # pragma: no cover
    """[start, end) byte offsets of the words of UTF-8 ``data``, as ``str.split()`` cuts them."""
    n = data.size
    starts = np.empty(n // 2 + 1, dtype=np.int64)
    ends = np.empty(n // 2 + 1, dtype=np.int64)
    count = 0
    inword = False
    p = 0
    while p < n:
        c = data[p]
        size = 0
        if c < 0x80:
            if c == 32 or 9 <= c <= 13 or 28 <= c <= 31:
                size = 1
        elif c == 0xC2 or 0xE1 <= c <= 0xE3:
            size = wide_space(data, p)
        if size:
            if inword:
                ends[count] = p
                count += 1
                inword = False
            p += size
            continue
        if not inword:
            starts[count] = p
            inword = True
        p += 1
    if inword:
        ends[count] = n
        count += 1
    return starts[:count], ends[:count]

@njit(cache=True, nogil=True, inline="always")
def load8(buf: Any, p: int) -> Any:  # pragma: no cover
    """The 8 bytes from byte ``p`` of ``buf`` (uint64 words, little-endian, one spare word at the end)."""
    q = p >> 3
    r = np.uint64(8 * (p & 7))
    if r == 0:
        return buf[q]
    return (buf[q] >> r) | (buf[q + 1] << (np.uint64(64) - r))

@njit(cache=True, nogil=True, inline="always")
def tail_mask(size: int) -> Any:  # pragma: no cover
    return np.uint64(0xFFFFFFFFFFFFFFFF) if size >= 8 else (np.uint64(1) << np.uint64(8 * size)) - np.uint64(1)

@njit(cache=True, nogil=True, inline="always")
def word_hash(buf: Any, s: int, e: int) -> Any:  # pragma: no cover
    """A hash of bytes [s, e) of ``buf``, eight at a time (keys are compared in full: quality, not
    secrecy)."""
    h = np.uint64(0xCBF29CE484222325) ^ np.uint64(e - s)
    for p in range(s, e, 8):
        h = (h ^ (load8(buf, p) & tail_mask(e - p))) * mult
        h ^= h >> np.uint64(29)
    return h

@njit(cache=True, nogil=True, inline="always")
def probe(buf: Any, s: int, e: int, h: Any, slots: Any, hashes: Any, offs: Any, lens: Any,
          arena: Any) -> Any:  # pragma: no cover
    """The slot of word [s, e) of ``buf`` (hash ``h``) in the open-addressing table, or of the empty slot
    where it would go. Keys are compared in full, so a hash collision costs a probe, never a wrong row."""
    mask = slots.size - 1
    i = np.int64(h & np.uint64(mask))
    size = e - s
    while True:
        entry = slots[i]
        if entry < 0:
            return i
        if hashes[entry] == h and lens[entry] == size:
            o = offs[entry]
            same = True
            for t in range(0, size, 8):
                if (load8(arena, o + t) ^ load8(buf, s + t)) & tail_mask(size - t):
                    same = False
                    break
            if same:
                return i
        i = (i + 1) & mask

@njit(cache=True, nogil=True)
def lookup_spans(buf: Any, starts: Any, ends: Any, slots: Any, hashes: Any, offs: Any, lens: Any, arena: Any,
                 rows: Any) -> Any:  # pragma: no cover
    """The rows of the words [starts[i], ends[i]) of ``buf`` (-1: not in the table)."""
    out = np.empty(starts.size, dtype=np.int64)
    for w in range(starts.size):
        s = starts[w]
        e = ends[w]
        entry = slots[probe(buf, s, e, word_hash(buf, s, e), slots, hashes, offs, lens, arena)]
        out[w] = rows[entry] if entry >= 0 else -1
    return out

@njit(cache=True, nogil=True)
def split_lookup(buf: Any, n: int, slots: Any, hashes: Any, offs: Any, lens: Any, arena: Any,
                 rows: Any) -> Any:  # pragma: no cover
    """The words of the first ``n`` bytes of ``buf`` (as ``str.split()`` cuts them): their [start, end)
    byte offsets and cached rows (-1: not in the table)."""
    starts, ends = word_bounds(buf.view(np.uint8)[:n])
    return lookup_spans(buf, starts, ends, slots, hashes, offs, lens, arena, rows), starts, ends

@njit(cache=True, nogil=True)
def runs(data: Any, member: Any, minimum: int, pad: int) -> Any:  # pragma: no cover
    """The matches of ``[class]{minimum,}={0,pad}`` in ``data`` (``member``: 256 flags, the class's bytes),
    as a leftmost-first search finds them: each a maximal run of the class at least ``minimum`` long, and up
    to ``pad`` ``=`` after it."""
    n = data.size
    spans = np.empty((n // max(1, minimum) + 1, 2), dtype=np.int64)
    count = 0
    p = 0
    while p < n:
        if not member[data[p]]:
            p += 1
            continue
        s = p
        while p < n and member[data[p]]:
            p += 1
        if p - s >= minimum:
            e = p
            while e < n and e - p < pad and data[e] == 61:
                e += 1
            spans[count, 0] = s
            spans[count, 1] = e
            count += 1
            p = e
    return spans[:count]

@njit(cache=True, nogil=True)
def ngram_logit(raw: Any, table: Any, weights: Any, orders: Any, bits: int, per_byte: Any,
                max_len: int) -> Any:  # pragma: no cover
    """``prepare``, ``contributions`` and ``best_segment`` in one call: the best segment's gain (without the
    bias) and the number of bytes the model read (0: none)."""
    b, _ = prepare(raw, table)
    if b.size == 0:
        return 0.0, 0
    block = 1 if b.size <= max_len else 8
    gain, _, _ = best_segment(contributions(b, weights, orders, bits, per_byte), block, max(1, max_len // block))
    return gain, b.size

@njit(cache=True, nogil=True)
def conv_text(buf: Any, n: int, slots: Any, hashes: Any, offs: Any, lens: Any, arena: Any, table_rows: Any,
              flat: Any, k: int, window: int, w2: Any) -> Any:  # pragma: no cover
    """``split_lookup`` and, when every word is in the table, ``conv_windows``: (found, logit, start, end,
    rows, starts, ends); with a word missing, found is False and the caller fills the rows in."""
    rows, starts, ends = split_lookup(buf, n, slots, hashes, offs, lens, arena, table_rows)
    for w in range(rows.size):
        if rows[w] < 0:
            return False, 0.0, 0, 0, rows, starts, ends
    z, i, j = conv_windows(flat, rows, k, window, w2)
    return True, z, i, j, rows, starts, ends


@njit(cache=True, nogil=True, inline="always")
def _chain_end(data: Any, p: int, word: Any) -> int:  # pragma: no cover
    """The end of ``\\w+(?:-+\\w+)*`` from ``p`` (a word byte), taken whole: a domain label."""
    n = data.size
    while p < n and word[data[p]]:
        p += 1
    while p < n and data[p] == 45:
        h = p
        while h < n and data[h] == 45:
            h += 1
        if h == n or not word[data[h]]:
            break
        p = h
        while p < n and word[data[p]]:
            p += 1
    return p


@njit(cache=True, nogil=True)
def emails(data: Any, word: Any, local: Any) -> Any:  # pragma: no cover
    """The matches of presidio's e-mail pattern in ASCII ``data``, as ``re.finditer`` finds them (``word``: the
    bytes of ``\\w``; ``local``: of the local part's class, ``.`` aside). Presidio's pattern, with its
    backtracking worked out: at a word boundary, a local-part byte; the run of local-part bytes and dots from it
    must reach ``@`` and end in a local-part byte; after ``@``, the whole chain of labels ``\\w+(?:-+\\w+)*``
    joined by single dots, at least two of them (labels are taken whole, so the match ends at a word boundary)."""
    n = data.size
    spans = np.empty((n // 5 + 1, 2), dtype=np.int64)
    count = 0
    run_from = -1  # the run of local-part bytes and dots last measured: [run_from, run_end)
    run_end = -1
    last_at = -1  # the last '@' whose domain was measured, and where that domain ends (-1: none)
    last_end = -1
    s = 0
    while s < n:
        c = data[s]
        if local[c] and word[c] != (s > 0 and word[data[s - 1]]):
            if not run_from <= s + 1 < max(run_end, run_from + 1):  # every start inside a run shares its end
                run_from = run_end = s + 1
                while run_end < n and (local[data[run_end]] or data[run_end] == 46):
                    run_end += 1
            r = run_end
            if r < n and data[r] == 64 and (r == s + 1 or local[data[r - 1]]):
                if r != last_at:
                    last_at, last_end = r, -1
                    q = r + 1
                    if q < n and word[data[q]]:
                        p = _chain_end(data, q, word)
                        labels = 1
                        while p + 1 < n and data[p] == 46 and word[data[p + 1]]:
                            p = _chain_end(data, p + 1, word)
                            labels += 1
                        if labels >= 2:
                            last_end = p
                if last_end >= 0:
                    spans[count, 0] = s
                    spans[count, 1] = last_end
                    count += 1
                    s = last_end
                    continue
        s += 1
    return spans[:count]


@njit(cache=True, nogil=True, inline="always")
def _date_shaped(data: Any, s: int, e: int) -> bool:  # pragma: no cover
    """``data[s:e]`` (digits and run characters) is ``d{4}S d{1,2}S d{1,2}`` or ``d{1,2}S d{1,2}S d{2,4}``,
    ``S`` one of ``-`` and ``.``: a date, as ``pii._DATE_SHAPED`` reads it within a phone run."""
    groups = np.zeros(4, dtype=np.int64)
    g = 0
    for p in range(s, e):
        c = data[p]
        if 48 <= c <= 57:
            groups[g] += 1
        elif (c == 45 or c == 46) and groups[g] > 0 and g < 2:
            g += 1
        else:
            return False
    if g != 2 or groups[2] == 0:
        return False
    a, b, c3 = int(groups[0]), int(groups[1]), int(groups[2])
    return (a == 4 and 1 <= b <= 2 and 1 <= c3 <= 2) or (1 <= a <= 2 and 1 <= b <= 2 and 2 <= c3 <= 4)


@njit(cache=True, nogil=True)
def phone_runs(data: Any, member: Any) -> Any:  # pragma: no cover
    """The maximal runs of phone characters (``member``: 256 flags) whose digit span is 7 or more long, but for
    a run that is exactly a date (``pii._phone_runs``' runs, found in one pass)."""
    n = data.size
    spans = np.empty((n // 8 + 1, 2), dtype=np.int64)
    count = 0
    p = 0
    while p < n:
        if not member[data[p]]:
            p += 1
            continue
        s = p
        first = -1
        last = -1
        while p < n and member[data[p]]:
            if 48 <= data[p] <= 57:
                if first < 0:
                    first = p
                last = p
            p += 1
        bare_date = first == s and last == p - 1 and _date_shaped(data, s, p)
        if first >= 0 and last - first + 1 >= 7 and not bare_date:
            spans[count, 0] = s
            spans[count, 1] = p
            count += 1
    return spans[:count]


@njit(cache=True, nogil=True)
def token_sums(table: Any, ids: Any, counts: Any) -> Any:  # pragma: no cover
    """Row w: the sum of ``table``'s rows ``ids`` of word w (``counts[w]`` of them), added left to right in
    float32; zero for a word with no tokens. (``np.add.reduceat(table[ids], starts)``, the numpy path, adds in
    another order: the two differ by float32 rounding.)"""
    n, dims = counts.shape[0], table.shape[1]
    out = np.zeros((n, dims), dtype=np.float32)
    p = 0
    for w in range(n):
        c = counts[w]
        if c > 0:
            row = out[w]
            row[:] = table[ids[p]]
            for i in range(p + 1, p + c):
                src = table[ids[i]]
                for j in range(dims):
                    row[j] += src[j]
        p += c
    return out


@njit(cache=True, nogil=True, inline="always")
def _find(table: Any, key: int) -> int:  # pragma: no cover
    """The value of ``key`` in an open-addressing table of (key, value) int64 rows (key -1: empty), or -1 when
    it is absent (values are never negative)."""
    mask = table.shape[0] - 1
    i = np.int64(((np.uint64(key) * mult) >> np.uint64(32)) & np.uint64(mask))
    while True:
        k = table[i, 0]
        if k == key:
            return table[i, 1]  # type: ignore[no-any-return]
        if k < 0:
            return -1
        i = (i + 1) & mask

@njit(cache=True, nogil=True, inline="always")
def _heap_push(rank: Any, pos: Any, new: Any, size: int, r: int, p: int, t: int) -> int:  # pragma: no cover
    """Push (r, p, t) on the min-heap ordered by (rank, pos); returns the new size."""
    i = size
    while i > 0:
        parent = (i - 1) >> 1
        if rank[parent] < r or (rank[parent] == r and pos[parent] <= p):
            break
        rank[i], pos[i], new[i] = rank[parent], pos[parent], new[parent]
        i = parent
    rank[i], pos[i], new[i] = r, p, t
    return size + 1

@njit(cache=True, nogil=True, inline="always")
def _heap_pop(rank: Any, pos: Any, new: Any, size: int) -> int:  # pragma: no cover
    """Remove the heap's top (read it first, at index 0); returns the new size."""
    size -= 1
    r, p, t = rank[size], pos[size], new[size]
    i = 0
    while True:
        c = 2 * i + 1
        if c >= size:
            break
        if c + 1 < size and (rank[c + 1] < rank[c] or (rank[c + 1] == rank[c] and pos[c + 1] < pos[c])):
            c += 1
        if r < rank[c] or (r == rank[c] and p <= pos[c]):
            break
        rank[i], pos[i], new[i] = rank[c], pos[c], new[c]
        i = c
    rank[i], pos[i], new[i] = r, p, t
    return size

@njit(cache=True, nogil=True)
def bpe_ids(data: Any, starts: Any, ends: Any, prefix: int, chars: Any, byte_ids: Any, pairs: Any) -> Any:  # pragma: no cover
    """A byte-level-fallback BPE model's tokens of ``prefix`` + each word (bytes [starts[w], ends[w]) of
    ``data``, valid UTF-8): the ids of all words in order, and each word's count. The merge loop is
    huggingface tokenizers' (``Word::merge_all``): a min-heap of candidate merges by (rank, position), a popped
    merge skipped when its symbols have changed since it was pushed; a character outside the vocabulary is its
    UTF-8 bytes' tokens."""
    n = starts.size
    longest = 1
    total = 0
    for w in range(n):
        total += ends[w] - starts[w] + 1
        longest = max(longest, ends[w] - starts[w] + 1)
    ids = np.empty(total, dtype=np.int64)
    counts = np.empty(n, dtype=np.int64)
    sym = np.empty(longest, dtype=np.int64)
    prv = np.empty(longest, dtype=np.int64)
    nxt = np.empty(longest, dtype=np.int64)
    dead = np.empty(longest, dtype=np.bool_)
    h_rank = np.empty(3 * longest, dtype=np.int64)
    h_pos = np.empty(3 * longest, dtype=np.int64)
    h_new = np.empty(3 * longest, dtype=np.int64)
    out = 0
    for w in range(n):
        sym[0] = prefix
        m = 1
        p = starts[w]
        e = ends[w]
        while p < e:
            b0 = np.int64(data[p])
            if b0 < 0x80:
                cp, size = b0, 1
            elif b0 < 0xE0:
                cp, size = ((b0 & 0x1F) << 6) | (np.int64(data[p + 1]) & 0x3F), 2
            elif b0 < 0xF0:
                cp, size = ((b0 & 0x0F) << 12) | ((np.int64(data[p + 1]) & 0x3F) << 6) \
                    | (np.int64(data[p + 2]) & 0x3F), 3
            else:
                cp, size = ((b0 & 0x07) << 18) | ((np.int64(data[p + 1]) & 0x3F) << 12) \
                    | ((np.int64(data[p + 2]) & 0x3F) << 6) | (np.int64(data[p + 3]) & 0x3F), 4
            found = _find(chars, int(cp))
            if found >= 0:
                sym[m] = found
                m += 1
            else:
                for q in range(p, p + size):
                    sym[m] = byte_ids[data[q]]
                    m += 1
            p += size
        for i in range(m):
            prv[i] = i - 1
            nxt[i] = i + 1 if i + 1 < m else -1
            dead[i] = False
        heap = 0
        for i in range(m - 1):
            found = _find(pairs, (sym[i] << 32) | sym[i + 1])
            if found >= 0:
                heap = _heap_push(h_rank, h_pos, h_new, heap, found >> 32, i, found & 0xFFFFFFFF)
        while heap > 0:
            at, made = h_pos[0], h_new[0]
            heap = _heap_pop(h_rank, h_pos, h_new, heap)
            if dead[at] or nxt[at] < 0:
                continue
            right = nxt[at]
            found = _find(pairs, (sym[at] << 32) | sym[right])
            if found < 0 or found & 0xFFFFFFFF != made:  # an expired entry: the pair has changed since
                continue
            sym[at] = made
            dead[right] = True
            nxt[at] = nxt[right]
            if nxt[at] >= 0:
                prv[nxt[at]] = at
            if prv[at] >= 0:
                found = _find(pairs, (sym[prv[at]] << 32) | sym[at])
                if found >= 0:
                    heap = _heap_push(h_rank, h_pos, h_new, heap, found >> 32, prv[at], found & 0xFFFFFFFF)
            if nxt[at] >= 0:
                found = _find(pairs, (sym[at] << 32) | sym[nxt[at]])
                if found >= 0:
                    heap = _heap_push(h_rank, h_pos, h_new, heap, found >> 32, at, found & 0xFFFFFFFF)
        c = 0
        i = 0
        while i >= 0:
            ids[out + c] = sym[i]
            c += 1
            i = nxt[i]
        counts[w] = c
        out += c
    return ids[:out], counts

@njit(cache=True, nogil=True)
def claim(buf: Any, starts: Any, ends: Any, given: Any, slots: Any, hashes: Any, offs: Any, lens: Any, arena: Any,
          rows: Any, count: int, used: int, next_row: int) -> Any:  # pragma: no cover
    """Each word's row: the table's, or for a word not in it yet (then added), ``given[w]``, or when ``given`` is
    empty the next free row (``next_row`` on). Returns the rows, the indices of the words added (in order; rows
    taken from ``next_row`` are consecutive), and the new entry count, arena bytes used and next free row. The
    caller makes room first (entries, slots at most half full, arena bytes plus a spare word)."""
    data = buf.view(np.uint8)
    arena_bytes = arena.view(np.uint8)
    out = np.empty(starts.size, dtype=np.int64)
    added = np.empty(starts.size, dtype=np.int64)
    k = 0
    for w in range(starts.size):
        s = starts[w]
        e = ends[w]
        h = word_hash(buf, s, e)
        i = probe(buf, s, e, h, slots, hashes, offs, lens, arena)
        if slots[i] >= 0:
            out[w] = rows[slots[i]]
            continue
        row = given[w] if given.size else next_row
        arena_bytes[used: used + e - s] = data[s:e]
        hashes[count] = h
        offs[count] = used
        lens[count] = e - s
        rows[count] = row
        slots[i] = count
        out[w] = row
        added[k] = w
        k += 1
        count += 1
        used += e - s
        if not given.size:
            next_row += 1
    return out, added[:k], count, used, next_row

"""Heap queue algorithm, a.k.a. priority queue (Taipan's own implementation).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k; a[0] is the
smallest item. The sifting order is CPython's, so heaps are laid out as CPython lays them out."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(name, heap, what="argument 1"):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {what} must be list, not {type(heap).__name__}")


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check('heappush', heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check('heappop', heap, 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check('heapreplace', heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _check('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check('heapify', x, 'argument')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _siftdown(heap, startpos, pos):
    # Moves the item at pos up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Moves the smaller child up all the way to a leaf, then the item back up into place:
    # fewer comparisons than stopping early, and the layout CPython's heapq gives.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


try:
    from _heapq import *  # noqa: F401,F403  (the Java versions of the functions above)
    from _heapq import _heappop_max, _heapreplace_max, _heapify_max  # noqa: F401
except ImportError:
    pass


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (a generator); ties keep the
    order of the inputs."""
    entries = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append(_MergeEntry(value if key is None else key(value), order * sign, value, it, reverse))
            break
    heapify(entries)
    while entries:
        top = entries[0]
        yield top.value
        for value in top.it:
            top.value = value
            top.key = value if key is None else key(value)
            heapreplace(entries, top)
            break
        else:
            heappop(entries)


class _MergeEntry:
    __slots__ = ('key', 'order', 'value', 'it', 'reverse')

    def __init__(self, key, order, value, it, reverse):
        self.key = key
        self.order = order
        self.value = value
        self.it = it
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
            return self.order > other.order
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.order < other.order


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:n]

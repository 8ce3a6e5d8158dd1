"""WeakSet: a set whose elements are held by weak references (Taipan's own implementation)."""

from _weakref import ref

__all__ = ['WeakSet']


class _Busy:
    """Marks a weak container as being iterated: deaths are then only noted, and the dead
    elements are removed when the last iteration ends (removing them during iteration would
    change the size of the set being iterated)."""

    def __init__(self, owner):
        self.owner_ref = ref(owner)

    def __enter__(self):
        owner = self.owner_ref()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, *exc):
        owner = self.owner_ref()
        if owner is not None:
            owner._iterating.discard(self)
            if not owner._iterating:
                owner._flush()


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._iterating = set()
        self_ref = ref(self)

        def _gone(item_ref):
            owner = self_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending.append(item_ref)
            else:
                owner.data.discard(item_ref)

        self._gone = _gone
        if data is not None:
            self.update(data)

    def _flush(self):
        pending = self._pending
        while pending:
            self.data.discard(pending.pop())

    def __iter__(self):
        with _Busy(self):
            for item_ref in self.data:
                item = item_ref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None)

    def add(self, item):
        if self._pending:
            self._flush()
        self.data.add(ref(item, self._gone))

    def clear(self):
        if self._pending:
            self._flush()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending:
            self._flush()
        while True:
            try:
                item_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = item_ref()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending:
            self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending:
            self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending:
            self._flush()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending:
            self._flush()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._gone) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

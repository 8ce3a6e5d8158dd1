"""Weak references and the containers and finalizers built on them.

Taipan's own implementation of the documented weakref API. The reference types come from
_weakref; the JVM's collector decides when an object dies, and callbacks run on the
interpreter thread at its next safe point or in gc.collect().
"""

import sys
from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet, _Busy

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the object or the function does."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        me = None

        def on_death(_):
            owner = me() if me is not None else None
            if owner is not None and owner._alive:
                owner._alive = False
                if callback is not None:
                    callback(owner)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key: what WeakValueDictionary stores."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakContainer:
    """What both weak dictionaries share: removals that wait while the dictionary is iterated."""

    def _init_container(self, gone):
        self._pending = []
        self._iterating = set()
        self.data = {}
        self._gone = gone

    def _flush(self):
        pending = self._pending
        while pending:
            self._drop(pending.pop())

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        with _Busy(self):
            for k, v in self.items():
                yield k

    __iter__ = keys

    def values(self):
        with _Busy(self):
            for k, v in self.items():
                yield v

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _WeakContainer._MISSING:
                raise
            return default
        del self[key]
        return value

    def clear(self):
        self._pending.clear()
        self.data.clear()

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        new = self.__class__()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for k, v in self.items():
            new[self._deep_key(k, memo)] = deepcopy(v, memo) if self._deep_values else v
        return new

    def __or__(self, other):
        if hasattr(other, "keys"):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "keys"):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if isinstance(other, _WeakContainer) or hasattr(other, "keys"):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class WeakValueDictionary(_WeakContainer):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kwargs):
        self_ref = ref(self)

        def gone(value_ref):
            owner = self_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending.append(value_ref.key)
            else:
                _remove_dead_weakref(owner.data, value_ref.key)

        self._init_container(gone)
        self.update(other, **kwargs)

    _deep_values = False

    def _deep_key(self, key, memo):
        from copy import deepcopy
        return deepcopy(key, memo)

    def _drop(self, key):
        _remove_dead_weakref(self.data, key)

    def __getitem__(self, key):
        if self._pending:
            self._flush()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        if self._pending:
            self._flush()
        self.data[key] = KeyedRef(value, self._gone, key)

    def __delitem__(self, key):
        if self._pending:
            self._flush()
        del self.data[key]

    def __contains__(self, key):
        if self._pending:
            self._flush()
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def keys(self):
        if self._pending:
            self._flush()
        with _Busy(self):
            for key, value_ref in list(self.data.items()):
                if value_ref() is not None:
                    yield key

    __iter__ = keys

    def items(self):
        if self._pending:
            self._flush()
        with _Busy(self):
            for key, value_ref in list(self.data.items()):
                value = value_ref()
                if value is not None:
                    yield key, value

    def itervaluerefs(self):
        if self._pending:
            self._flush()
        with _Busy(self):
            yield from list(self.data.values())

    def valuerefs(self):
        if self._pending:
            self._flush()
        return list(self.data.values())

    def popitem(self):
        if self._pending:
            self._flush()
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def pop(self, key, *default):
        if self._pending:
            self._flush()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            if self._pending:
                self._flush()
            self.data[key] = KeyedRef(default, self._gone, key)
            return default
        return value


class WeakKeyDictionary(_WeakContainer):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self_ref = ref(self)

        def gone(key_ref):
            owner = self_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending.append(key_ref)
            else:
                try:
                    del owner.data[key_ref]
                except KeyError:
                    pass

        self._init_container(gone)
        if dict is not None:
            self.update(dict)

    _deep_values = True

    def _deep_key(self, key, memo):
        return key

    def _drop(self, key_ref):
        try:
            del self.data[key_ref]
        except KeyError:
            pass

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._gone)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def keys(self):
        with _Busy(self):
            for key_ref in list(self.data):
                key = key_ref()
                if key is not None:
                    yield key

    __iter__ = keys

    def items(self):
        with _Busy(self):
            for key_ref, value in list(self.data.items()):
                key = key_ref()
                if key is not None:
                    yield key, value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._gone), default)


class finalize:
    """A callable that calls func(*args, **kwargs) once: when obj dies, when called, or at exit.

    A finalizer keeps itself alive (in a class-level table) until it has run or been detached.
    At exit the live ones whose atexit is true run, newest first.
    """

    __slots__ = ()

    class _Entry:
        __slots__ = ("obj_ref", "func", "args", "kwargs", "atexit", "order")

    _live = {}
    _created = 0
    _exiting = False
    _hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._hooked:
            cls._hooked = True
            try:
                import atexit
            except ImportError:
                cls._hooked = False
            else:
                atexit.register(cls._run_at_exit)
        entry = cls._Entry()
        entry.obj_ref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs
        entry.atexit = True
        entry.order = cls._created
        cls._created += 1
        cls._live[self] = entry

    def __call__(self, _=None):
        entry = finalize._live.pop(self, None)
        if entry is not None and not finalize._exiting:
            return entry.func(*entry.args, **entry.kwargs)
        return None

    def _state(self):
        entry = finalize._live.get(self)
        if entry is None:
            return None, None
        return entry, entry.obj_ref()

    def detach(self):
        entry, obj = self._state()
        if obj is None:
            return None
        del finalize._live[self]
        return (obj, entry.func, entry.args, entry.kwargs)

    def peek(self):
        entry, obj = self._state()
        if obj is None:
            return None
        return (obj, entry.func, entry.args, entry.kwargs)

    @property
    def alive(self):
        return self in finalize._live

    @property
    def atexit(self):
        entry = finalize._live.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._live.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        entry, obj = self._state()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _run_at_exit(cls):
        """Runs the live finalizers marked atexit, newest first (also those made meanwhile)."""
        if cls._exiting:
            return
        try:
            while True:
                due = [(e.order, f) for f, e in cls._live.items() if e.atexit]
                if not due:
                    break
                f = max(due, key=lambda pair: pair[0])[1]
                try:
                    f()
                except Exception:
                    hook = getattr(sys, "excepthook", None)
                    if hook is None:
                        raise
                    hook(*sys.exc_info())
        finally:
            cls._exiting = True

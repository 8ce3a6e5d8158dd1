"""Names for the interpreter's own types, and helpers for creating classes dynamically.

Written for Taipan: each type is taken from an object of that type, so the names always
match what the runtime makes.
"""

import sys as _sys


def _function():
    pass


FunctionType = LambdaType = type(_function)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _cell():
    x = None
    return (lambda: x).__closure__[0]


CellType = type(_cell())


def _generator():
    yield


GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
CoroutineType = type(_c)
_c.close()
del _c


async def _async_generator():
    yield


AsyncGeneratorType = type(_async_generator())


class _Holder:
    __slots__ = ("slot",)

    def method(self):
        pass


MethodType = type(_Holder().method)
MemberDescriptorType = type(_Holder.__dict__["slot"])
BuiltinFunctionType = BuiltinMethodType = type(len)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(type.__dict__["__dict__"])
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _function, _cell, _generator, _coroutine, _async_generator, _Holder


SimpleNamespace = type(_sys.implementation)


def resolve_bases(bases):
    """Replaces each base that is not a class by what its __mro_entries__ returns (PEP 560)."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            result.append(base)
            continue
        replacement = entries(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(replacement)
    return tuple(result) if changed else bases


def _most_derived(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace from its __prepare__, and the keywords left for it."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would, with exec_body(ns) as its body."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """A property on instances that lets the class's __getattr__ answer on the class itself."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)

    def _copy(self, fget, fset, fdel):
        result = type(self)(fget, fset, fdel, None if self.overwrite_doc else self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Marks a generator function as usable with await (its code gets the iterable-coroutine flag)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if type(func) is FunctionType and code is not None:
        if code.co_flags & 0x180:  # already a coroutine (or an iterable one)
            return func
        if code.co_flags & 0x20:  # a generator function
            func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
            return func

    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)

    wrapped.__name__ = getattr(func, "__name__", "wrapped")
    wrapped.__qualname__ = getattr(func, "__qualname__", "wrapped")
    wrapped.__doc__ = getattr(func, "__doc__", None)
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [n for n in globals() if n[:1] != "_"]

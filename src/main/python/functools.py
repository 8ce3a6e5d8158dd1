"""Tools for working with functions and callable objects (Taipan's own implementation)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from reprlib import recursive_repr

_MISSING = object()


def _method_type():
    class _C:
        def m(self):
            pass
    return type(_C().m)


_MethodType = _method_type()
del _method_type


# ---- update_wrapper and wraps

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge the updated ones."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- reduce (in Java)

from _functools import reduce


# ---- partial and partialmethod

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial and cls is partial:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    func = property(lambda self: self._func, doc="function object to use in future partial calls")
    args = property(lambda self: self._args, doc="tuple of arguments to future partial calls")
    keywords = property(lambda self: self._keywords, doc="dictionary of keyword arguments to future partial calls")

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(a) for a in self._args)
        parts.extend("%s=%r" % (k, v) for k, v in self._keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return "%s(%s)" % (name, ", ".join(parts))

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("expected 4 items in state, got %d" % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(kwds) if kwds else {}
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    return type(list[int])(cls, item)


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = _MethodType(self._make_unbound_method(), obj) if obj is not None \
                else self._make_unbound_method()
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- lru_cache and cache

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo


class _KeywordMark:
    __slots__ = ()


_KWD_MARK = (_KeywordMark(),)
_FAST_TYPES = frozenset({int, str})


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = args + _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(a) for a in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


from _functools import _lru_cache_wrapper as _java_lru_cache_wrapper


def _lru_cache_wrapper(func, maxsize, typed):
    """The cached function (functools._lru_cache_wrapper, in Java), dressed as func."""
    wrapper = _java_lru_cache_wrapper(func, maxsize, typed, _cache_info_type())
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        func, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(func, maxsize, typed), func)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(func):
        return update_wrapper(_lru_cache_wrapper(func, maxsize, typed), func)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f"does not support item assignment for caching {self.attrname!r} property.") from None
        return value

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- total_ordering

def _derived(name, root):
    """The comparison `name` written in terms of `root` and ==."""
    def lt(self, other):   # from one of the others
        return _from(self, other, root, name)
    lt.__name__ = name
    lt.__qualname__ = name
    return lt


def _from(self, other, root, name):
    r = getattr(self, root)(other)
    if r is NotImplemented:
        return r
    # root(self, other) is known; each derived comparison combines it with ==.
    if root == '__lt__':
        if name == '__gt__':
            return not r and self != other
        if name == '__le__':
            return r or self == other
        return not r                       # __ge__
    if root == '__le__':
        if name == '__ge__':
            return not r or self == other
        if name == '__lt__':
            return r and self != other
        return not r                       # __gt__
    if root == '__gt__':
        if name == '__lt__':
            return not r and self != other
        if name == '__ge__':
            return r or self == other
        return not r                       # __le__
    # root == '__ge__'
    if name == '__le__':
        return not r or self == other
    if name == '__gt__':
        return r and self != other
    return not r                           # __lt__


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    ops = ('__lt__', '__le__', '__gt__', '__ge__')
    roots = [op for op in ops if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for op in ops:
        if op != root and op not in roots:
            setattr(cls, op, _derived(op, root))
    return cls


# ---- cmp_to_key (in Java: functools.KeyWrapper)

from _functools import cmp_to_key


# ---- singledispatch

def _find_impl(cls, registry):
    """The implementation for cls: its nearest real base in the registry, else the most
    specific registered ABC it is a (possibly virtual) subclass of, else object's."""
    mro = getattr(cls, '__mro__', (cls,))
    for c in mro:
        if c in registry and c is not object:
            return registry[c]
    matches = []
    for c in registry:
        if c is object or c in mro:
            continue
        try:
            if issubclass(cls, c):
                matches.append(c)
        except TypeError:
            pass
    for c in matches:
        if not any(d is not c and issubclass(d, c) for d in matches):
            return registry[c]
    return registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {}
    dispatch_cache = {}
    cache_token = [None]

    def dispatch(cls):
        token = get_cache_token()
        if cache_token[0] != token:
            dispatch_cache.clear()
            cache_token[0] = token
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = func.__globals__.get(cls, cls) if hasattr(func, '__globals__') else cls
            if not _is_valid_dispatch_type(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _mappingproxy(d):
    return type(type.__dict__)(d)


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

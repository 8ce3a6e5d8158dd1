"""Abstract base classes: ABCMeta, ABC and the abstract-method decorators (PEP 3119).

Written for Taipan. A class made by ABCMeta records the names of its abstract methods in
__abstractmethods__; the runtime refuses to instantiate a class whose set is not empty.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class with such a method cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated decorators are subclasses of classmethod, staticmethod and property in
# CPython; Taipan cannot subclass those builtins yet, so they return the builtin wrapper.
def abstractclassmethod(callable):
    """Deprecated: use classmethod with abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod with abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property with abstractmethod."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


# Bumped by every register() call, so that caches of negative answers can be dropped.
_invalidation_counter = 0


def get_cache_token():
    """An object that changes whenever an ABC gains a virtual subclass."""
    return _invalidation_counter


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _compute_abstracts(cls, namespace_items):
    abstracts = {name for name, value in namespace_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def _key(c):
    """A class as a cache key: itself, or its id when its metaclass made it unhashable."""
    return c if type(c).__hash__ is _type_hash else id(c)


_type_hash = type.__hash__


class ABCMeta(type):
    """Metaclass of abstract base classes: abstract methods, virtual subclasses, __subclasshook__.

    The caches map a class (its id when its metaclass makes it unhashable) to itself: a
    look-up is one dict probe, and the `is` test keeps a custom __eq__ from confusing them."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_registry = {}
        cls._abc_cache = {}
        cls._abc_negative_cache = {}
        cls._abc_negative_cache_version = _invalidation_counter
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC; returns it, so this works as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry[_key(subclass)] = subclass
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        key = _key(subclass)
        if cls._abc_cache.get(key) is subclass:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter
                    and cls._abc_negative_cache.get(key) is subclass):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        key = _key(subclass)
        if cls._abc_cache.get(key) is subclass:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = {}
            cls._abc_negative_cache_version = _invalidation_counter
        elif cls._abc_negative_cache.get(key) is subclass:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache[key] = subclass
            else:
                cls._abc_negative_cache[key] = subclass
            return ok
        if any(c is cls for c in getattr(subclass, "__mro__", ())):
            cls._abc_cache[key] = subclass
            return True
        for rcls in list(cls._abc_registry.values()):
            if issubclass(subclass, rcls):
                cls._abc_cache[key] = subclass
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_cache[key] = subclass
                return True
        cls._abc_negative_cache[key] = subclass
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ("_abc_registry", "_abc_cache", "_abc_negative_cache"):
            print(f"{name}: {set(getattr(cls, name).values())!r}", file=file)
        print(f"_abc_negative_cache_version: {cls._abc_negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry = {}

    def _abc_caches_clear(cls):
        cls._abc_cache = {}
        cls._abc_negative_cache = {}


def update_abstractmethods(cls):
    """Recomputes __abstractmethods__ after methods were added to or removed from cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class: inherit from it to make an abstract base class."""
    __slots__ = ()

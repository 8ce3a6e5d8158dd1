"""Support for type hints (Taipan's own implementation).

The machinery lives in private modules: _typing_base (reprs, argument checks, ForwardRef,
TypeVar/ParamSpec/TypeVarTuple), _typing_alias (subscripted types and the List/Dict/...
aliases), _typing_forms (Any, Union, Optional, Literal, Annotated, ClassVar ...),
_typing_generic (Generic, Protocol), _typing_records (NamedTuple, TypedDict, NewType) and
_typing_hints (get_type_hints, get_origin, get_args). This module names the public API, the
aliases of collections.abc, the Supports* protocols, IO, and the small decorators."""

import collections
import collections.abc
import contextlib
import sys
from abc import abstractmethod

from _typing_base import (ForwardRef, TypeVar, ParamSpec, ParamSpecArgs, ParamSpecKwargs,
                          TypeVarTuple)
from _typing_alias import (BareAlias as _BareAlias, TupleAlias as _TupleAlias,
                           CallableAlias as _CallableAlias)
from _typing_forms import (Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final,
                           TypeGuard, Required, NotRequired, Union, Optional, Literal,
                           Concatenate, Unpack, Annotated)
from _typing_generic import Generic, Protocol, runtime_checkable
from _typing_records import NamedTuple, TypedDict, is_typeddict, NewType
from _typing_hints import get_type_hints, get_origin, get_args

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn',
    'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
Text = str

# ---- aliases of builtin and collections.abc classes: (origin, number of type arguments)

_abc = collections.abc
for _name, _origin, _n in [
        ('Hashable', _abc.Hashable, 0), ('Awaitable', _abc.Awaitable, 1),
        ('Coroutine', _abc.Coroutine, 3), ('AsyncIterable', _abc.AsyncIterable, 1),
        ('AsyncIterator', _abc.AsyncIterator, 1), ('Iterable', _abc.Iterable, 1),
        ('Iterator', _abc.Iterator, 1), ('Reversible', _abc.Reversible, 1),
        ('Sized', _abc.Sized, 0), ('Container', _abc.Container, 1),
        ('Collection', _abc.Collection, 1), ('AbstractSet', _abc.Set, 1),
        ('MutableSet', _abc.MutableSet, 1), ('Mapping', _abc.Mapping, 2),
        ('MutableMapping', _abc.MutableMapping, 2), ('Sequence', _abc.Sequence, 1),
        ('MutableSequence', _abc.MutableSequence, 1), ('ByteString', _abc.ByteString, 0),
        ('Deque', collections.deque, 1), ('MappingView', _abc.MappingView, 1),
        ('KeysView', _abc.KeysView, 1), ('ItemsView', _abc.ItemsView, 2),
        ('ValuesView', _abc.ValuesView, 1), ('DefaultDict', collections.defaultdict, 2),
        ('OrderedDict', collections.OrderedDict, 2), ('Counter', collections.Counter, 1),
        ('ChainMap', collections.ChainMap, 2), ('Generator', _abc.Generator, 3),
        ('AsyncGenerator', _abc.AsyncGenerator, 2),
        ('ContextManager', contextlib.AbstractContextManager, 1),
        ('AsyncContextManager', contextlib.AbstractAsyncContextManager, 1)]:
    globals()[_name] = _BareAlias(_origin, _n, _name)
# the builtin containers themselves are called directly: List() is an error
for _name, _origin, _n in [('List', list, 1), ('Set', set, 1), ('FrozenSet', frozenset, 1),
                           ('Dict', dict, 2), ('Type', type, 1)]:
    globals()[_name] = _BareAlias(_origin, _n, _name, inst=False)
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
Callable = _CallableAlias(_abc.Callable, 2, 'Callable')

# ---- the conventional type variables

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


# ---- protocols for the numeric special methods

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


# ---- IO

class IO(Generic[AnyStr]):
    """Generic base of the file types that open() returns (as seen by type checkers)."""

    __slots__ = ()
    mode = property(lambda self: None)
    name = property(lambda self: None)
    closed = property(lambda self: None)

    def close(self): pass
    def fileno(self): pass
    def flush(self): pass
    def isatty(self): pass
    def read(self, n=-1): pass
    def readable(self): pass
    def readline(self, limit=-1): pass
    def readlines(self, hint=-1): pass
    def seek(self, offset, whence=0): pass
    def seekable(self): pass
    def tell(self): pass
    def truncate(self, size=None): pass
    def writable(self): pass
    def write(self, s): pass
    def writelines(self, lines): pass
    def __enter__(self): pass
    def __exit__(self, type, value, traceback): pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()
    buffer = property(lambda self: None)
    encoding = property(lambda self: None)
    errors = property(lambda self: None)
    line_buffering = property(lambda self: None)
    newlines = property(lambda self: None)


def __getattr__(name):
    # re's aliases are made on first use: importing re is not free
    if name in ('Pattern', 'Match'):
        import re
        alias = globals()[name] = _BareAlias(getattr(re, name), 1, name)
        return alias
    raise AttributeError(f"module 'typing' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | {'Pattern', 'Match'})


# ---- functions for type checkers that do (almost) nothing at runtime

def cast(typ, val):
    """Tells a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks a type checker to confirm that val has type typ; returns val unchanged."""
    return val


def reveal_type(obj, /):
    """Asks a type checker to show obj's static type; at runtime prints its runtime type to
    stderr and returns obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Marks code a type checker should find unreachable; raises if reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


# module -> qualified name -> first line -> the @overload-decorated function
_overloads = {}


def _overload_key(func):
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return func.__module__, func.__qualname__, code.co_firstlineno if code else None


def _not_implemented(*args, **kwargs):
    raise NotImplementedError('You should not call an overloaded function. A series of '
                              '@overload-decorated functions outside a stub module should '
                              'always be followed by an implementation that is not '
                              '@overload-ed.')


def overload(func):
    """Marks one signature of an overloaded function; get_overloads() lists them."""
    try:
        module, qualname, line = _overload_key(func)
    except AttributeError:
        return _not_implemented     # not a function: nothing to record
    _overloads.setdefault(module, {}).setdefault(qualname, {})[line] = func
    return _not_implemented


def get_overloads(func):
    """The @overload-decorated definitions of func, in definition order."""
    module, qualname, _ = _overload_key(func)
    return list(_overloads.get(module, {}).get(qualname, {}).values())


def clear_overloads():
    """Forgets every recorded overload."""
    _overloads.clear()


def final(f):
    """Marks a method or class as final (not to be overridden or subclassed)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tells type checkers to ignore the annotations of a function or class."""
    if isinstance(arg, type):
        prefix = arg.__qualname__ + '.'
        for value in list(vars(arg).values()):
            func = getattr(value, '__func__', value)
            if (callable(func) and getattr(func, '__qualname__', '').startswith(prefix)
                    and getattr(func, '__module__', None) == arg.__module__):
                no_type_check(func)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator produce functions marked with no_type_check."""
    import functools

    @functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes (PEP 681);
    records its options in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


del _name, _origin, _n

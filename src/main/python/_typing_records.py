"""NamedTuple and TypedDict (class syntax and functional forms) and NewType.

`class P(NamedTuple)` and `class M(TypedDict)` work because the names are functions with a
__mro_entries__ that substitutes a hidden base whose metaclass builds the real class: a
collections.namedtuple for NamedTuple, a dict subclass with key sets for TypedDict."""

import collections
import sys

from _typing_base import check_arg, caller_module
from _typing_alias import GenericForm, LATE, collect_params, make_union as union_of
from _typing_forms import Required, NotRequired

# ---- NamedTuple

# Attributes a NamedTuple class body may not define (namedtuple makes them).
_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                          '_field_defaults', '_make', '_replace', '_asdict', '_source'})
# Class-body entries that are not copied onto the built class.
_NT_SKIP = frozenset({'__module__', '__qualname__', '__annotations__', '__classcell__'})


def _build_namedtuple(name, fields, module, defaults=()):
    types_ = {n: check_arg(t, f'field {n} annotation must be a type') for n, t in fields}
    cls = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults, module=module)
    cls.__annotations__ = types_
    return cls


class _NamedTupleBuilder(type):
    def __new__(mcls, name, bases, ns):
        for base in bases:
            if base is not _NamedTupleRoot and base is not LATE['Generic']:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        defaults = []
        for field in annotations:
            if field in ns:
                defaults.append(ns[field])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field} cannot follow default "
                                f"field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(n for n in annotations if n in ns)}")
        cls = _build_namedtuple(name, list(annotations.items()), ns['__module__'], defaults)
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SKIP and key not in cls._fields:
                setattr(cls, key, value)
                set_name = getattr(type(value), '__set_name__', None)
                if set_name is not None:
                    set_name(value, cls, key)
        if '__qualname__' in ns:
            cls.__qualname__ = ns['__qualname__']
        generic = LATE['Generic']
        if generic in bases:
            # a generic named tuple: Generic among its bases, subscriptable by its parameters
            cls.__bases__ = (tuple, generic)
            cls.__parameters__ = collect_params(cls.__orig_bases__)
            cls.__class_getitem__ = generic.__dict__['__class_getitem__']
        return cls


_NamedTupleRoot = type.__new__(_NamedTupleBuilder, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple: class P(NamedTuple) with annotated fields, or
    NamedTuple('P', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    return _build_namedtuple(typename, list(fields), caller_module())


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleRoot,)


# ---- TypedDict

class _TypedDictBuilder(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictBuilder and base is not LATE['Generic']:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        module = ns.get('__module__')
        own = {n: check_arg(t, 'TypedDict(\'Name\', {f0: t0, f1: t1, ...}); '
                               'f0, f1, ... must be types', module=module, is_class=True)
               for n, t in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required |= base.__dict__.get('__required_keys__', set())
            optional |= base.__dict__.get('__optional_keys__', set())
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None) if isinstance(tp, GenericForm) else None
            if origin is Required or (origin is not NotRequired and total):
                required.add(key)
            else:
                optional.add(key)
        ns = dict(ns, __annotations__=annotations, __required_keys__=frozenset(required),
                  __optional_keys__=frozenset(optional), __total__=total)
        generic = LATE['Generic']
        return super().__new__(mcls, name, (generic, dict) if generic in bases else (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


_TypedDictRoot = type.__new__(_TypedDictBuilder, 'TypedDict', (), {})


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict) with annotated keys, or
    TypedDict('Movie', {'title': str, 'year': int}). Its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if kwargs:
        import warnings
        warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated in '
                      'Python 3.11, will be removed in Python 3.13, and may not be understood '
                      'by third-party type checkers.', DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields), '__module__': caller_module()}
    return _TypedDictBuilder(typename, (), ns, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictRoot,)


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictBuilder)


# ---- NewType

class NewType:
    """A distinct name for a type, for type checkers; at runtime calling it returns its
    argument unchanged. UserId = NewType('UserId', int)."""

    __module__ = 'typing'

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, value, /):
        return value

    def __mro_entries__(self, bases):
        name = self.__name__

        class Refuse:
            def __init_subclass__(cls):
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{cls.__name__} = NewType({cls.__name__!r}, '
                                f'{name})`')
        return (Refuse,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return union_of((self, other))

    def __ror__(self, other):
        return union_of((other, self))


for _cls in (_NamedTupleBuilder, _TypedDictBuilder):
    _cls.__module__ = 'typing'

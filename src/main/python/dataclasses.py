"""Data classes (Taipan's own implementation): the @dataclass decorator, field(), and the
functions over data classes (fields, asdict, astuple, replace, make_dataclass).

This module holds the public objects; _dataclass_build turns a decorated class into a data
class (collects its fields, writes its methods)."""

import keyword
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen data class instance."""


class _MISSING_TYPE:
    """The type of MISSING, the marker of 'no default' (None is a valid default)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: a pseudo-field `_: KW_ONLY` makes the fields after it
    keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    """Stands in __init__'s defaults for a field that has a default_factory."""

    def __repr__(self):
        return '<factory>'


FACTORY = _FactoryMarker()


class _FieldKind:
    """What an annotated name is: a field, a ClassVar or an InitVar (shown in Field reprs)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


FIELD = _FieldKind('_FIELD')
CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
INITVAR = _FieldKind('_FIELD_INITVAR')

_EMPTY_METADATA = types.MappingProxyType({})


class InitVar:
    """InitVar[T] annotates an argument of __init__ that is passed to __post_init__ and is
    not a field."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a data class, as field() describes it; fields() returns them."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(' + ','.join(f'{name}={getattr(self, name)!r}' for name in
                                    ('name', 'type', 'default', 'default_factory', 'init',
                                     'repr', 'hash', 'compare', 'metadata', 'kw_only'))
                + f',_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        # a descriptor given as default learns its name as if it were assigned directly
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    """The decorator's options, kept in __dataclass_params__."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return ('_DataclassParams(' + ','.join(f'{name}={getattr(self, name)!r}'
                                               for name in self.__slots__) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default or default_factory, and whether it takes part in
    __init__, __repr__, comparisons and __hash__."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, as asked, ordering, __hash__, frozenness,
    __match_args__, __slots__) to a class, from its annotated fields."""
    from _dataclass_build import build

    def wrap(cls):
        return build(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                     slots, weakref_slot)
    return wrap if cls is None else wrap(cls)


def _all_fields(class_or_instance):
    try:
        return getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None


def fields(class_or_instance):
    """The fields (not ClassVars or InitVars) of a data class or instance, in order."""
    return tuple(f for f in _all_fields(class_or_instance).values() if f._field_type is FIELD)


def is_dataclass(obj):
    """Whether obj is a data class or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, make_dataclass_value):
    """Recursion shared by asdict and astuple: containers rebuilt, anything else deep-copied."""
    if _is_instance(obj):
        return make_dataclass_value(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):      # a named tuple
        return type(obj)(*[_convert(v, make_dataclass_value) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_dataclass_value) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_dataclass_value), _convert(v, make_dataclass_value))
                         for k, v in obj.items())
    import copy         # on first use: importing copy costs more than this module
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A data class instance as a dict of its fields, recursively."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def as_dict(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name), as_dict))
                             for f in fields(instance)])
    return as_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A data class instance as a tuple of its fields' values, recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def as_tuple(instance):
        return tuple_factory([_convert(getattr(instance, f.name), as_tuple)
                              for f in fields(instance)])
    return as_tuple(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the same field values but for `changes`."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in _all_fields(obj).values():
        if f._field_type is CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """A new data class: fields are names, (name, type) or (name, type, field(...))."""
    annotations, defaults, seen = {}, {}, set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def body(ns):
        ns.update(namespace or {})
        ns.update(defaults)
        ns['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)

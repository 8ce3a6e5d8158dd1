"""Generic (user-defined generic classes) and Protocol (structural subtyping), with
runtime_checkable.

A generic class records, when it is created, the subscripted bases it was written with
(__orig_bases__) and the type parameters they use (__parameters__), ordered as in its
Generic[...] base if it has one. Subscripting the class binds them (see _typing_alias)."""

import _collections_abc
from abc import ABCMeta

import _typing_base
from _typing_base import TypeVarTuple, ParamSpec, TypeVar, caller_module, cached
from _typing_alias import LATE, GenericForm, UnpackForm, bind, collect_params


def _is_declared_param(p):
    return (isinstance(p, (TypeVar, ParamSpec))
            or isinstance(p, UnpackForm) and isinstance(p.__args__[0], TypeVarTuple))


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) makes Box[int] mean a
    Box of ints."""

    __slots__ = ()
    _is_protocol = False

    @cached
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(_is_declared_param(p) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return GenericForm(cls, params)
        if not cls.__dict__.get('__parameters__'):
            raise TypeError(f'{cls!r} is not a generic class')
        mapping = bind(cls, cls.__parameters__, params, validate=False)
        args = []
        for p in cls.__parameters__:
            value = mapping[p]
            args.extend(value if isinstance(p, TypeVarTuple) else (value,))
        return GenericForm(cls, tuple(args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__', cls.__bases__)
        if Generic in written and cls.__name__ != 'Protocol':
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' not in cls.__dict__:
            cls.__parameters__ = ()
            return
        params = collect_params(written)
        declared = [b for b in written if isinstance(b, GenericForm) and b.__origin__ is Generic]
        if len(declared) > 1:
            raise TypeError('Cannot inherit from Generic[...] multiple times.')
        if declared:
            order = collect_params(declared[0].__args__)
            missing = [p for p in params if p not in order]
            if missing:
                listed = ', '.join(str(p) for p in missing)
                names = ', '.join(str(g) for g in declared[0].__args__)
                raise TypeError(f'Some type variables ({listed}) are not listed in '
                                f'Generic[{names}]')
            params = order
        cls.__parameters__ = tuple(params)


# ---- Protocol

# Names that are part of how classes work, not members of a protocol.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_methods__', '__match_args__',
})

# Classes of collections.abc (and contextlib) a protocol may derive from.
_ABC_BASES = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
                        'Buffer', 'AsyncIterator'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _members(cls):
    """The attributes a class must have to implement protocol cls."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base in (Protocol, Generic):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                names.add(name)
    return names


def _allowed_base(base):
    return (base in (object, Generic, Protocol) or getattr(base, '_is_protocol', False)
            or base.__name__ in _ABC_BASES.get(base.__module__, ()))


class _ProtocolMeta(ABCMeta):
    """Protocol classes check isinstance/issubclass by their members when @runtime_checkable,
    and cannot be instantiated."""

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def _nominal(cls, other):
        # real inheritance or ABC registration, without asking protocol members
        return cls in other.__mro__ or any(issubclass(other, r) for r in cls._abc_registry.values())

    def _check_runtime(cls):
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable '
                            'protocols')

    def __instancecheck__(cls, obj):
        if not cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            return super().__instancecheck__(obj)
        cls._check_runtime()
        if cls._nominal(type(obj)):
            return True
        callables = cls.__dict__.get('__protocol_methods__', ())
        for name in _members(cls):
            try:
                value = getattr(obj, name)
            except AttributeError:
                return False
            if value is None and name in callables:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if caller_module(2) in ('abc', 'functools'):
            return cls._nominal(other)      # an ABC going through its subclasses
        cls._check_runtime()
        members = _members(cls)
        if any(not callable(getattr(cls, name, None)) for name in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if cls._nominal(other):
            return True
        for name in members:
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes: a class implements a protocol by having its members,
    without deriving from it. isinstance checks need @runtime_checkable."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not _allowed_base(base):
                    raise TypeError(f'Protocols can only inherit from other protocols, '
                                    f'got {base!r}')
            cls.__protocol_methods__ = frozenset(
                name for name in _members(cls) if callable(getattr(cls, name, None)))


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance() and issubclass()."""
    if not (issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


for _cls in (Generic, Protocol, _ProtocolMeta):
    _cls.__module__ = 'typing'
LATE.update(Generic=Generic, Protocol=Protocol)
_typing_base.PLAIN_FORBIDDEN.extend((Generic, Protocol))

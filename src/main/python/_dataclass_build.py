"""Turns a class into a data class: collects its fields (its bases' first, then its own
annotations), then writes the methods the options ask for.

Methods are compiled from generated source (`_compile`), so that __init__ has a real
signature (defaults, keyword-only parameters, CPython's argument errors) and comparisons are
plain tuple operations; all but __init__ are compiled on their first call."""

import abc
import sys
import types

from dataclasses import (Field, FrozenInstanceError, InitVar, MISSING, KW_ONLY, FACTORY,
                         FIELD, CLASSVAR, INITVAR, _DataclassParams, field)

_ORDER = (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>='))


# ---- collecting the fields

def _is_kw_only_marker(annotation):
    return annotation is KW_ONLY or (isinstance(annotation, str)
                                     and annotation.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY'))


def _string_head(annotation):
    """'ClassVar' for the string annotation 'ClassVar[int]'."""
    return annotation.split('[', 1)[0].strip() if isinstance(annotation, str) else None


def _kind(annotation):
    typing = sys.modules.get('typing')
    if typing is not None:
        if (annotation is typing.ClassVar or not isinstance(annotation, type)
                and getattr(annotation, '__origin__', None) is typing.ClassVar
                or _string_head(annotation) in ('ClassVar', 'typing.ClassVar')):
            return CLASSVAR
    if (annotation is InitVar or isinstance(annotation, InitVar)
            or _string_head(annotation) in ('InitVar', 'dataclasses.InitVar')):
        return INITVAR
    return FIELD


def _make_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, types.MemberDescriptorType):
        default = MISSING               # a slot, not a default
    f = default if isinstance(default, Field) else field(default=default)
    f.name, f.type = name, annotation
    f._field_type = _kind(annotation)
    if f._field_type is not FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is not CLASSVAR and f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                         'use default_factory')
    return f


def collect_fields(cls, kw_only):
    """name -> Field for the class: its data class bases' fields, then its own."""
    result = {}
    for base in cls.__mro__[-1:0:-1]:
        result.update(getattr(base, '__dataclass_fields__', {}))
    annotations = cls.__dict__.get('__annotations__', {})
    marker_seen = None
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if marker_seen is not None:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = name
            kw_only = True
            continue
        result[name] = _make_field(cls, name, annotation, kw_only)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return result


# ---- writing methods

def _compile(cls, name, params, lines, env):
    """Compiles `def name(params): lines` with env as its globals, named as a method of cls."""
    namespace = {}
    exec(f"def {name}({', '.join(params)}):\n" + ''.join(f'    {line}\n' for line in lines),
         env, namespace)
    fn = namespace[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _on_first_call(owner, name, params, lines):
    """A method compiled when first called, which then takes the stub's place in the class:
    compiling costs more than most programs' calls of __eq__, __lt__ or __hash__ do."""
    def stub(*args):
        cls = owner[0]
        real = _compile(cls, name, params, lines, {})
        if cls.__dict__.get(name) is stub:
            setattr(cls, name, real)
        return real(*args)
    stub.__name__ = name
    stub.__qualname__ = f'{owner[0].__qualname__}.{name}'
    return stub


def _tuple_of(obj, names):
    return '(' + ''.join(f'{obj}.{n},' for n in names) + ')'


def _add(cls, name, value):
    """Sets a generated method unless the class defines that name itself."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init(cls, all_fields, frozen, has_post_init, slots):
    positional = [f for f in all_fields if f.init and not f.kw_only]
    keyword = [f for f in all_fields if f.init and f.kw_only]
    env = {'__dataclass_FACTORY__': FACTORY, '__dataclass_set__': object.__setattr__}
    me = '__dataclass_self__' if 'self' in {f.name for f in all_fields} else 'self'
    params, lines, seen_default = [me], [], None
    for i, f in enumerate(positional + keyword):
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if i < len(positional):
            if has_default:
                seen_default = f
            elif seen_default is not None:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        if f.default_factory is not MISSING:
            params.append(f'{f.name}=__dataclass_FACTORY__')
        elif f.default is not MISSING:
            env[f'__dataclass_default_{f.name}__'] = f.default
            params.append(f'{f.name}=__dataclass_default_{f.name}__')
        else:
            params.append(f.name)
    if keyword:
        params.insert(1 + len(positional), '*')
    for f in all_fields:
        if f._field_type is not FIELD:
            continue
        if f.default_factory is not MISSING:
            env[f'__dataclass_factory_{f.name}__'] = f.default_factory
            make = f'__dataclass_factory_{f.name}__()'
            value = (f'{make} if {f.name} is __dataclass_FACTORY__ else {f.name}' if f.init
                     else make)
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            env[f'__dataclass_default_{f.name}__'] = f.default
            value = f'__dataclass_default_{f.name}__'
        else:
            continue
        lines.append(f'__dataclass_set__({me}, {f.name!r}, {value})' if frozen
                     else f'{me}.{f.name} = {value}')
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is INITVAR)
        lines.append(f'{me}.__post_init__({initvars})')
    fn = _compile(cls, '__init__', params, lines or ['pass'], env)
    fn.__annotations__ = dict({f.name: f.type for f in positional + keyword}, **{'return': None})
    return fn


def _repr(cls, shown):
    running = set()
    names = [f.name for f in shown]

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            body = ', '.join(f'{n}={getattr(self, n)!r}' for n in names)
        finally:
            running.discard(key)
        return f'{self.__class__.__qualname__}({body})'
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _comparison(owner, name, op, names):
    return _on_first_call(owner, name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f'    return {_tuple_of("self", names)} {op} {_tuple_of("other", names)}',
        'return NotImplemented'])


def _frozen_methods(cls, names, owner):
    def __setattr__(self, name, value):
        if type(self) is owner[0] or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(owner[0], self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is owner[0] or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(owner[0], self).__delattr__(name)
    for fn in (__setattr__, __delattr__):
        fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
        if fn.__name__ in cls.__dict__:
            raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
        setattr(cls, fn.__name__, fn)


def _hash_action(cls, eq, frozen, unsafe_hash):
    """What to do with __hash__: 'keep' the class's, set it to 'none', or 'add' one."""
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = not (own is MISSING or (own is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if not eq or explicit:
        return 'keep'
    return 'add' if frozen else 'none'


def _with_slots(cls, all_fields, weakref_slot, frozen):
    """A copy of cls with __slots__ for its fields (a class's slots are fixed at creation)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = tuple(f.name for f in all_fields)
    inherited = {s for base in cls.__mro__[1:-1] for s in base.__dict__.get('__slots__', ())}
    ns = {k: v for k, v in cls.__dict__.items()
          if k not in names and k not in ('__dict__', '__weakref__')}
    ns['__slots__'] = tuple(n for n in names if n not in inherited) + (
        ('__weakref__',) if weakref_slot else ())
    if frozen and '__getstate__' not in ns:
        ns['__getstate__'] = lambda self: [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)
        ns['__setstate__'] = __setstate__
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


# ---- __doc__: the signature as inspect would show it

def _annotation_text(a):
    if getattr(a, '__module__', None) == 'typing':
        return repr(a).replace('typing.', '')
    if isinstance(a, types.GenericAlias):
        return str(a)
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == 'builtins' else f'{a.__module__}.{a.__qualname__}'
    return repr(a)


def _signature_text(fn):
    code = getattr(fn, '__code__', None)
    if code is None:
        return '()'
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    notes = fn.__annotations__
    parts = []

    def param(name, default=MISSING, prefix=''):
        text = prefix + name
        if name in notes:
            text += ': ' + _annotation_text(notes[name])
        if default is not MISSING:
            text += (' = ' if name in notes else '=') + repr(default)
        return text
    first_default = npos - len(defaults)
    for i in range(1, npos):
        parts.append(param(names[i], defaults[i - first_default] if i >= first_default else MISSING))
        if i == code.co_posonlyargcount - 1:
            parts.append('/')
    varargs = code.co_flags & 0x04
    if varargs:
        parts.append(param(names[npos + nkw], prefix='*'))
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(param(name, kwdefaults.get(name, MISSING)))
    if code.co_flags & 0x08:
        parts.append(param(names[npos + nkw + (1 if varargs else 0)], prefix='**'))
    return '(' + ', '.join(parts) + ')'


# ---- the decorator's work

def build(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
          weakref_slot):
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    base_frozen = [getattr(b, '__dataclass_params__').frozen for b in cls.__mro__[1:]
                   if '__dataclass_fields__' in b.__dict__]
    by_name = collect_fields(cls, kw_only)
    if base_frozen and frozen and not all(base_frozen):
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    if base_frozen and not frozen and any(base_frozen):
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    for f in by_name.values():
        if f._field_type is FIELD and f.name in cls.__dict__ and isinstance(cls.__dict__[f.name], Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    cls.__dataclass_fields__ = by_name
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields = [f for f in by_name.values() if f._field_type is not CLASSVAR]
    real = [f for f in all_fields if f._field_type is FIELD]
    compared = [f.name for f in real if f.compare]
    owner = [cls]
    if init:
        _add(cls, '__init__', _init(cls, all_fields, frozen, hasattr(cls, '__post_init__'), slots))
    if repr:
        _add(cls, '__repr__', _repr(cls, [f for f in real if f.repr]))
    if eq:
        _add(cls, '__eq__', _comparison(owner, '__eq__', '==', compared))
    if order:
        for name, op in _ORDER:
            if _add(cls, name, _comparison(owner, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        _frozen_methods(cls, {f.name for f in real}, owner)
    hash_action = _hash_action(cls, eq, frozen, unsafe_hash)
    if hash_action == 'add':
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _on_first_call(owner, '__hash__', ['self'],
                                      [f'return hash({_tuple_of("self", hashed)})'])
    elif hash_action == 'none':
        cls.__hash__ = None
    if not cls.__doc__:
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls.__init__).replace(' -> None', '')
        except (TypeError, ValueError):
            cls.__doc__ = ''
    if match_args:
        _add(cls, '__match_args__', tuple(f.name for f in all_fields if f.init and not f.kw_only))
    if slots:
        cls = owner[0] = _with_slots(cls, real, weakref_slot, frozen)
    abc.update_abstractmethods(cls)
    return cls

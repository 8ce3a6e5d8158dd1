"""Subscripted types (List[int], Box[T], Union[int, str], Callable[[int], str] ...) and the
bare aliases of builtin and collections.abc classes (List, Iterable ...).

Every subscripted type is a GenericForm: an origin, its arguments, and the type parameters
found in them. Subscripting one whose parameters are not all bound substitutes: the new
arguments are bound to the parameters (`bind`) and replaced throughout (`_substituted`)."""

import _typing_base
from _typing_base import (SpecialForm, cached, ForwardRef, TypeVar, ParamSpec, TypeVarTuple, NoneType,
                          GenericAlias, UnionType, check_arg, is_param, type_repr)

# Bound by later modules: the Union, Unpack and Concatenate forms (_typing_forms), the
# Annotated class (_typing_forms) and Generic (_typing_generic).
LATE = {}


def collect_params(args):
    """The type parameters in args, in first-seen order."""
    found = []
    for arg in args:
        if is_param(arg):
            new = (arg,)
        elif isinstance(arg, (list, tuple)):
            new = collect_params(arg)
        elif isinstance(arg, type):
            continue
        else:
            new = getattr(arg, '__parameters__', None) or ()
            if not isinstance(new, tuple):
                continue
        for p in new:
            if p not in found:
                found.append(p)
    return tuple(found)


def is_param_expr(arg):
    """Something that can stand for a ParamSpec: ..., a ParamSpec, Concatenate[...]."""
    return (arg is ... or isinstance(arg, ParamSpec)
            or isinstance(arg, GenericForm) and arg.__origin__ is LATE.get('Concatenate'))


def _paramspec_value(value):
    if isinstance(value, (list, tuple)):
        return tuple(check_arg(v, 'Parameters to generic types must be types.') for v in value)
    if is_param_expr(value):
        return value
    raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. '
                    f'Got {value!r}')


def _converted(value):
    return NoneType if value is None else ForwardRef(value) if isinstance(value, str) else value


def bind(owner, params, args, validate=True):
    """Maps each of `owner`'s parameters to its value in args; checks the count. The first
    subscription of a generic class (validate false) only converts None and strings."""
    if not isinstance(args, tuple):
        args = (args,)
    for p in params:
        if isinstance(p, (ParamSpec, TypeVarTuple)):
            args = p.__typing_prepare_subst__(owner, args)
    if len(args) != len(params):
        many = 'many' if len(args) > len(params) else 'few'
        raise TypeError(f'Too {many} arguments for {owner!r}; actual {len(args)}, '
                        f'expected {len(params)}')
    values = args
    mapping = {}
    for param, value in zip(params, values):
        if validate:
            value = param.__typing_subst__(value)
        elif isinstance(param, ParamSpec) and isinstance(value, tuple):
            value = tuple(_converted(v) for v in value)
        elif not isinstance(param, TypeVarTuple):
            value = _converted(value)
        mapping[param] = value
    return mapping


def _concatenated(form, mapping):
    """Concatenate[X, ..., P] with P's value in mapping: a tuple of types when P becomes a
    list of types, else a Concatenate again (merged when P becomes a Concatenate)."""
    prefix = tuple(substitute(a, mapping) for a in form.__args__[:-1])
    value = mapping.get(form.__args__[-1], form.__args__[-1])
    if isinstance(value, tuple):
        return prefix + value
    if isinstance(value, GenericForm) and value.__origin__ is LATE['Concatenate']:
        return form._with_args(prefix + value.__args__)
    return form._with_args(prefix + (value,))


def substitute(arg, mapping):
    """arg with the parameters in mapping replaced (one value; see _substituted for splicing)."""
    if isinstance(arg, TypeVarTuple) and arg in mapping:
        raise TypeError('Substitution of bare TypeVarTuple is not supported')
    if is_param(arg):
        return mapping.get(arg, arg)
    if isinstance(arg, GenericForm) and arg.__origin__ is LATE['Concatenate']:
        return _concatenated(arg, mapping)
    if isinstance(arg, (list, tuple)):
        return type(arg)(substitute(a, mapping) for a in arg)
    if isinstance(arg, (GenericForm, GenericAlias, UnionType)):
        params = arg.__parameters__
        if params:
            values = []
            for p in params:
                value = mapping.get(p, p)
                if isinstance(p, TypeVarTuple) and isinstance(value, tuple):
                    values.extend(value)
                elif isinstance(p, TypeVarTuple):
                    values.append(make_unpack(value))
                else:
                    values.append(value)
            return arg[tuple(values)]
    return arg


class GenericForm:
    """origin[args]. `_name` is set for the aliases typing names (List, Callable ...), which
    show as typing.Name[...]; `_inst` is False for those that must not be called (List)."""

    __module__ = 'typing'
    _splices_paramspec = False

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = collect_params(args)
        self._name = name
        self._inst = inst
        if name is not None:
            self.__name__ = self.__qualname__ = name
        elif isinstance(origin, type):
            self.__name__ = origin.__name__
            self.__qualname__ = origin.__qualname__

    def _with_args(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def _head(self):
        return 'typing.' + self._name if self._name else type_repr(self.__origin__)

    def __repr__(self):
        args = ', '.join(type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{self._head()}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, GenericForm) or isinstance(other, (UnionForm, AnnotatedForm)):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    @cached
    def __getitem__(self, args):
        if self.__origin__ in (LATE['Generic'], LATE['Protocol']):
            raise TypeError(f'Cannot subscript already-subscripted {self!r}')
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        return self._with_args(self._substituted(bind(self, self.__parameters__, args)))

    def _substituted(self, mapping):
        new = []
        for arg in self.__args__:
            if isinstance(arg, UnpackForm) and isinstance(arg.__args__[0], TypeVarTuple):
                value = mapping.get(arg.__args__[0], arg)
                new.extend(value if isinstance(value, tuple) else (value,))
            elif self._splices_paramspec and isinstance(arg, ParamSpec):
                value = mapping.get(arg, arg)
                new.extend(value if isinstance(value, tuple) else (value,))
            elif (self._splices_paramspec and isinstance(arg, GenericForm)
                  and arg.__origin__ is LATE['Concatenate']):
                value = _concatenated(arg, mapping)
                new.extend(value if isinstance(value, tuple) else (value,))
            else:
                new.append(substitute(arg, mapping))
        return tuple(new)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, SpecialForm):
            raise TypeError(f'Cannot instantiate {origin!r}')
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {origin.__name__}() instead')
        result = origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return mro_entries(self, bases)

    def __getattr__(self, name):
        # the origin's own attributes (Box[int].some_classmethod), never dunders
        if '__origin__' in self.__dict__ and not (name.startswith('__') and name.endswith('__')):
            return getattr(self.__origin__, name)
        raise AttributeError(name)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return make_union((self, other))

    def __ror__(self, other):
        return make_union((other, self))

    def __iter__(self):
        if self.__origin__ is not tuple:
            raise TypeError(f"'{type(self).__name__}' object is not iterable")
        return iter((make_unpack(self),))

    def __reduce__(self):
        import operator
        import typing
        origin = getattr(typing, self._name) if self._name else self.__origin__
        args = self.__args__[0] if len(self.__args__) == 1 else self.__args__
        return operator.getitem, (origin, args)


def mro_entries(alias, bases):
    """The classes a subscripted (or bare) alias stands for in a class statement: its origin,
    plus Generic unless the origin or a later base already brings it."""
    origin = alias.__origin__
    if isinstance(origin, SpecialForm) or not isinstance(origin, type):
        raise TypeError(f'Cannot subclass {alias!r}')
    generic = LATE['Generic']
    later = False
    for base in bases:
        if later and (isinstance(base, (GenericForm, BareAlias))
                      or isinstance(base, type) and issubclass(base, generic)):
            # a later base brings Generic; Generic[...] itself then only declares parameters
            return () if origin is generic else (origin,)
        later = later or base is alias
    if issubclass(origin, generic):
        return (origin,)
    return (origin, generic)


class CallableForm(GenericForm):
    """Callable[[args], result], its arguments kept flat: (arg, ..., result)."""
    _splices_paramspec = True

    def __init__(self, origin, args, name='Callable', inst=True):
        super().__init__(origin, args, name, inst)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and is_param_expr(args[0]):
            return f'typing.Callable[{type_repr(args[0])}, {type_repr(args[1])}]'
        params = ', '.join(type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {type_repr(args[-1])}]'


class UnionForm(GenericForm):
    """Union[X, Y, ...]: arguments flattened and deduplicated; equal regardless of order,
    also to the X | Y of types.UnionType."""

    def __init__(self, args):
        super().__init__(LATE['Union'], args)

    def _with_args(self, args):
        return make_union(args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and NoneType in args:
            other = args[1] if args[0] is NoneType else args[0]
            return f'typing.Optional[{type_repr(other)}]'
        return f"typing.Union[{', '.join(type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, (UnionForm, UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


def _flatten_union(params):
    for p in params:
        if isinstance(p, (UnionForm, UnionType)):
            yield from p.__args__
        else:
            yield p


def make_union(params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    checked = [check_arg(p, 'Union[arg, ...]: each arg must be a type.') for p in params]
    args = list(dict.fromkeys(_flatten_union(checked)))     # first of equal members kept
    if len(args) == 1:
        return args[0]
    return UnionForm(tuple(args))


class LiteralForm(GenericForm):
    """Literal[v, ...]: values compare with their types (Literal[1] != Literal[True])."""

    def __init__(self, args):
        super().__init__(LATE['Literal'], args)

    def _keys(self):
        return [(v, type(v)) for v in self.__args__]

    def __eq__(self, other):
        if not isinstance(other, LiteralForm):
            return NotImplemented
        return set(self._keys()) == set(other._keys())

    def __hash__(self):
        return hash(frozenset(self._keys()))


class AnnotatedForm(GenericForm):
    """Annotated[T, x, ...]: __origin__ is T itself, the extras are __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, AnnotatedForm):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def _with_args(self, args):
        return AnnotatedForm(args[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{type_repr(self.__origin__)}, {extras}]'

    def __eq__(self, other):
        if not isinstance(other, AnnotatedForm):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class UnpackForm(GenericForm):
    """Unpack[X], also written *X."""

    def __init__(self, arg):
        super().__init__(LATE['Unpack'], (arg,))

    def _with_args(self, args):
        return UnpackForm(args[0])

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


def make_unpack(arg):
    return UnpackForm(check_arg(arg, 'Unpack[...] must be used with a type.'))


class BareAlias:
    """An unsubscripted alias such as List or Iterable: its origin class and how many type
    arguments it takes (-1 for Tuple: any number)."""

    __module__ = 'typing'

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = self.__name__ = self.__qualname__ = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    @cached
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(check_arg(p, 'Parameters to generic types must be types.') for p in params)
        if self._nparams == 0:
            raise TypeError(f'{self!r} is not a generic class')
        if len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self!r}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return GenericForm(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return mro_entries(self, bases)

    def __getattr__(self, name):
        if '__origin__' in self.__dict__ and not (name.startswith('__') and name.endswith('__')):
            return getattr(self.__origin__, name)
        raise AttributeError(name)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, BareAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return make_union((self, other))

    def __ror__(self, other):
        return make_union((other, self))


class TupleAlias(BareAlias):
    """Tuple: any number of arguments, Tuple[()] for the empty tuple, Tuple[X, ...]."""

    @cached
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params:
            return GenericForm(tuple, (), self._name, self._inst)
        params = tuple(p if p is ... else check_arg(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                       for p in params)
        return GenericForm(tuple, params, self._name, self._inst)


class CallableAlias(BareAlias):
    """Callable: Callable[[arg, ...], result], Callable[..., result], Callable[P, result]."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        # a list cannot be a memo key
        return self._subscribe(tuple(args) if isinstance(args, list) else args, result,
                               isinstance(args, list))

    @cached
    def _subscribe(self, args, result, listed):
        result = check_arg(result, 'Callable[args, result]: result must be a type.')
        if listed:
            args = tuple(check_arg(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                         for a in args)
        elif is_param_expr(args):
            args = (args,)
        else:
            args = (check_arg(args, 'Callable[args, result]: args must be a list.'),)
        return CallableForm(self.__origin__, args + (result,))


_typing_base.union_of = make_union
_typing_base.unpacked = make_unpack
_typing_base.paramspec_value = _paramspec_value
_typing_base.is_paramspec_value = is_param_expr
for _cls in (GenericForm, CallableForm, UnionForm, LiteralForm, AnnotatedForm, UnpackForm,
             BareAlias, TupleAlias, CallableAlias):
    _cls.__module__ = 'typing'

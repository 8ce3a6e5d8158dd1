"""Foundations of Taipan's typing module: how a type is shown in a repr, which objects are
acceptable as type arguments, forward references, and the type parameters (TypeVar,
ParamSpec, TypeVarTuple).

typing is split into private modules, each depending only on the ones before it:
_typing_base -> _typing_alias (subscripted forms) -> _typing_forms (special forms)
-> _typing_generic (Generic, Protocol) -> _typing_records (NamedTuple, TypedDict, NewType)
-> _typing_hints (get_type_hints) -> typing (the public names)."""

import functools
import sys
import types

NoneType = type(None)
GenericAlias = types.GenericAlias
UnionType = types.UnionType


def type_repr(obj):
    """How typing shows an argument: classes by qualified name, ... as '...', else repr."""
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def cached(func):
    """Memoises a subscription as CPython does (an LRU cache of 128, argument types kept
    apart): List[int] is List[int], and an equal earlier result is returned as it was made."""
    memo = functools.lru_cache(maxsize=128, typed=True)(func)

    @functools.wraps(func)
    def subscribe(*args):
        try:
            hash(args)
        except TypeError:
            return func(*args)
        return memo(*args)
    subscribe.cache_clear = memo.cache_clear
    return subscribe


def caller_module(depth=2):
    """The __name__ of the module that called our caller (typing objects record where they
    were defined)."""
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class SpecialForm:
    """A name such as Any, ClassVar or Union. `needs_args` forms are invalid bare as a type
    argument; `qualifier` forms (ClassVar, Final) are invalid as arguments even subscripted.
    Subscription is delegated to `subscript(form, params)`, supplied by _typing_forms, and
    memoised unless `memo` is false."""

    def __init__(self, name, subscript=None, needs_args=True, qualifier=False, doc=None,
                 memo=True):
        self._name = name
        self._subscript = cached(subscript) if subscript and memo else subscript
        self.needs_args = needs_args
        self.qualifier = qualifier
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f'{self!r} is not subscriptable')
        return self._subscript(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self!r} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self!r} cannot be used with issubclass()')

    def __or__(self, other):
        return union_of((self, other))

    def __ror__(self, other):
        return union_of((other, self))


def union_of(args):
    """Union[args]; bound to the real constructor by _typing_alias."""
    raise NotImplementedError


# The classes that must not be used bare as type arguments (Generic, Protocol); filled in by
# _typing_generic.
PLAIN_FORBIDDEN = []


def check_arg(arg, msg, is_argument=True, module=None, is_class=False):
    """Validates and normalises one type argument: None becomes NoneType, a str a ForwardRef;
    bare forms that need arguments and (for arguments) ClassVar/Final are rejected."""
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=is_class)
    origin = getattr(arg, '__origin__', None) if not isinstance(arg, type) else None
    if isinstance(origin, SpecialForm) and origin.qualifier and is_argument:
        raise TypeError(f'{arg!r} is not valid as type argument')
    if isinstance(arg, SpecialForm) and arg.needs_args:
        if arg.qualifier and not is_argument:
            return arg
        raise TypeError(f'Plain {arg!r} is not valid as type argument')
    if any(arg is forbidden for forbidden in PLAIN_FORBIDDEN):
        raise TypeError(f'Plain {arg!r} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


class ForwardRef:
    """A type written as a string, evaluated later by get_type_hints."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass special typing classes')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        # '*Ts' is how an unpacked TypeVarTuple is spelled in a string
        source = f'({arg},)[0]' if arg[0] == '*' else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}') from None
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, seen, evaluate_inner):
        """The value of the reference; `evaluate_inner` evaluates references nested in it.
        `seen` holds the references being evaluated (a self-referencing one stays as it is)."""
        if self.__forward_arg__ in seen:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(sys.modules.get(self.__forward_module__), '__dict__', globalns)
            value = check_arg(eval(self.__forward_code__, globalns, localns),
                              'Forward references must evaluate to types.',
                              is_argument=self.__forward_is_argument__,
                              is_class=self.__forward_is_class__)
            self.__forward_value__ = evaluate_inner(value, globalns, localns,
                                                    seen | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return union_of((self, other))

    def __ror__(self, other):
        return union_of((other, self))

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


# ---- type parameters

class _TypeParam:
    """What TypeVar, ParamSpec and TypeVarTuple share: a name, the defining module, and
    taking part in unions. Identity is equality."""

    __module__ = 'typing'

    def __init_subclass__(cls, **kwargs):
        if cls.__module__ not in ('typing', __name__):
            raise TypeError('Cannot subclass special typing classes')
        super().__init_subclass__(**kwargs)

    def _set_module(self):
        module = caller_module(3)
        if module != 'typing':
            self.__module__ = module

    def __or__(self, other):
        return union_of((self, other))

    def __ror__(self, other):
        return union_of((other, self))

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _variance_prefix(param):
    if param.__covariant__:
        return '+'
    return '-' if param.__contravariant__ else '~'


class TypeVar(_TypeParam):
    """Type variable: T = TypeVar('T'), with optional constraints, bound and variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(
            check_arg(c, 'TypeVar(name, constraint, ...): constraints must be types.')
            for c in constraints)
        self.__bound__ = None if bound is None else check_arg(bound, 'Bound must be a type.')
        self._set_module()

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __typing_subst__(self, arg):
        return check_arg(arg, 'Parameters to generic types must be types.')


class ParamSpecArgs:
    """P.args: the positional arguments of a ParamSpec."""
    __module__ = 'typing'
    _suffix = 'args'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._suffix}'

    def __eq__(self, other):           # equal, but not hashable, as CPython's
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs(ParamSpecArgs):
    """P.kwargs: the keyword arguments of a ParamSpec."""
    _suffix = 'kwargs'


class ParamSpec(_TypeParam):
    """Parameter specification variable: P = ParamSpec('P'), for Callable[P, T]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else check_arg(bound, 'Bound must be a type.')
        self._set_module()

    def __typing_subst__(self, arg):
        return paramspec_value(arg)

    def __typing_prepare_subst__(self, alias, args):
        """args regrouped for alias's parameters: Z[int, str] means Z[[int, str]] when this is
        Z's only parameter; a list of types becomes a tuple."""
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f'Too few arguments for {alias!r}')
        if len(params) == 1 and not (len(args) == 1 and (isinstance(args[0], list)
                                                         or is_paramspec_value(args[0]))):
            return (args,)
        if isinstance(args[i], list):
            return args[:i] + (tuple(args[i]),) + args[i + 1:]
        return args

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance_prefix(self) + self.__name__


class TypeVarTuple(_TypeParam):
    """Variadic type variable: Ts = TypeVarTuple('Ts'), used unpacked as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        self._set_module()

    def __iter__(self):
        yield unpacked(self)

    def __typing_subst__(self, arg):
        # its values arrive grouped by __typing_prepare_subst__
        if not isinstance(arg, tuple):
            raise TypeError('Substitution of bare TypeVarTuple is not supported')
        return arg

    def __typing_prepare_subst__(self, alias, args):
        """args regrouped for alias's parameters: this one's share becomes one tuple."""
        params = alias.__parameters__
        i = params.index(self)
        after = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f'Too few arguments for {alias!r}; actual {len(args)}, '
                            f'expected at least {len(params) - 1}')
        return args[:i] + (tuple(args[i:len(args) - after]),) + args[len(args) - after:]

    def __repr__(self):
        return self.__name__


def unpacked(arg):
    """Unpack[arg]; bound to the real constructor by _typing_alias."""
    raise NotImplementedError


def paramspec_value(arg):
    """What a ParamSpec may be bound to, normalised; bound by _typing_alias."""
    raise NotImplementedError


def is_paramspec_value(arg):
    """..., a ParamSpec or Concatenate[...]; bound by _typing_alias."""
    raise NotImplementedError


def is_param(obj):
    return isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple))


for _cls in (SpecialForm, ForwardRef, TypeVar, ParamSpec, ParamSpecArgs, ParamSpecKwargs,
             TypeVarTuple):
    _cls.__module__ = 'typing'

"""The special forms of typing (Any, ClassVar, Final, Union, Optional, Literal, Annotated,
Concatenate, Unpack, ...): what subscribing each one means."""

import functools

from _typing_base import SpecialForm, ParamSpec, check_arg, cached
from _typing_alias import (LATE, GenericForm, LiteralForm, AnnotatedForm, make_union,
                           make_unpack)


class _AnyMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(cls):
        return 'typing.Any' if cls is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type. May be
    subclassed (to mark a class as standing in for anything)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)


Any.__module__ = _AnyMeta.__module__ = 'typing'


def _bare(name, doc):
    return SpecialForm(name, needs_args=False, doc=doc)


NoReturn = _bare('NoReturn', 'Special type indicating functions that never return.')
Never = _bare('Never', 'The bottom type, a type that has no members.')
Self = _bare('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _bare('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _bare('TypeAlias', 'Special form for marking type aliases.')


def _single(message):
    """Subscription of a form that takes exactly one type: ClassVar[int], Final[int] ..."""
    def subscript(form, params):
        if isinstance(params, tuple):
            raise TypeError(message.format(form=form) + f' Got {params!r:.100}.')
        return GenericForm(form, (check_arg(params, message.format(form=form)),))
    return subscript


ClassVar = SpecialForm('ClassVar', _single('{form!r} accepts only single type.'), qualifier=True,
                       doc='Special type construct to mark class variables.')
Final = SpecialForm('Final', _single('{form!r} accepts only single type.'), qualifier=True,
                    doc='Special typing construct to indicate final names to type checkers.')
TypeGuard = SpecialForm('TypeGuard', _single('{form!r} accepts only single type.'),
                        doc='Special typing form used to annotate the return type of a '
                            'user-defined type guard function.')
Required = SpecialForm('Required', _single('{form._name} accepts only a single type.'),
                       doc='A special typing construct to mark a key of a total=False '
                           'TypedDict as required.')
NotRequired = SpecialForm('NotRequired', _single('{form._name} accepts only a single type.'),
                          doc='A special typing construct to mark a key of a TypedDict as '
                              'potentially missing.')


def _union(form, params):
    return make_union(params)


def _optional(form, params):
    arg = check_arg(params, 'typing.Optional requires a single type.')
    return make_union((arg, None))


def _flatten_literal(params):
    for p in params:
        if isinstance(p, LiteralForm):
            yield from p.__args__
        else:
            yield p


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    values = tuple(_flatten_literal(params))
    try:
        # deduplicated (and memoised) by value and type: Literal[1, True] keeps both
        return _literal_of(tuple((v, type(v)) for v in values))
    except TypeError:
        return LiteralForm(values)      # unhashable values are kept as given


@functools.lru_cache(maxsize=128)
def _literal_of(pairs):
    return LiteralForm(tuple(v for v, _ in dict.fromkeys(pairs)))


def _concatenate(form, params):
    if params == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(params, tuple):
        params = (params,)
    if not (params[-1] is ... or isinstance(params[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable '
                        'or ellipsis.')
    args = tuple(check_arg(p, 'Concatenate[arg, ...]: each arg must be a type.')
                 for p in params[:-1]) + (params[-1],)
    return GenericForm(form, args)


def _unpack(form, params):
    if isinstance(params, tuple):
        raise TypeError(f'{form!r} accepts only single type. Got {params!r:.100}.')
    return make_unpack(params)


Union = SpecialForm('Union', _union, doc='Union type; Union[X, Y] means either X or Y.')
Optional = SpecialForm('Optional', _optional, doc='Optional[X] is equivalent to Union[X, None].')
Literal = SpecialForm('Literal', _literal, memo=False,
                      doc='Special typing form to define literal types (a.k.a. value types).')
Concatenate = SpecialForm('Concatenate', _concatenate,
                          doc='Used with Callable and ParamSpec to add, remove, or transform '
                              'parameters of a callable.')
Unpack = SpecialForm('Unpack', _unpack, doc='Type unpack operator.')


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x] is T for type checkers, with
    x kept in __metadata__ for tools that look at it."""

    __slots__ = ()
    __module__ = 'typing'

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @cached
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = check_arg(params[0], 'Annotated[t, ...]: t must be a type.', is_argument=False)
        return AnnotatedForm(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


LATE.update(Union=Union, Literal=Literal, Unpack=Unpack, Concatenate=Concatenate,
            Annotated=Annotated)

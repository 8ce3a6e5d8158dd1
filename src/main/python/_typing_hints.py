"""Reading annotations at runtime: get_type_hints (forward references evaluated, Annotated
and Required stripped unless include_extras), get_origin, get_args."""

import collections.abc
import functools
import operator
import sys
import types

from _typing_base import ForwardRef, NoneType, GenericAlias, UnionType, ParamSpecArgs
from _typing_alias import GenericForm, CallableForm, AnnotatedForm, BareAlias, is_param_expr
from _typing_forms import Annotated, Required, NotRequired
from _typing_generic import Generic

# Objects that may lack __annotations__ and then simply have no hints.
_ANNOTATION_FREE = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                    types.ModuleType, types.WrapperDescriptorType, types.MethodWrapperType,
                    types.MethodDescriptorType)


def evaluate(tp, globalns, localns, seen=frozenset()):
    """tp with every forward reference in it evaluated."""
    if isinstance(tp, ForwardRef):
        return tp._evaluate(globalns, localns, seen, evaluate)
    if isinstance(tp, (GenericForm, GenericAlias, UnionType)):
        if isinstance(tp, GenericAlias):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in tp.__args__)
        else:
            args = tp.__args__
        new = tuple(evaluate(a, globalns, localns, seen) for a in args)
        if new == args:
            return tp
        return _rebuild(tp, new)
    return tp


def _rebuild(tp, args):
    if isinstance(tp, GenericAlias):
        return GenericAlias(tp.__origin__, args)
    if isinstance(tp, UnionType):
        return functools.reduce(operator.or_, args)
    return tp._with_args(args)


def strip_extras(tp):
    """tp without Annotated, Required and NotRequired wrappers (at any depth)."""
    if isinstance(tp, AnnotatedForm):
        return strip_extras(tp.__origin__)
    if isinstance(tp, GenericForm) and tp.__origin__ in (Required, NotRequired):
        return strip_extras(tp.__args__[0])
    if isinstance(tp, (GenericForm, GenericAlias, UnionType)):
        new = tuple(strip_extras(a) for a in tp.__args__)
        return tp if new == tp.__args__ else _rebuild(tp, new)
    return tp


def _class_hints(cls, globalns, localns):
    hints = {}
    for base in reversed(cls.__mro__):
        annotations = base.__dict__.get('__annotations__', {})
        if isinstance(annotations, types.GetSetDescriptorType):
            annotations = {}
        if globalns is None:
            base_globals = getattr(sys.modules.get(base.__module__), '__dict__', {})
        else:
            base_globals = globalns
        base_locals = dict(vars(base)) if localns is None else localns
        if localns is None and globalns is None:
            # names of the class body win over the module's, as when it was defined
            base_globals, base_locals = base_locals, base_globals
        for name, value in annotations.items():
            if value is None:
                value = NoneType
            if isinstance(value, str):
                value = ForwardRef(value, is_argument=False, is_class=True)
            hints[name] = evaluate(value, base_globals, base_locals)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), module, function or method, with string
    annotations evaluated and None as NoneType."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if isinstance(obj, types.ModuleType):
            default_globals = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            default_globals = getattr(inner, '__globals__', {})
        if globalns is None:
            globalns = default_globals
        if localns is None:
            localns = globalns
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if isinstance(obj, _ANNOTATION_FREE):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        is_argument = not isinstance(obj, types.ModuleType)
        hints = {}
        for name, value in annotations.items():
            if value is None:
                value = NoneType
            if isinstance(value, str):
                value = ForwardRef(value, is_argument=is_argument, is_class=False)
            hints[name] = evaluate(value, globalns, localns)
    if include_extras:
        return hints
    return {name: strip_extras(tp) for name, tp in hints.items()}


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list, of Union[...] Union, of
    Annotated[...] Annotated; None for anything else."""
    if isinstance(tp, AnnotatedForm):
        return Annotated
    if isinstance(tp, (GenericForm, GenericAlias, ParamSpecArgs, BareAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, Callable's parameters as a list:
    get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, AnnotatedForm):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (GenericForm, GenericAlias)):
        args = tp.__args__
        callable_ = isinstance(tp, CallableForm) or (
            isinstance(tp, GenericAlias) and tp.__origin__ is collections.abc.Callable)
        if callable_ and args and not (len(args) == 2 and is_param_expr(args[0])):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, UnionType):
        return tp.__args__
    return ()

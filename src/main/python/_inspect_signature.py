"""inspect's Signature, Parameter and BoundArguments, and how a signature is found for a
callable: from a function's code object, a builtin's __text_signature__, a partial's wrapped
function, or a class's __call__/__new__/__init__."""

import enum
import functools
import keyword
import sys
import types
from collections import OrderedDict

CO_VARARGS = 4
CO_VARKEYWORDS = 8


class _void:
    """Marks an argument of replace() that was not given."""


class _empty:
    """Marks the absence of a default or an annotation."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0, 'positional-only'
    POSITIONAL_OR_KEYWORD = 1, 'positional or keyword'
    VAR_POSITIONAL = 2, 'variadic positional'
    KEYWORD_ONLY = 3, 'keyword-only'
    VAR_KEYWORD = 4, 'variadic keyword'

    def __new__(cls, value, description):
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self._name_


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            # a comprehension's or generator expression's implicit argument
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{sep}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: the arguments by parameter name."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                value = self.arguments[name]
            except KeyError:
                break  # a keyword argument from here on
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                value = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    out.update(value)
                else:
                    out[name] = value
        return out

    def apply_defaults(self):
        """Fills in the defaults of the parameters not bound ((), {} for the variadic ones)."""
        given = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in given:
                filled.append((name, given[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({args})>'


class Signature:
    """The parameters of a callable and its return annotation (immutable)."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                _check_order(parameters, params)
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return signature_of(obj, cls, follow_wrapped, True, globals, locals, eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, kwo, self.return_annotation

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, frozenset(kwo.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        params = iter(self.parameters.values())
        pending = ()  # a parameter taken from params but left to the keyword pass
        values = iter(args)
        while True:
            try:
                value = next(values)
            except StopIteration:
                # Out of positional arguments: see whether the rest can come by keyword.
                try:
                    param = next(params)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f'{param.name!r} parameter is positional only, '
                                        f'but was passed as a keyword') from None
                    pending = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    pending = (param,)
                    break
                if partial:
                    pending = (param,)
                    break
                raise TypeError(f'missing a required argument: {param.name!r}') from None
            try:
                param = next(params)
            except StopIteration:
                raise TypeError('too many positional arguments') from None
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = (value,) + tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            bound[param.name] = value

        varkw = None
        for param in pending + tuple(params):
            if param.kind == _VAR_KEYWORD:
                varkw = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            try:
                value = kwargs.pop(param.name)
            except KeyError:
                if not partial and param.default is _empty:
                    raise TypeError(f'missing a required argument: {param.name!r}') from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    f'but was passed as a keyword')
                bound[param.name] = value
        if kwargs:
            if varkw is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            bound[varkw.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments, or TypeError as the call would."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '(%s)' % ', '.join(parts)
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


def _check_order(parameters, into):
    kind_seen = _POSITIONAL_ONLY
    defaults_started = False
    for param in parameters:
        kind, name = param.kind, param.name
        if kind < kind_seen:
            raise ValueError(f'wrong parameter order: {kind_seen.description} parameter '
                             f'before {kind.description} parameter')
        if kind > kind_seen:
            kind_seen = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if defaults_started:
                    raise ValueError('non-default argument follows default argument')
            else:
                defaults_started = True
        if name in into:
            raise ValueError(f'duplicate parameter name: {name!r}')
        into[name] = param


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable (ValueError when none can be found, TypeError when obj
    is not callable)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


# ---- finding a signature

_NOT_PYTHON_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                         types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _is_builtin(obj):
    import inspect
    return (inspect.isbuiltin(obj) or inspect.ismethoddescriptor(obj)
            or isinstance(obj, _NOT_PYTHON_CALLABLES) or obj in (type, object))


def _is_functionlike(obj):
    # an object that quacks like a Python function (Cython's, for one)
    if not callable(obj) or isinstance(obj, type):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _drop_first(sig):
    # The signature of a bound method: its first parameter is taken.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _user_method(cls, name):
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NOT_PYTHON_CALLABLES):
        return None
    return meth


def signature_of(obj, sigcls, follow_wrapped, skip_bound_arg, globals, locals, eval_str):
    import inspect

    def again(o):
        return signature_of(o, sigcls, follow_wrapped, skip_bound_arg, globals, locals,
                            eval_str)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = inspect.unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig
    try:
        pm = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(pm, functools.partialmethod):
            wrapped = again(pm.func)
            sig = _partial_signature(wrapped, pm, (None,))
            first = tuple(wrapped.parameters.values())[0]
            if first.kind is _VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if inspect.isfunction(obj) or _is_functionlike(obj):
        return _from_function(sigcls, obj, skip_bound_arg, globals, locals, eval_str)
    if _is_builtin(obj):
        return _from_builtin(sigcls, obj, skip_bound_arg)
    if isinstance(obj, functools.partial):
        return _partial_signature(again(obj.func), obj)

    sig = None
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            sig = again(call)
        else:
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            if '__new__' in obj.__dict__:
                factory = new
            elif '__init__' in obj.__dict__:
                factory = init
            else:
                factory = new if new is not None else init
            if factory is not None:
                sig = again(factory)
        if sig is None:
            for base in obj.__mro__[:-1]:
                text = getattr(base, '__text_signature__', None)
                if text:
                    return _from_text(sigcls, base, text, skip_bound_arg)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls.from_callable(object)
                raise ValueError(f'no signature found for builtin type {obj!r}')
    elif not isinstance(obj, _NOT_PYTHON_CALLABLES):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = again(call)
            except ValueError as exc:
                raise ValueError(f'no signature found for {obj!r}') from exc
    if sig is not None:
        return _drop_first(sig) if skip_bound_arg else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError(f'no signature found for builtin function {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _from_function(cls, func, skip_bound_arg, globals, locals, eval_str):
    import inspect
    is_duck = not inspect.isfunction(func)
    if is_duck:
        text = getattr(func, '__text_signature__', None)
        if text:
            return _from_text(cls, func, text, skip_bound_arg)
    P = cls._parameter_cls
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = inspect.get_annotations(func, globals=globals, locals=locals,
                                          eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)
    params = []
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(P(name, kind, annotation=annotations.get(name, _empty),
                        default=default))
    at = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(P(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[npos:npos + nkwonly]:
        default = kwdefaults.get(name, _empty) if kwdefaults is not None else _empty
        params.append(P(name, _KEYWORD_ONLY, annotation=annotations.get(name, _empty),
                        default=default))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at + 1 if code.co_flags & CO_VARARGS else at]
        params.append(P(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck)


def _from_builtin(cls, func, skip_bound_arg=True):
    if not _is_builtin(func):
        raise TypeError(f'{func!r} is not a Python builtin function')
    text = getattr(func, '__text_signature__', None)
    if not text:
        raise ValueError(f'no signature found for builtin {func!r}')
    return _from_text(cls, func, text, skip_bound_arg)


def _from_text(cls, obj, text, skip_bound_arg=True):
    # A builtin's __text_signature__ ("($self, a, b=1, /, *, c=None)") read as a def's
    # parameter list; a leading "$" names the bound self/module/type parameter.
    import ast
    import inspect
    self_param = False
    if text.startswith('($'):
        self_param = True
        text = '(' + text[2:]
    try:
        tree = ast.parse('def f%s: pass' % text)
    except SyntaxError:
        raise ValueError(f'{obj!r} builtin has invalid signature') from None
    args = tree.body[0].args
    module = sys.modules.get(getattr(obj, '__module__', None) or '')
    scopes = [vars(module) if module is not None else {}, sys.modules]

    def value_of(node):
        try:
            return ast.literal_eval(node)
        except ValueError:
            pass
        if isinstance(node, ast.Name):
            for scope in scopes:
                if node.id in scope:
                    return scope[node.id]
        if isinstance(node, ast.Attribute):
            base = value_of(node.value)
            return getattr(base, node.attr)
        raise ValueError(f'{obj!r} builtin has invalid signature')

    P = cls._parameter_cls
    params = []
    positional = args.posonlyargs + args.args
    first_default = len(positional) - len(args.defaults)
    for i, a in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < len(args.posonlyargs) else _POSITIONAL_OR_KEYWORD
        default = value_of(args.defaults[i - first_default]) if i >= first_default else _empty
        params.append(P(a.arg, kind, default=default))
    if args.vararg:
        params.append(P(args.vararg.arg, _VAR_POSITIONAL))
    for a, d in zip(args.kwonlyargs, args.kw_defaults):
        params.append(P(a.arg, _KEYWORD_ONLY, default=_empty if d is None else value_of(d)))
    if args.kwarg:
        params.append(P(args.kwarg.arg, _VAR_KEYWORD))
    if self_param and params:
        bound_to = getattr(obj, '__self__', None)
        if bound_to is not None and (inspect.ismodule(bound_to) or skip_bound_arg):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params, return_annotation=cls.empty)


def _partial_signature(wrapped, partial, extra_args=()):
    # What is left of wrapped's parameters once partial's arguments are bound: positional
    # ones disappear; a keyword-bound one gets that value as its default and it and every
    # later positional-or-keyword parameter become keyword-only.
    old = wrapped.parameters
    new = OrderedDict(old.items())
    pargs = extra_args + (partial.args or ())
    pkw = partial.keywords or {}
    try:
        ba = wrapped.bind_partial(*pargs, **pkw)
    except TypeError as exc:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from exc
    to_kwonly = False
    for name, param in old.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del new[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in pkw:
                    to_kwonly = True
                    new[name] = param.replace(default=value)
                else:
                    del new[name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                new[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new[name] = new[name].replace(kind=_KEYWORD_ONLY)
                new.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                del new[name]
    return wrapped.replace(parameters=new.values())


for _cls in (_void, _empty, _ParameterKind, Parameter, BoundArguments, Signature):
    _cls.__module__ = 'inspect'
del _cls

"""Context variables (PEP 567), Taipan's own implementation.

Each thread has its current context (a thread-local); a new thread starts in an empty one. A
Context's mapping is a dict owned by that context; copy_context() copies it, so a copy never
sees later changes.
The classes claim the module `_contextvars`, as CPython's C classes do.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MODULE = '_contextvars'


def _final(cls):
    def __init_subclass__(sub, **kwargs):
        raise TypeError("type '%s.%s' is not an acceptable base type" % (_MODULE, cls.__name__))
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_Missing.__name__ = _Missing.__qualname__ = 'Token.MISSING'
_MISSING = _Missing()
_NO_DEFAULT = object()


@_final
class Context:
    __module__ = _MODULE
    __slots__ = ('_vars', '_entered', '__weakref__')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._vars = {}
        self._entered = False

    def run(self, *args, **kwargs):
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        callable, *args = args
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        state = _state
        previous, state.ctx = state.ctx, self
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            state.ctx = previous

    def copy(self):
        c = Context()
        c._vars = dict(self._vars)
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._vars[var]

    def get(self, var, default=None, /):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return self._vars.copy().keys()

    def values(self):
        return self._vars.copy().values()

    def items(self):
        return self._vars.copy().items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __hash__(self):
        raise TypeError("unhashable type: '%s.Context'" % _MODULE)


class _ThreadState(_thread._local):
    """The current context, one per thread: a new thread starts in an empty one, as in CPython."""

    def __init__(self):
        self.ctx = Context()


_state = _ThreadState()


def copy_context():
    return _state.ctx.copy()


@_final
class ContextVar:
    __module__ = _MODULE
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        try:
            return _state.ctx._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        ctx = _state.ctx
        old = ctx._vars.get(self, _MISSING)
        ctx._vars[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token, /):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _state.ctx
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        token._used = True
        if token._old is _MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    def __hash__(self):
        return object.__hash__(self)


@_final
class Token:
    __module__ = _MODULE
    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        t = object.__new__(cls)
        t._ctx, t._var, t._old, t._used = ctx, var, old, False
        return t

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))

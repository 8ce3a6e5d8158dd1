"""The node classes ast kept from before 3.8 (Num, Str, Bytes, NameConstant, Ellipsis,
Index, ExtSlice, ...), deprecated: they make and recognise the nodes that replaced them."""

from _ast import AST, Constant, Tuple, Load, mod, expr_context

# What each old literal class stands for: Constants whose value has one of these types.
_VALUE_TYPES = {}
_NOT_TYPES = {}


def _value_property(doc):
    def get(self):
        return self.value

    def set(self, value):
        self.value = value
    return property(get, set, doc=doc)


# Constant.n and Constant.s: the old field names, still readable and writable.
Constant.n = _value_property('Deprecated. Use value instead.')
Constant.s = _value_property('Deprecated. Use value instead.')


class _ABC(type):
    """Metaclass of the old literal classes: isinstance looks at the Constant's value."""
    __module__ = 'ast'

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _VALUE_TYPES:
            value = inst.value
            return isinstance(value, _VALUE_TYPES[cls]) and not isinstance(value, _NOT_TYPES.get(cls, ()))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _VALUE_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    __module__ = 'ast'
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    __module__ = 'ast'
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    __module__ = 'ast'
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __module__ = 'ast'
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    __module__ = 'ast'
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_VALUE_TYPES.update({Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
                     NameConstant: (type(None), bool), Ellipsis: (type(...),)})
_NOT_TYPES[Num] = (bool,)


class slice(AST):
    """Deprecated AST node class."""
    __module__ = 'ast'


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    __module__ = 'ast'

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    __module__ = 'ast'

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'

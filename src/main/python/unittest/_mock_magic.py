"""The magic methods MagicMock supports and what each returns until configured."""

from ._mock_call import DEFAULT

_magic_names = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index "
    "round trunc floor ceil bool next fspath aiter"
)
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_inplace = ' '.join('i%s' % n for n in _numerics.split())
_right = ' '.join('r%s' % n for n in _numerics.split())

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__',
}

_magics = {'__%s__' % name
           for name in ' '.join([_magic_names, _numerics, _inplace, _right]).split()}
_async_magics = {'__aenter__', '__aexit__', '__anext__'}
_all_magics = _magics | _non_defaults | _async_magics
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


def _get_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return __iter__


_side_effect_methods = {'__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)

"""The named tuples of the dis module: Positions, Instruction (which formats its own listing
line), exception-table entries."""

__all__ = ["Positions", "_Instruction", "Instruction", "_ExceptionTableEntry"]


class _Field:
    """Reads one item of the tuple by name."""

    def __init__(self, index, name):
        self._index = index
        self.__doc__ = "Alias for field number %d" % index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")


def _record(typename, field_names, defaults=()):
    """A tuple class whose items are also attributes (what collections.namedtuple makes)."""
    fields = tuple(field_names.split())
    nfields = len(fields)
    field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    # A real function, so that calls bind (and fail) as for any function of these parameters
    params = ", ".join(fields)
    scope = {"_tuple_new": tuple.__new__}
    exec("def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s,))\n" % (params, params), scope)
    __new__ = scope["__new__"]
    __new__.__defaults__ = tuple(defaults) or None
    __new__.__qualname__ = typename + ".__new__"

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__,
                           ", ".join("%s=%r" % (name, value) for name, value in zip(fields, self)))

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(values)))
        return tuple.__new__(cls, values)

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return self._make(values)

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "__module__": "dis",
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__new__": __new__,
        "__repr__": __repr__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
    }
    for index, name in enumerate(fields):
        namespace[name] = _Field(index, name)
    return type(typename, (tuple,), namespace)


Positions = _record("Positions", "lineno end_lineno col_offset end_col_offset",
                    defaults=(None, None, None, None))
_Instruction = _record("_Instruction", "opname opcode arg argval argrepr offset starts_line "
                                       "is_jump_target positions", defaults=(None,))
_ExceptionTableEntry = _record("_ExceptionTableEntry", "start end target depth lasti")

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation.

       opname - human readable name for operation
       opcode - numeric code for operation
       arg - numeric argument to operation (if any), otherwise None
       argval - resolved arg value (if known), otherwise same as arg
       argrepr - human readable description of operation argument
       offset - start index of operation within bytecode sequence
       starts_line - line started by this opcode (if any), otherwise None
       is_jump_target - True if other code jumps to here, otherwise False
       positions - Optional dis.Positions object holding the span of source code
                   covered by this instruction
    """
    __slots__ = ()
    __module__ = "dis"

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of a listing: line number column, current-instruction and jump-target
        marks, offset, name, argument and its meaning."""
        parts = []
        if lineno_width:
            if self.starts_line is None:
                parts.append(' ' * lineno_width)
            else:
                parts.append(str(self.starts_line).rjust(lineno_width))
        parts.append('-->' if mark_as_current else '   ')
        parts.append('>>' if self.is_jump_target else '  ')
        parts.append(repr(self.offset).rjust(offset_width))
        parts.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            parts.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                parts.append('(' + self.argrepr + ')')
        return ' '.join(parts).rstrip()

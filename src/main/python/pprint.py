"""Pretty printing of Python data: reprs broken over lines to fit a width.

An object whose one-line repr fits what is left of the line is written as that repr; one that
does not, and whose type has a layout here (found by the type's ``__repr__``, so subclasses
that keep the repr share it), is written item by item on several lines.
"""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Prints the formatted object to stream (sys.stdout by default), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The formatted object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dictionaries in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that shows recursive structures with markers instead of recursing."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders any two objects: naturally when they compare, else by type name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on {} with id={}>".format(type(object).__name__, id(object))


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Formats objects within a width, indenting nested levels by ``indent`` columns."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- the layout

    def _format(self, object, stream, indent, allowance, context, level):
        """Writes object at column indent, leaving allowance columns for what follows it."""
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and self._is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    @staticmethod
    def _is_plain_dataclass(object):
        # an instance whose __repr__ is the one dataclasses generated
        if not _dataclasses.is_dataclass(object) or isinstance(object, type):
            return False
        return (object.__dataclass_params__.repr
                and getattr(type(object).__repr__, '__module__', None) == '_dataclass_build')

    _dispatch = {}

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                     else object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    _dispatch[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(cls.__name__ + '({')
            end = '})'
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:  # at the top the pieces go in parentheses
            indent += 1
            allowance += 1
        pieces = _split_str(object, self._width - indent, allowance)
        if len(pieces) == 1:
            stream.write(repr(object))
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _split_bytes(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if parens:
            stream.write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_types.MappingProxyType.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        cls = type(object)
        name = 'namespace' if cls is _types.SimpleNamespace else cls.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    _dispatch[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write("...")  # as the dataclass repr shows recursion
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Items one per line; with compact, as many as fit on each line."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        separator = ''
        width = max_width = self._width - indent + 1
        items = iter(items)
        try:
            following = next(items)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(items)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if separator:
                        separator = newline
                if width >= needed:
                    width -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(rep)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    # ---- the one-line repr

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        cls_repr = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and cls_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(cls, dict) and cls_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            items = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                     else object.items())
            return self._safe_container(object, context, maxlevels, level, "{%s}",
                                        [pair for kv in items for pair in kv], True)
        if issubclass(cls, list) and cls_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container(object, context, maxlevels, level, "[%s]", object)
        if issubclass(cls, tuple) and cls_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, context, maxlevels, level, shape, object)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _safe_container(self, object, context, maxlevels, level, shape, items, pairs=False):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        reps = []
        for item in items:
            rep, item_readable, item_recursive = self.format(item, context, maxlevels, level + 1)
            reps.append(rep)
            readable = readable and item_readable
            recursive = recursive or item_recursive
        del context[key]
        if pairs:
            reps = ["%s: %s" % (reps[i], reps[i + 1]) for i in range(0, len(reps), 2)]
        return shape % ", ".join(reps), readable, recursive


from _pprint_more import _add_layouts, _split_bytes, _split_str  # noqa: E402

_add_layouts(PrettyPrinter)

"""pprint's helpers: splitting long str and bytes reprs, and the layouts of collections' types."""

import collections as _collections


def _words(line):
    """The line as pieces of non-blanks each followed by its blanks."""
    pieces = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        pieces.append(line[i:j])
        i = j
    return pieces


def _split_str(text, width, allowance):
    """reprs of consecutive pieces of text, each fitting width (the last also allowance):
    split at line ends, then between words."""
    reps = []
    lines = text.splitlines(True)
    for i, line in enumerate(lines):
        last_line = i == len(lines) - 1
        rep = repr(line)
        if len(rep) <= (width - allowance if last_line else width):
            reps.append(rep)
            continue
        words = _words(line)
        current = ''
        for j, word in enumerate(words):
            limit = width - allowance if last_line and j == len(words) - 1 else width
            candidate = current + word
            if len(repr(candidate)) > limit:
                if current:
                    reps.append(repr(current))
                current = word
            else:
                current = candidate
        if current:
            reps.append(repr(current))
    return reps


def _split_bytes(data, width, allowance):
    """reprs of consecutive runs of 4-byte groups of data, each fitting width."""
    reps = []
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                reps.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        reps.append(repr(current))
    return reps


def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    factory = self._repr(object.default_factory, context, level)
    name = object.__class__.__name__
    indent += len(name) + 1
    stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
    self._pprint_dict(object, stream, indent, allowance + 1, context, level)
    stream.write(')')


def _pprint_counter(self, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    name = object.__class__.__name__
    stream.write(name + '({')
    if self._indent_per_level > 1:
        stream.write((self._indent_per_level - 1) * ' ')
    self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                            allowance + 2, context, level)
    stream.write('})')


def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
    if not len(object.maps):
        stream.write(repr(object))
        return
    name = object.__class__.__name__
    stream.write(name + '(')
    indent += len(name) + 1
    for i, m in enumerate(object.maps):
        if i == len(object.maps) - 1:
            self._format(m, stream, indent, allowance + 1, context, level)
            stream.write(')')
        else:
            self._format(m, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)


def _pprint_deque(self, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    name = object.__class__.__name__
    stream.write(name + '(')
    indent += len(name) + 1
    stream.write('[')
    if object.maxlen is None:
        self._format_items(object, stream, indent, allowance + 2, context, level)
        stream.write('])')
    else:
        self._format_items(object, stream, indent, 2, context, level)
        maxlen = self._repr(object.maxlen, context, level)
        stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))


def _pprint_user_data(self, object, stream, indent, allowance, context, level):
    # UserDict, UserList, UserString: laid out as the data they wrap
    self._format(object.data, stream, indent, allowance, context, level - 1)


def _add_layouts(printer):
    layouts = printer._dispatch
    layouts[_collections.defaultdict.__repr__] = _pprint_default_dict
    layouts[_collections.Counter.__repr__] = _pprint_counter
    layouts[_collections.ChainMap.__repr__] = _pprint_chain_map
    layouts[_collections.deque.__repr__] = _pprint_deque
    layouts[_collections.UserDict.__repr__] = _pprint_user_data
    layouts[_collections.UserList.__repr__] = _pprint_user_data
    layouts[_collections.UserString.__repr__] = _pprint_user_data

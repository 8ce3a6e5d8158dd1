"""String constants, Template strings and the Formatter class (Taipan's own implementation).

Template supports subclasses that change `delimiter`; a custom `idpattern` or `pattern` (a
regular expression in CPython) is not supported, as Taipan has no `re` module yet."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template

_sentinel_dict = {}

_ID_START = frozenset(ascii_letters + '_')
_ID_CHARS = frozenset(ascii_letters + digits + '_')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The template as pieces: (literal, None) or (None, (kind, name, position)) where kind
        is 'named', 'braced', 'escaped' or 'invalid'."""
        s = self.template
        delim = self.delimiter
        n, dl = len(s), len(delim)
        i = start = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                if start < n:
                    yield s[start:], None
                return
            if j > start:
                yield s[start:j], None
            k = j + dl
            if s.startswith(delim, k):
                yield None, ('escaped', None, j)
                i = start = k + dl
                continue
            if k < n and s[k] == '{':
                m = k + 1
                e = m
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                if e > m and s[m] in _ID_START and e < n and s[e] == '}':
                    yield None, ('braced', s[m:e], j)
                    i = start = e + 1
                    continue
            elif k < n and s[k] in _ID_START:
                e = k
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                yield None, ('named', s[k:e], j)
                i = start = e
                continue
            yield None, ('invalid', None, j)
            i = start = k

    def _invalid(self, pos):
        i = pos + len(self.delimiter)  # where the invalid name would start
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for literal, ph in self._scan():
            if ph is None:
                out.append(literal)
                continue
            kind, name, pos = ph
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append('%s' % (mapping[name],))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for literal, ph in self._scan():
            if ph is None:
                out.append(literal)
                continue
            kind, name, pos = ph
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    text = self.delimiter + name if kind == 'named' else self.delimiter + '{' + name + '}'
                    out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(ph is None or ph[0] != 'invalid' for _, ph in self._scan())

    def get_identifiers(self):
        ids = []
        for _, ph in self._scan():
            if ph is None:
                continue
            kind, name, pos = ph
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern', self.idpattern)
        return ids


class _ChainMap:
    """Lookups in the keyword arguments first, then the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---- Formatter

def _parse(s):
    """str.format's markup: (literal, field_name, format_spec, conversion) tuples."""
    n = len(s)
    i = 0
    while i < n:
        literal = []
        field = None
        while i < n:
            c = s[i]
            if c == '{' or c == '}':
                if i + 1 < n and s[i + 1] == c:
                    literal.append(c)
                    i += 2
                    break
                if c == '}':
                    raise ValueError("Single '}' encountered in format string")
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                i += 1
                field, i = _parse_field(s, i)
                break
            literal.append(c)
            i += 1
        if field is None:
            yield ''.join(literal), None, None, None
        else:
            yield (''.join(literal),) + field


def _parse_field(s, i):
    n = len(s)
    j = i
    in_bracket = False
    while j < n:
        c = s[j]
        if c == '[':
            in_bracket = True
        elif c == ']':
            in_bracket = False
        elif not in_bracket:
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in '}:!':
                break
        j += 1
    if j >= n:
        raise ValueError("expected '}' before end of string")
    name = s[i:j]
    conversion = None
    if s[j] == '!':
        j += 1
        if j >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[j]
        j += 1
        if j < n and s[j] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if j < n and s[j] == '}':
        return (name, '', conversion), j + 1
    if j < n:
        j += 1  # the ':'
    start = j
    depth = 1
    while j < n:
        c = s[j]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return (name, s[start:j], conversion), j + 1
        j += 1
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() or (first and first.isascii() and first.isdecimal()):
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        if c == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif c == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first

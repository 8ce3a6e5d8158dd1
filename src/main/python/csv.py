"""CSV (comma-separated values) reading and writing, Taipan's own implementation.

The reader is a state machine fed one character at a time, with an end-of-line event after
each line the source yields, so quoted fields may span lines. Dialect parameters are
gathered from a dialect (registered name, class or object) and keyword overrides, then
validated with CPython's messages. Sniffer is not provided.
"""

import re
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', '__doc__', 'excel',
           'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']
__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    __module__ = '_csv'


_limit = 128 * 1024
_dialects = {}
_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict')
_DEFAULTS = {'delimiter': ',', 'doublequote': True, 'escapechar': None, 'lineterminator': '\r\n', 'quotechar': '"',
             'quoting': QUOTE_MINIMAL, 'skipinitialspace': False, 'strict': False}


def field_size_limit(*args):
    global _limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit = args[0]
    return old


def _char(name, value, optional):
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, ' or None' if optional else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _DialectObject:
    """A validated, read-only set of dialect parameters (what get_dialect returns)."""
    __slots__ = _PARAMS

    def __init__(self, dialect=None, **params):
        for key in params:
            if key not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def value(name):
            if name in params:
                return params[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return _DEFAULTS[name]

        s = object.__setattr__
        s(self, 'delimiter', _char('delimiter', value('delimiter'), False))
        s(self, 'doublequote', bool(value('doublequote')))
        s(self, 'escapechar', _char('escapechar', value('escapechar'), True))
        term = value('lineterminator')
        if term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        s(self, 'lineterminator', term)
        s(self, 'quotechar', _char('quotechar', value('quotechar'), True))
        quoting = value('quoting')
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        s(self, 'quoting', quoting)
        s(self, 'skipinitialspace', bool(value('skipinitialspace')))
        s(self, 'strict', bool(value('strict')))
        if term is None:
            raise TypeError('lineterminator must be set')

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


_DialectObject.__name__ = _DialectObject.__qualname__ = 'Dialect'
_DialectObject.__module__ = '_csv'


class Dialect:
    """Describe a CSV dialect: subclass and set the attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectObject(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **params):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _DialectObject(dialect, **params)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

from _csv_rw import reader, writer  # noqa: E402  (needs Error, _DialectObject, the constants)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames  # an iterator is kept as given, as CPython 3.11 does
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf, lr = len(self.fieldnames), len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

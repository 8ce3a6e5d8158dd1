"""csv.reader and csv.writer objects (see csv.py): the parsing state machine and field quoting."""

import csv as _csv
from csv import Error, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the event after each line's last character


class _Reader:
    def __init__(self, source, dialect):
        self._source = iter(source)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = START_RECORD

    def _save(self):
        text = ''.join(self._field)
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)
        self._field = []

    def _add(self, c):
        if len(self._field) >= _csv._limit:
            raise Error('field larger than field limit (%d)' % _csv._limit)
        self._field.append(c)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._source)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._step(c)
            self._step(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return
            if c in '\n\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is _EOL or c in '\n\r':
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c is not _EOL and c in '\n\r':
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._state = IN_FIELD
            self._in_field(c)
        elif state == IN_FIELD:
            self._in_field(c)
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            elif c is _EOL or c in '\n\r':
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c is _EOL:
                self._state = START_RECORD
            elif c not in '\n\r':
                raise Error('new-line character seen in unquoted field - '
                            'do you need to open the file in universal-newline mode?')

    def _in_field(self, c):
        d = self.dialect
        if c is _EOL or c in '\n\r':
            self._save()
            self._state = START_RECORD if c is _EOL else EAT_CRNL
        elif c == d.escapechar:
            self._state = ESCAPED_CHAR
        elif c == d.delimiter:
            self._save()
            self._state = START_FIELD
        else:
            self._add(c)


class _Writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _quote(self, field, quoted, only_field):
        d = self.dialect
        out = []
        special = (d.delimiter, d.escapechar, d.quotechar)
        for c in field:
            if c in special or c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape:
                    quoted = True
                elif d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                else:
                    out.append(d.escapechar)
            out.append(c)
        if not field and only_field:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quoted = True
        text = ''.join(out)
        return d.quotechar + text + d.quotechar if quoted else text

    def writerow(self, row):
        d = self.dialect
        try:
            fields = list(iter(row))
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._quote(text, quoted, len(fields) == 1))
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(x):
    """PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted."""
    t = type(x)
    return isinstance(x, complex) or any(hasattr(t, name) for name in ('__index__', '__int__', '__float__'))


for _cls, _name in ((_Reader, 'reader'), (_Writer, 'writer')):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    source = iter(csvfile)
    r = _Reader(source, _csv._DialectObject(dialect, **fmtparams))
    r._reset()
    return r


def writer(fileobj, dialect='excel', **fmtparams):
    write = getattr(fileobj, 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _csv._DialectObject(dialect, **fmtparams))

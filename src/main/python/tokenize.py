"""Tokenizing Python source into the token stream of Python 3.11's tokenize module.

The scanner works a line at a time with one regular expression for "the next token" (the
pseudo-token), and keeps the state that spans lines: open brackets, indentation, a backslash
continuation, a string still open. COMMENT and NL tokens (comments and non-logical line ends)
are reported, and ENCODING first when reading bytes.
"""

import collections
import functools
import itertools
import re
import sys
from builtins import open as _builtin_open
from codecs import BOM_UTF8, lookup
from io import TextIOWrapper

import token
from token import *  # noqa: F401,F403
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# ---- the lexical grammar as regular expressions

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
_digits = r'[0-9](?:_?[0-9])*'
Exponent = r'[eE][-+]?' + _digits
Pointfloat = group(_digits + r'\.(?:' + _digits + ')?', r'\.' + _digits) + maybe(Exponent)
Expfloat = _digits + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_digits + r'[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    # every order and case of '', b, r, u, f, br, fr
    prefixes = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in itertools.permutations(base):
            for cases in itertools.product(*[(c, c.upper()) for c in order]):
                prefixes.add(''.join(cases))
    return prefixes


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


StringPrefix = group(*_all_string_prefixes())

# the rest of a string after its opening quote(s)
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'", StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# longest operators first, so that '**=' is not read as '*' '*='
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# a single-quoted string that goes on to the next line (ends with a backslash)
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
    single_quoted |= {_prefix + "'", _prefix + '"'}
    triple_quoted |= {_prefix + "'''", _prefix + '"""'}
del _prefix

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- untokenize

class Untokenizer:
    """Source text from tokens: from full TokenInfo tuples, with the tokens at their positions;
    from (type, string) pairs, with spaces enough to keep the tokens apart."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        rows = row - self.prev_row
        if rows:
            self.tokens.append('\\\n' * rows)
            self.prev_col = 0
        cols = col - self.prev_col
        if cols:
            self.tokens.append(' ' * cols)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, text, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = text
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(text)
                continue
            if tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, first, iterable):
        indents = []
        append = self.tokens.append
        startline = first[0] in (NEWLINE, NL)
        prevstring = False
        for tok in itertools.chain([first], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            # two strings in a row need a space between them
            if kind == STRING:
                if prevstring:
                    text = ' ' + text
                prevstring = True
            else:
                prevstring = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                append(indents[-1])
                startline = False
            append(text)


def untokenize(iterable):
    """Source that tokenizes back to the same tokens (bytes if an ENCODING token came first)."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# ---- encodings

def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """The source's encoding (a UTF-8 BOM or a PEP 263 coding comment in the first two lines;
    'utf-8' by default) and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + encoding
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                msg = 'encoding problem: utf-8' if filename is None else \
                    'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """A source file opened as text in the encoding detect_encoding() finds."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---- tokenizing

def tokenize(readline):
    """The tokens of source read as bytes by readline, starting with its ENCODING."""
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b''), itertools.repeat(b''))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """The tokens of source read as str by readline (no ENCODING token)."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    lnum = parenlev = continued = 0
    numchars = '0123456789'
    contstr, needcont = '', 0
    contline = None
    strstart = endprog = None
    indents = [0]
    pseudo = _compile(PseudoToken)

    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    last_line = b''
    line = b''
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, end_of_line = 0, len(line)

        if contstr:
            # inside a string opened on an earlier line
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end), contline + line)
                contstr, needcont = '', 0
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr = contstr + line
                contline = contline + line
                continue

        elif parenlev == 0 and not continued:
            # a new logical line: measure its indentation
            if not line:
                break
            column = 0
            while pos < end_of_line:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break

            if line[pos] in '#\r\n':
                # a comment or blank line: no indentation change
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # a continued statement
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = 0

        while pos < end_of_line:
            match = pseudo.match(line, pos)
            if not match:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = match.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, initial = line[start:end], line[start]

            if initial in numchars or (initial == '.' and text != '.' and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, text, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                endprog = _compile(endpats[text])
                endmatch = endprog.match(line, pos)
                if endmatch:
                    pos = endmatch.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif initial in single_quoted or text[:2] in single_quoted or text[:3] in single_quoted:
                if text[-1] == '\n':
                    # the string goes on after a backslash at the end of the line
                    strstart = (lnum, start)
                    endprog = _compile(endpats.get(initial) or endpats.get(text[1]) or endpats.get(text[2]))
                    contstr, needcont = line[start:], 1
                    contline = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif initial == '\\':
                continued = 1
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # a last line without its newline still ends a logical line
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def _main(args=None):
    import argparse

    def perror(message):
        sys.stderr.write(message)
        sys.stderr.write('\n')

    def error(message, filename=None, location=None):
        if location:
            args = (filename,) + location + (message,)
            perror('%s:%d:%d: error: %s' % args)
        elif filename:
            perror('%s: error: %s' % (filename, message))
        else:
            perror('error: %s' % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args(args)
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = _tokenize(sys.stdin.readline, None)
        for t in tokens:
            kind = t.exact_type if args.exact else t.type
            where = '%d,%d-%d,%d:' % (t.start + t.end)
            print('%-20s%-15s%-15r' % (where, tok_name[kind], t.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as err:
        perror('unexpected error: %s' % err)
        raise


if __name__ == '__main__':
    _main()

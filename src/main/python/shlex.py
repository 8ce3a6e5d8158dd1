"""A lexer for shell-like languages: split() and quote() command lines, or the shlex class.

The lexer is a state machine over characters: state ' ' between tokens, 'a' inside a word,
'c' inside a run of punctuation, a quote character inside that quotation, an escape
character just after it, None at the end of the input.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_LATIN1_LETTERS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                   'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexical analyzer for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            # characters of file names and options stay inside words
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Pushes a token back, to be returned first by get_token()."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Reads from newstream (a stream or a string) until it ends, then returns to the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        """Closes the current input and returns to the one push_source() interrupted."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """The next token (pushed-back ones first), or self.eof at the end."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def _next_char(self):
        if self.punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Reads one raw token from the input (no pushback, no source inclusion)."""
        quoted = False
        escaped_from = ' '  # the state an escape returns to
        while True:
            c = self._next_char()
            if c == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, c))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif c in self.commenters:
                    self._skip_comment()
                elif self.posix and c in self.escape:
                    escaped_from = 'a'
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = 'a'
                elif c in self.punctuation_chars:
                    self.token = c
                    self.state = 'c'
                elif c in self.quotes:
                    if not self.posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = 'a'
                else:
                    self.token = c  # a character of its own
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not self.posix:
                        self.token += c
                        self.state = ' '
                        break
                    self.state = 'a'
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    escaped_from = state
                    self.state = c
                else:
                    self.token += c
            elif state in self.escape:
                if not c:
                    raise ValueError("No escaped character")
                # inside quotes only the quote and the escape itself can be escaped
                if escaped_from in self.quotes and c != state and c != escaped_from:
                    self.token += state
                self.token += c
                self.state = escaped_from
            elif state in ('a', 'c'):
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                elif c in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = ' '
                        if self.token or (self.posix and quoted):
                            break
                elif state == 'c':
                    if c in self.punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = ' '
                        break
                elif self.posix and c in self.quotes:
                    self.state = c
                elif self.posix and c in self.escape:
                    escaped_from = 'a'
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self.punctuation_chars)):
                    self.token += c
                else:
                    if self.punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.appendleft(c)
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        """(name, open file) for a source-inclusion request, relative to the current file."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the style of C compilers: '"file", line N: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of s, split as a POSIX shell would (quotes and backslashes removed)."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """The words quoted and joined by spaces: the inverse of split()."""
    return ' '.join(quote(arg) for arg in split_command)


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """s quoted for a POSIX shell: unchanged when it is safe, else in single quotes."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    # a single quote closes the quotation, is given in double quotes, and reopens it
    return "'" + s.replace("'", "'\"'\"'") + "'"

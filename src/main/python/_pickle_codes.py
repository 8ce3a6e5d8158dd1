"""The pickle opcodes and the Python 2 name mappings that protocols 0-2 use with
fix_imports (Taipan's own tables, written from the documented format and observed output)."""

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# --- Python 2 names (fix_imports): module renames, then names that moved or were renamed.

_PY2_MODULES = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'SocketServer': 'socketserver',
    'ConfigParser': 'configparser', 'repr': 'reprlib', 'thread': '_thread', 'htmlentitydefs': 'html.entities',
    'HTMLParser': 'html.parser', 'httplib': 'http.client', 'Cookie': 'http.cookies',
    'cookielib': 'http.cookiejar', 'xmlrpclib': 'xmlrpc.client', 'Tkinter': 'tkinter',
    'exceptions': 'builtins', 'cPickle': 'pickle', 'StringIO': 'io', 'cStringIO': 'io',
    'urlparse': 'urllib.parse', 'UserDict': 'collections', 'UserList': 'collections',
    'UserString': 'collections', 'whichdb': 'dbm', 'anydbm': 'dbm',
}

_PY2_NAMES = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
}

# Writing: the reverse, and Python 3's exceptions that Python 2 knew under a base's name.
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()
                if k not in ('exceptions', 'cPickle', 'StringIO', 'cStringIO', 'UserDict', 'UserList',
                             'UserString', 'urlparse', 'whichdb', 'anydbm')}
_PY3_MODULES['_pickle'] = 'pickle'
_PY3_NAMES = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _name in ('ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
              'DeprecationWarning EOFError Exception FloatingPointError FutureWarning GeneratorExit '
              'ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
              'LookupError MemoryError NameError NotImplementedError OSError OverflowError '
              'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration '
              'SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError '
              'UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning '
              'UserWarning ValueError Warning ZeroDivisionError').split():
    _PY3_NAMES[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError EnvironmentError IOError').split():
    _PY3_NAMES[('builtins', _name)] = ('exceptions', 'OSError')
del _name


def py2_name(module, name):
    """The (module, name) a Python 2 reader knows a global by."""
    r = _PY3_NAMES.get((module, name))
    if r is not None:
        return r
    return _PY3_MODULES.get(module, module), name


def py3_name(module, name):
    """The (module, name) a global written by Python 2 has now."""
    r = _PY2_NAMES.get((module, name))
    if r is not None:
        return r
    return _PY2_MODULES.get(module, module), name

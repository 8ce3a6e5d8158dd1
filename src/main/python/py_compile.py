"""Compile Python source files into the bytecode cache (Taipan's .pyc format)."""

import sys
import _imp
import importlib.util

__all__ = ['compile', 'main', 'PyCompileError', 'PycInvalidationMode']


class PyCompileError(Exception):
    """A source file could not be compiled: msg is the report, as the interpreter would print it."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        self.exc_type_name = exc_type.__name__
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or f'Sorry: {self.exc_type_name}: {exc_value}'
        Exception.__init__(self, msg or self.msg, self.exc_type_name, exc_value, file)

    def __str__(self):
        return self.msg


class PycInvalidationMode:
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Compile `file` into `cfile` (by default its __pycache__ entry); return cfile, or None on error."""
    if cfile is None:
        if optimize >= 0:
            cfile = importlib.util.cache_from_source(file, optimization=optimize if optimize >= 1 else '')
        else:
            cfile = importlib.util.cache_from_source(file)
    try:
        failure = _imp.compile_file(file, cfile, dfile, optimize)
    except OSError as exc:
        error = PyCompileError(type(exc), exc, dfile or file)
    else:
        if failure is None:
            return cfile
        exc, text = failure
        error = PyCompileError(type(exc), exc, dfile or file, text)
    if quiet < 2:
        if doraise:
            raise error
        sys.stderr.write(error.msg + '\n')
    return None


def main():
    """python -m py_compile FILE ...: compile each file; '-' reads the names from stdin."""
    names = sys.argv[1:]
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin]
    status = 0
    for name in names:
        try:
            compile(name, doraise=True)
        except PyCompileError as error:
            status = 1
            sys.stderr.write(error.msg)
        except OSError as error:
            status = 1
            sys.stderr.write(f'{error}\n')
    sys.exit(status)


if __name__ == '__main__':
    main()

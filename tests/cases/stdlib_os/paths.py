import os
import os.path
import posixpath
import sys

print(os.path is posixpath, os.sep, os.pathsep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
j = os.path.join
print(j('a', 'b', 'c'), j('a/', 'b'), j('a', '/b', 'c'), j('', 'a'), j('a', ''), j('/'), j(b'a', b'b'))
for bad in [lambda: j('a', b'b'), lambda: j(1), lambda: j('a', None), lambda: os.fspath(1), lambda: os.path.basename(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
for p in ['a/b/c.txt', '/a/b/', 'c.txt', '/', '', '.bashrc', 'a/.b.c', 'a.b/c', '//x', 'a/b..', '...x', b'x/y.z']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.isabs(p))
for p in ['a//b', 'a/./b', 'a/../b', '../a', '/../a', '//a', '///a', 'a/b/../../..', '', '.', '/.', 'a/', b'/a/../b']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('/a', '/a'), os.path.relpath('a/b', 'a'), os.path.relpath('/x', '/a/b'))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError', e)
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), os.path.commonprefix([]))
print(os.path.commonpath(['/usr/lib', '/usr/local']), os.path.commonpath(['a/b', 'a/c/d']), os.path.commonpath(['/a']))
for bad in [[], ['/a', 'b']]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
os.environ['HOME'] = '/home/someone'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('a~'), os.path.expanduser(b'~/y'))
os.environ['FOO'] = 'bar'
print(os.path.expandvars('$FOO/${FOO}/$NOPE/${NOPE}/$'), os.path.expandvars(b'$FOO'))
print(os.getenv('FOO'), os.getenv('NOPE_NOT_SET'), os.getenv('NOPE_NOT_SET', 'dflt'), os.environ.get('FOO'), 'FOO' in os.environ)
del os.environ['FOO']
print(os.getenv('FOO'))
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(os.path.isabs(os.path.abspath('x')), os.path.abspath('/a/./b/../c'), os.path.abspath('/') )
print(os.path.realpath('/a/b/../c'), os.path.realpath('/'))
print(os.path.normcase('AbC'), os.path.splitdrive('/a/b'))
print(os.path.exists(sys.path[0]), os.path.exists('/definitely/not/here'), os.path.isdir(sys.path[0]), os.path.lexists('/nope'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(P('x/y')), os.path.join(P('a'), P('b')), os.path.basename(P('q/r')), isinstance(P('a'), os.PathLike))
print(issubclass(str, os.PathLike), os.fspath(b'b'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
try:
    os.fspath(P(3))
except TypeError as e:
    print('TypeError', e)
print(type(os.getpid()), os.getpid() > 0, len(os.urandom(16)), type(os.urandom(0)), os.cpu_count() >= 1)
print(os.strerror(2), os.error is OSError, callable(os._exit), os.F_OK, os.R_OK, os.SEEK_END)
print(type(os.environ).__name__, 'PATH' in os.environ, os.get_exec_path() == os.environ['PATH'].split(':'))
for f in [lambda: os.remove(1.5), lambda: os.unlink(2.5), lambda: os.rename(1, 'a'), lambda: os.listdir(1.5),
          lambda: os.lstat(1.5), lambda: os.mkdir(None), lambda: os.rmdir([])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

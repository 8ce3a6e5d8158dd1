import os
import sys

os.chdir(sys.path[0])
print(os.path.basename(os.getcwd()), os.getcwd() == os.path.abspath('.'))
base = 'scratch_files'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename == os.path.join(base, 'a'))
with open(os.path.join(base, 'a', 'f1.txt'), 'w') as f:
    f.write('hello\n')
with open(os.path.join(base, 'a', 'b', 'f2.txt'), 'w') as f:
    f.write('x' * 1000)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
print(os.path.getsize(os.path.join(base, 'a', 'b', 'f2.txt')))
st = os.stat(os.path.join(base, 'a', 'f1.txt'))
print(st.st_size, st[6], len(st), type(st).__name__, oct(st.st_mode & 0o170000), isinstance(st.st_mtime, float))
print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - os.path.getmtime(os.path.join(base, 'a', 'f1.txt'))) < 1)
import stat
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), stat.filemode(0o100644), stat.filemode(0o40755))

for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
print([r for r, d, f in os.walk(base, topdown=False)])

with os.scandir(os.path.join(base, 'a')) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-', repr(e), os.fspath(e))
print(os.listdir(base.encode()), [type(x) for x in os.listdir(base.encode())])

src = os.path.join(base, 'a', 'f1.txt')
dst = os.path.join(base, 'moved.txt')
os.rename(src, dst)
print(os.path.exists(src), os.path.exists(dst))
with open(os.path.join(base, 'other.txt'), 'w') as f:
    f.write('other')
os.replace(os.path.join(base, 'other.txt'), dst)
print(open(dst).read())

for bad in [lambda: os.remove(os.path.join(base, 'nope')), lambda: os.rmdir(os.path.join(base, 'a')),
            lambda: os.mkdir(base), lambda: os.listdir(os.path.join(base, 'nope')),
            lambda: os.stat(os.path.join(base, 'nope')), lambda: os.rename(os.path.join(base, 'nope'), 'x2'),
            lambda: os.listdir(dst), lambda: os.rmdir(dst), lambda: os.remove(os.path.join(base, 'a')),
            lambda: os.chdir(os.path.join(base, 'nope')), lambda: os.chdir(dst), lambda: os.stat(1.5),
            lambda: os.stat('a\0b')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

os.chdir(base)
print(sorted(os.listdir()), os.path.basename(os.getcwd()), open('moved.txt').read())
os.chdir('..')
os.remove(dst)
os.unlink(os.path.join(base, 'a', 'b', 'f2.txt'))
os.rmdir(os.path.join(base, 'a', 'b', 'c'))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))

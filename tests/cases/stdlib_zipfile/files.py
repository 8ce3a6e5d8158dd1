# Archives on disk: write(), modes 'a' and 'x', extraction with path sanitising, from_file.
import os
import tempfile
import zipfile
from zipfile import ZipFile, ZipInfo

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'src')
os.makedirs(os.path.join(src, 'sub'))
with open(os.path.join(src, 'a.txt'), 'w') as f:
    f.write('alpha\n' * 100)
with open(os.path.join(src, 'sub', 'b.bin'), 'wb') as f:
    f.write(bytes(range(200)))
os.chmod(os.path.join(src, 'a.txt'), 0o644)
os.chmod(os.path.join(src, 'sub', 'b.bin'), 0o644)
os.chmod(os.path.join(src, 'sub'), 0o755)

archive = os.path.join(tmp, 'out.zip')
with ZipFile(archive, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.write(os.path.join(src, 'a.txt'), 'a.txt')
    zf.write(os.path.join(src, 'sub', 'b.bin'), arcname='sub/b.bin', compress_type=zipfile.ZIP_STORED)
    zf.write(os.path.join(src, 'sub'), 'sub')
    zf.mkdir('made')
    zf.mkdir('made2/', mode=0o755)
    print(repr(zf).replace(tmp, 'TMP'))
    for info in zf.infolist():
        print(info)
print(repr(zf))
print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, 'a.txt')))
print(zipfile.is_zipfile(os.path.join(tmp, 'missing.zip')))

info = ZipInfo.from_file(os.path.join(src, 'a.txt'))
print(info.filename == os.path.join(src, 'a.txt').lstrip('/'), info.file_size,
      oct(info.external_attr >> 16), info.compress_type, len(info.date_time))
info = ZipInfo.from_file(os.path.join(src, 'sub'), 'x/y')
print(info, info.is_dir(), info.file_size)

# 'x' refuses an existing file; 'a' on a missing file creates it.
try:
    ZipFile(archive, 'x')
except FileExistsError:
    print('FileExistsError')
newer = os.path.join(tmp, 'new.zip')
with ZipFile(newer, 'x') as zf:
    zf.writestr('n.txt', 'new')
appended = os.path.join(tmp, 'appended.zip')
with ZipFile(appended, 'a') as zf:
    zf.writestr('first', '1')
with ZipFile(appended, 'a') as zf:
    zf.writestr('second', '2')
with ZipFile(appended) as zf:
    print(zf.namelist(), zf.read('second'))
with ZipFile(newer) as zf:
    print(zf.namelist())

# Appending to something that is not an archive puts one after its data.
plain = os.path.join(tmp, 'plain.bin')
with open(plain, 'wb') as f:
    f.write(b'#!prefix data\n' * 3)
with ZipFile(plain, 'a') as zf:
    zf.writestr('inside', 'payload')
with open(plain, 'rb') as f:
    print(f.read(14))
with ZipFile(plain) as zf:
    print(zf.namelist(), zf.read('inside'), zf.infolist()[0].header_offset)

# Extraction.
dest = os.path.join(tmp, 'dest')
with ZipFile(archive) as zf:
    path = zf.extract('a.txt', dest)
    print(os.path.relpath(path, tmp))
    zf.extractall(dest)
    path = zf.extract(zf.getinfo('sub/b.bin'), path=dest)
    print(os.path.relpath(path, tmp))
for root, dirs, files in sorted(os.walk(dest)):
    print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
with open(os.path.join(dest, 'a.txt')) as f:
    print(f.read() == 'alpha\n' * 100)

evil = os.path.join(tmp, 'evil.zip')
with ZipFile(evil, 'w') as zf:
    for name in ['../up.txt', '/abs/file.txt', 'a/../../b.txt', './dot/./c.txt', 'ok//d.txt']:
        zf.writestr(name, name)
with ZipFile(evil) as zf:
    print(zf.namelist())
    out = os.path.join(tmp, 'safe')
    for name in zf.namelist():
        print(name, '->', os.path.relpath(zf.extract(name, out), tmp))
    zf.extractall(os.path.join(tmp, 'safe2'), members=['../up.txt'])
print(sorted(os.listdir(os.path.join(tmp, 'safe2'))), os.path.exists(os.path.join(tmp, 'up.txt')))

# printdir (dates fixed here).
with ZipFile(os.path.join(tmp, 'dir.zip'), 'w') as zf:
    zf.writestr(ZipInfo('one.txt', (2020, 1, 2, 3, 4, 6)), 'x' * 1234)
    zf.writestr(ZipInfo('folder/', (2021, 11, 12, 13, 14, 16)), '')
    zf.printdir()
# Files older than 1980: refused, or dated 1980-01-01 with strict_timestamps=False.
old = os.path.join(tmp, 'old.txt')
with open(old, 'w') as f:
    f.write('old')
os.utime(old, (86400 * 365, 86400 * 365))
try:
    ZipInfo.from_file(old)
except ValueError as e:
    print('ValueError', e)
with ZipFile(os.path.join(tmp, 'old.zip'), 'w', strict_timestamps=False) as zf:
    zf.write(old, 'old.txt')
    print(zf.getinfo('old.txt').date_time)
try:
    with ZipFile(os.path.join(tmp, 'old2.zip'), 'w') as zf:
        zf.write(old, 'old.txt')
except ValueError as e:
    print('ValueError', e)
import shutil
shutil.rmtree(tmp)

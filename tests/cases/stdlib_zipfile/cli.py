# zipfile's command line (zipfile.main): -c, -l, -t, -e, and a usage error.
import os
import shutil
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, 'tree', 'sub'))
for name, text in (('a.txt', 'A' * 50), ('sub/b.txt', 'B'), ('sub/c.txt', 'C' * 7)):
    with open(os.path.join(tmp, 'tree', name), 'w') as f:
        f.write(text)

created = os.path.join(tmp, 'made.zip')
zipfile.main(['-c', created, os.path.join(tmp, 'tree'), os.path.join(tmp, 'tree', 'a.txt')])
with zipfile.ZipFile(created) as zf:
    print([(i.filename, i.file_size, i.compress_type) for i in zf.infolist()])
zipfile.main(['--test', created])

fixed = os.path.join(tmp, 'fixed.zip')
with zipfile.ZipFile(fixed, 'w') as zf:
    zf.writestr(zipfile.ZipInfo('one.txt', (2001, 2, 3, 4, 5, 6)), 'one')
    zf.writestr(zipfile.ZipInfo('dir/two.txt', (2002, 3, 4, 5, 6, 8)), 'two' * 100)
zipfile.main(['-l', fixed])
zipfile.main(['-e', fixed, os.path.join(tmp, 'out')])
for root, dirs, files in sorted(os.walk(os.path.join(tmp, 'out'))):
    print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))

raw = bytearray(open(fixed, 'rb').read())
raw[raw.index(b'twotwo')] = ord('T')
with open(fixed, 'wb') as f:
    f.write(raw)
zipfile.main(['-t', fixed])
try:
    zipfile.main([])
except SystemExit as e:
    print('SystemExit', e.code)
shutil.rmtree(tmp)

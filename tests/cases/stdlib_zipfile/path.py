# zipfile.Path: navigating the members and the directories their names imply.
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr('a/b/c.txt', 'content of c')
    zf.writestr('a/x.tar.gz', b'\x00\x01')
    zf.writestr('top.txt', 'hi\nthere\n')
    zf.writestr('d/', '')
buf.name = 'arch.zip'

root = zipfile.Path(buf)
print(repr(root), str(root), root.name, root.is_dir(), root.exists(), root.is_file())
print(list(root.iterdir()))
a = root / 'a'
print(repr(a), a.is_dir(), a.exists(), a.is_file(), list(a.iterdir()))
print(repr(a.parent), a.parent == root)
c = root.joinpath('a', 'b', 'c.txt')
print(repr(c), c.read_text(), c.read_bytes(), c.name, c.suffix, c.stem, c.suffixes)
print(str(c.filename), repr(c.parent), repr(c.parent.parent))
gz = a / 'x.tar.gz'
print(gz.suffix, gz.suffixes, gz.stem, gz.read_bytes())
print((root / 'nope').exists(), (root / 'd').is_dir(), repr(root / 'd'), list((root / 'd').iterdir()))
with (root / 'top.txt').open(encoding='utf-8') as f:
    print(type(f).__name__, f.readlines())
with (root / 'top.txt').open('rb') as f:
    print(type(f).__name__, f.read())
for bad in (lambda: (root / 'nope').open(), lambda: a.open(), lambda: c.iterdir(),
            lambda: (root / 'top.txt').open('rb', encoding='utf-8')):
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(str(zipfile.Path(buf, 'a/b/')), zipfile.Path(buf, 'a/b/').name)
print(sorted(p.name for p in root.iterdir() if p.is_file()))

# Writing through a Path of an archive opened for writing.
out = io.BytesIO()
zf = zipfile.ZipFile(out, 'w')
p = zipfile.Path(zf, 'new.txt')
with p.open('w', encoding='utf-8') as f:
    f.write('written via Path')
zf.close()
with zipfile.ZipFile(out) as zf:
    print(zf.namelist(), zf.read('new.txt'))

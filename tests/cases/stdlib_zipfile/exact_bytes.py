# The bytes written: CPython's exactly (stored, deflated at several levels, forced ZIP64,
# data descriptors on unseekable output, directories, comments, non-ASCII names).
import hashlib
import io
import zipfile
from zipfile import ZipFile, ZipInfo


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


buf = io.BytesIO()
with ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
    for i in range(12):
        info = ZipInfo('f%02d.txt' % i, (2020, 1, 1, 0, 0, i * 2))
        info.compress_type = zipfile.ZIP_DEFLATED if i % 2 else zipfile.ZIP_STORED
        zf.writestr(info, ('line %d\n' % i) * (i * 300))
    for level in (0, 1, 6, 9):
        zf.writestr(ZipInfo('level%d' % level, (2021, 2, 3, 4, 5, 6)),
                    bytes(range(256)) * 300 + b'tail' * 1000, compresslevel=level,
                    compress_type=zipfile.ZIP_DEFLATED)
    with zf.open(ZipInfo('force64', (2020, 1, 1, 0, 0, 0)), 'w', force_zip64=True) as w:
        w.write(b'data' * 100)
    d = ZipInfo('dir/', (2020, 1, 1, 0, 0, 0))
    d.CRC = 0
    zf.mkdir(d)
    zf.writestr(ZipInfo('naïve/ファイル', (2022, 2, 2, 2, 2, 2)), 'x')
    zf.comment = b'the comment'
data = buf.getvalue()
print(len(data), digest(data))
print(data[:64].hex())
print(data[-120:].hex())
with ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        print(info.filename, info.compress_size, info.CRC, info.extract_version,
              info.create_version, info.extra.hex(), info.flag_bits)


class Unseekable(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


out = Unseekable()
with ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(ZipInfo('s1', (2020, 1, 1, 0, 0, 0)), b'stream one' * 50)
    with zf.open(ZipInfo('s2', (2020, 1, 1, 0, 0, 0)), 'w') as w:
        w.write(b'stream two')
    with zf.open(ZipInfo('s3', (2020, 1, 1, 0, 0, 0)), 'w', force_zip64=True) as w:
        w.write(b'stream three')
data = b''.join(out.chunks)
print(len(data), digest(data))
with ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        print(info, info.flag_bits, zf.read(info))

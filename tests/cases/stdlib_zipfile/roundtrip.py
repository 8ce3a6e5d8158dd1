# Writing an archive in memory with stored and deflated members, reading it back.
import io
import zipfile
from zipfile import ZipFile, ZipInfo, ZIP_STORED, ZIP_DEFLATED

buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    print(repr(zf).startswith('<zipfile.ZipFile file=<_io.BytesIO'), zf.mode)
    zf.writestr(ZipInfo('hello.txt', (2021, 6, 7, 8, 9, 10)), 'hello\nworld\nlast line')
    info = ZipInfo('data/packed.bin', (2022, 12, 31, 23, 59, 58))
    info.compress_type = ZIP_DEFLATED
    zf.writestr(info, bytes(range(256)) * 40)
    zf.writestr(ZipInfo('data/', (2020, 1, 1, 0, 0, 0)), b'')
    zf.writestr(ZipInfo('unicodé/名前.txt', (2020, 2, 29, 12, 0, 0)), 'ünïcode')
    zf.writestr(ZipInfo('empty', (1980, 1, 1, 0, 0, 0)), b'', compress_type=ZIP_DEFLATED)
    zi = ZipInfo('level9.txt', (2001, 1, 1, 1, 1, 1))
    zf.writestr(zi, 'abc' * 1000, compress_type=ZIP_DEFLATED, compresslevel=9)
    zf.comment = b'archive comment'
raw = buf.getvalue()
print(len(raw) > 0, raw[:4], raw[-15:])
print(repr(zf))

with ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist())
    for info in zf.infolist():
        print(info)
        print(' ', info.date_time, info.compress_type, info.file_size, info.CRC,
              info.flag_bits, info.create_system, info.create_version, info.extract_version,
              hex(info.external_attr), info.is_dir(), info.header_offset)
    print(zf.comment)
    print(zf.read('hello.txt'))
    print(zf.read('data/packed.bin') == bytes(range(256)) * 40)
    print(zf.read(zf.getinfo('unicodé/名前.txt')).decode())
    print(zf.getinfo('unicodé/名前.txt').flag_bits)
    print(zf.read('empty'), zf.read('data/'))
    print(zf.read('level9.txt')[:9], zf.getinfo('level9.txt').compress_size < 100)
    try:
        zf.getinfo('missing')
    except KeyError as e:
        print('KeyError', e)
    try:
        zf.read('data')
    except KeyError as e:
        print('KeyError', e)
    print(zf.testzip())
    with zf.open('hello.txt') as f:
        print(repr(f), f.readable(), f.seekable(), f.name, f.mode)
        print(f.readline(), f.readline(3), f.readline(), f.readline(), f.readline())
    print(repr(f), f.closed)
    with zf.open('hello.txt') as f:
        print(list(f))
    with zf.open(zf.getinfo('data/packed.bin')) as f:
        print(repr(f))
        print(f.read(3), f.read1(2), f.peek(1)[:1], f.tell())
        f.seek(1000)
        print(f.tell(), f.read(4))
        f.seek(10)
        print(f.tell(), f.read(4))
        f.seek(-5, 2)
        print(f.tell(), f.read())
        f.seek(0)
        print(len(f.read()), f.read(), f.read(5))
    with zf.open('hello.txt') as f:
        text = io.TextIOWrapper(f, encoding='utf-8')
        print(text.readlines())
    f = zf.open('level9.txt')
    chunks = []
    while True:
        c = f.read(700)
        if not c:
            break
        chunks.append(len(c))
    print(chunks)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print('ValueError', e)

# Appending to the archive.
buf2 = io.BytesIO(raw)
with ZipFile(buf2, 'a') as zf:
    zf.writestr(ZipInfo('added.txt', (2023, 3, 3, 3, 3, 3)), 'added')
    print(zf.comment)
with ZipFile(buf2) as zf:
    print(zf.namelist()[-2:], zf.read('added.txt'), zf.comment)

# Writing through open(name, 'w').
buf3 = io.BytesIO()
with ZipFile(buf3, 'w', compression=ZIP_DEFLATED) as zf:
    with zf.open(ZipInfo('stream.txt', (2020, 5, 5, 5, 5, 5)), 'w') as w:
        print(repr(w).startswith('<zipfile._ZipWriteFile'), w.writable())
        print(w.write(b'part one, '), w.write(bytearray(b'part two, ')),
              w.write(memoryview(b'part three')))
    try:
        w.write(b'x')
    except ValueError as e:
        print('ValueError', e)
    with zf.open('second', 'w') as w:
        w.write(b'2' * 10)
    info = zf.getinfo('stream.txt')
    print(info, info.CRC, info.compress_type)
with ZipFile(buf3) as zf:
    print(zf.read('stream.txt'), zf.read('second'), zf.getinfo('second').date_time)
print(zipfile.is_zipfile(buf3), zipfile.is_zipfile(io.BytesIO(b'not a zip' * 10)))

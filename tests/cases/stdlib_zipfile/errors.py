# Errors: not an archive, bad CRC, bad modes, closed archives, encrypted members.
import io
import warnings
import zipfile
from zipfile import ZipFile, ZipInfo, BadZipFile

print(zipfile.BadZipfile is BadZipFile, zipfile.error is BadZipFile,
      issubclass(zipfile.LargeZipFile, Exception), BadZipFile.__module__)

for data in (b'', b'PK', b'hello world' * 100):
    try:
        ZipFile(io.BytesIO(data))
    except BadZipFile as e:
        print('BadZipFile', e)
try:
    ZipFile(io.BytesIO(), 'q')
except ValueError as e:
    print('ValueError', e)
for method in (99, 3):
    try:
        ZipFile(io.BytesIO(), 'w', compression=method)
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__)
try:
    ZipInfo('old', (1979, 12, 31, 0, 0, 0))
except ValueError as e:
    print('ValueError', e)
print(ZipInfo('nul\x00hidden').filename, ZipInfo().filename, ZipInfo().date_time)


def make(method):
    buf = io.BytesIO()
    with ZipFile(buf, 'w') as zf:
        info = ZipInfo('file.txt', (2020, 1, 1, 0, 0, 0))
        info.compress_type = method
        zf.writestr(info, 'some text that is long enough ' * 5)
        zf.writestr(ZipInfo('good.txt', (2020, 1, 1, 0, 0, 0)), 'fine')
    return bytearray(buf.getvalue())


# A changed byte in stored data: the CRC check fails at the end of the read.
raw = make(zipfile.ZIP_STORED)
raw[raw.index(b'long enough')] ^= 0x20
with ZipFile(io.BytesIO(bytes(raw))) as zf:
    print(zf.testzip())
    try:
        zf.read('file.txt')
    except BadZipFile as e:
        print('BadZipFile', e)
    with zf.open('file.txt') as f:
        try:
            f.read(10)      # reads (at least) a whole small member, so checks its CRC
        except BadZipFile as e:
            print('BadZipFile from read(10)', e)
    print(zf.read('good.txt'))

# A changed CRC in the central directory.
raw = make(zipfile.ZIP_DEFLATED)
cd = raw.index(b'PK\x01\x02')
raw[cd + 16] ^= 0xFF
with ZipFile(io.BytesIO(bytes(raw))) as zf:
    try:
        zf.read('file.txt')
    except BadZipFile as e:
        print('BadZipFile', e)
    print(zf.testzip())

# A local header that does not match the directory.
raw = make(zipfile.ZIP_STORED)
raw[0] = ord('X')
with ZipFile(io.BytesIO(bytes(raw))) as zf:
    try:
        zf.read('file.txt')
    except BadZipFile as e:
        print('BadZipFile', e)
raw = make(zipfile.ZIP_STORED)
raw[30] = ord('F')
with ZipFile(io.BytesIO(bytes(raw))) as zf:
    try:
        zf.read('file.txt')
    except BadZipFile as e:
        print('BadZipFile', e)

# Modes and closed archives.
buf = io.BytesIO(bytes(make(zipfile.ZIP_STORED)))
zf = ZipFile(buf)
for call in (lambda: zf.writestr('x', 'y'), lambda: zf.open('file.txt', 'a'),
             lambda: zf.open('file.txt', 'w', pwd=b'pw'), lambda: zf.setpassword('str'),
             lambda: setattr(zf, 'comment', 'str')):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
zf.close()
zf.close()
print(repr(zf))
for call in (lambda: zf.read('file.txt'), lambda: zf.writestr('x', 'y'), lambda: zf.open('x')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(zf.namelist())

w = ZipFile(io.BytesIO(), 'w')
handle = w.open('a', 'w')
for call in (lambda: w.open('b', 'w'), lambda: w.writestr('c', 'd'), w.close):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
handle.close()
w.writestr('c', 'd')
try:
    w.read('c')
except ValueError as e:
    print('ValueError', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    w.writestr('c', 'again')
    print([str(x.message) for x in caught], [x.category.__name__ for x in caught])
try:
    w.mkdir(ZipInfo('notadir'))
except ValueError as e:
    print('ValueError', e)
try:
    w.mkdir(5)
except TypeError as e:
    print('TypeError', e)
w.close()

# Encrypted members (traditional PKWARE encryption, made by Info-ZIP's zip).
ENCRYPTED = bytes.fromhex(
    '504b03040a000900000000002150e1e1e4ea1c0000001000000005000000732e7478744f6f55cc742e80b93f'
    'eab09a01047a95ca6036dd705b7736184c7b10504b0708e1e1e4ea1c00000010000000504b03040a00090000'
    '0000002150132d431b380100002c010000070000006269672e74787437c194b9f1bc3e42635ca9b12efce988'
    '5ffa6da7ec146a732d796b10d4863ce15f7a479f6e64c58341d04f6b929242c5e6e9e8fc8de4393992f13776'
    '68fe4a912eaf83794cad1b9ffc9fc29708378d1908be221a4fc1a0dd8e2bfa1962039d0e82da077d2f324677'
    '4f5a8ea37375ebeea0c79e3874edbe6dc11e69035c4265b2ccdfc09b9ad9a1f2c74deeea7cbe770736859260'
    '72bea88999190ba6abdab0a79ae6f96e672887ed12ee1e44363fd05659451bc0abe912ab18174d7beca45edc'
    '87d9c818206f8a0a56061dbf850a4951c075aa6d817e15d4065f727a2e495f45379070afc1673c635c50fcf8'
    'd59db6d95f04e4dd34743bade079ae721bf9ac4fc4124e9333384c7831b11b025203d60ce1a88f3279dd218e'
    '6b773640e753caece4d61991ed64496b1ef81ccbc397127937e1f86497c2b337504b0708132d431b38010000'
    '2c010000504b01021e030a000900000000002150e1e1e4ea1c00000010000000050000000000000001000000'
    'a48100000000732e747874504b01021e030a000900000000002150132d431b380100002c0100000700000000'
    '00000000000000a4814f0000006269672e747874504b0506000000000200020068000000bc0100000000'
)
with ZipFile(io.BytesIO(ENCRYPTED)) as zf:
    for info in zf.infolist():
        print(info, info.flag_bits)
    try:
        zf.read('s.txt')
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        zf.read('s.txt', pwd=b'wrong')
    except RuntimeError as e:
        print('RuntimeError', e)
    print(zf.read('s.txt', pwd=b'hunter2'))
    zf.setpassword(b'hunter2')
    print(zf.read('big.txt')[:10], len(zf.read('big.txt')), zf.testzip())
    with zf.open('big.txt') as f:
        f.seek(295)
        print(f.read(), f.tell())
        f.seek(2)
        print(f.read(3))

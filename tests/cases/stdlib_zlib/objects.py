import zlib

data = b"".join(b"line %d of the stream, somewhat repetitive\n" % i for i in range(2000))

for wbits in (15, -15, 31):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
    parts.append(co.flush())
    blob = b"".join(parts)
    print(wbits, len(blob), blob == zlib.compress(data, 6, wbits), [len(p) for p in parts[:3]])
    do = zlib.decompressobj(wbits)
    out = b"".join(do.decompress(blob[i:i + 333]) for i in range(0, len(blob), 333)) + do.flush()
    print(out == data, do.eof, do.unused_data, do.unconsumed_tail)

co = zlib.compressobj()
a = co.compress(b"hello")
b = co.flush(zlib.Z_SYNC_FLUSH)
c = co.compress(b"world")
d = co.flush(zlib.Z_FULL_FLUSH)
e = co.flush(zlib.Z_NO_FLUSH)
f = co.flush()
print(a, b.hex(), c, d.hex(), e, f.hex())
for op in (lambda: co.compress(b"x"), lambda: co.flush(), lambda: co.copy()):
    try:
        op()
    except (zlib.error, ValueError) as ex:
        print(type(ex).__name__, ex)
print(co.flush(zlib.Z_NO_FLUSH))

# max_length and unconsumed_tail
blob = zlib.compress(data)
do = zlib.decompressobj()
got = do.decompress(blob, 100)
print(len(got), len(do.unconsumed_tail) > 0, do.eof)
chunks = [got]
while do.unconsumed_tail:
    chunks.append(do.decompress(do.unconsumed_tail, 5000))
chunks.append(do.flush())
print(b"".join(chunks) == data, do.eof, [len(x) for x in chunks[:4]])

# unused_data after the end, data fed after eof
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"abc") + b"XYZ"), do.unused_data, do.eof)
print(do.decompress(b"more"), do.unused_data, do.flush())

# copies go their own way
co = zlib.compressobj(9)
head = co.compress(b"common prefix ")
c2 = co.copy()
x = head + co.compress(b"one") + co.flush()
y = head + c2.compress(b"two") + c2.flush()
print(zlib.decompress(x), zlib.decompress(y))
do = zlib.decompressobj()
half = zlib.compress(data)[:500]
first = do.decompress(half)
d2 = do.copy()
rest = zlib.compress(data)[500:]
print(first + do.decompress(rest) == data, first + d2.decompress(rest) == data)

# dictionaries
zd = b"common words: the and of to in"
co = zlib.compressobj(zdict=zd)
blob = co.compress(b"the words of the dictionary and to in") + co.flush()
print(blob.hex())
print(zlib.decompressobj(zdict=zd).decompress(blob))
for f in [lambda: zlib.decompress(blob), lambda: zlib.decompressobj().decompress(blob),
          lambda: zlib.decompressobj(zdict=b"wrong").decompress(blob)]:
    try:
        f()
    except zlib.error as ex:
        print("error", ex)
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(b"the and of") + co.flush()
print(raw.hex(), zlib.decompressobj(-15, zdict=zd).decompress(raw))

# gzip framing through zlib, split across calls at every point of the header
gz = zlib.compress(b"gzip body" * 20, wbits=31)
ok = True
for cut in range(0, 14):
    do = zlib.decompressobj(31)
    ok &= do.decompress(gz[:cut]) + do.decompress(gz[cut:]) == b"gzip body" * 20 and do.eof
print("split", ok)
hdr = b"\x1f\x8b\x08\x1c\0\0\0\0\0\3" + b"\4\0abcd" + b"name.txt\0" + b"a comment\0"
body = zlib.compressobj(wbits=-15)
raw = body.compress(b"payload") + body.flush()
member = hdr + raw + zlib.crc32(b"payload").to_bytes(4, "little") + (7).to_bytes(4, "little")
print(zlib.decompress(member, 31), zlib.decompress(member, 47))
print(zlib.decompressobj(47).decompress(member + member), zlib.decompress(member + b"junk", 31))

for f in [lambda: zlib.compressobj(memLevel=10), lambda: zlib.compressobj(method=7), lambda: zlib.compressobj(wbits=7),
          lambda: zlib.compressobj(level=11), lambda: zlib.decompressobj(wbits=7), lambda: zlib.decompressobj(zdict=1),
          lambda: zlib.decompressobj().decompress(b"x", -1), lambda: zlib.decompressobj().flush(0),
          lambda: zlib.compressobj().compress("s")]:
    try:
        f()
    except (zlib.error, TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

import zlib

texts = [b"", b"a", b"hello " * 50, bytes(range(256)) * 40, b"The quick brown fox jumps over the lazy dog. " * 300]
for t in texts:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(t, level)
        print(len(t), level, len(c), c[:12].hex(), c[-8:].hex(), zlib.decompress(c) == t)
for t in texts[:4]:
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        if len(t) > 2 ** (abs(wbits) % 16) - 262:
            continue  # Taipan's deflater always has a 32 KiB window (README, "Differences")
        c = zlib.compress(t, 6, wbits)
        back = zlib.decompress(c, wbits)
        auto = zlib.decompress(c, 47) if wbits > 15 or wbits >= 9 else None
        print(len(t), wbits, c.hex()[:40], back == t, auto == t if auto is not None else "-")
print(zlib.compress(b"hi", wbits=8).hex())
print(zlib.compress(b"data", level=1, wbits=31).hex(), zlib.compress(b"data", 9, 31).hex())
c = zlib.compress(b"payload" * 10)
print(zlib.decompress(c + b"trailing garbage"))
print(zlib.decompress(c, 0), zlib.decompress(c, 32)[:7], zlib.decompress(c, bufsize=1)[:7])
print(zlib.decompress(zlib.compress(b"x" * 100000), bufsize=10) == b"x" * 100000)
print(zlib.decompress(bytearray(c))[:7], zlib.compress(memoryview(b"mv")).hex())

print(zlib.crc32(b""), zlib.crc32(b"abc"), zlib.crc32(b"abc", 5), zlib.crc32(b"def", zlib.crc32(b"abc")), zlib.crc32(b"abcdef"))
print(zlib.adler32(b""), zlib.adler32(b"abc"), zlib.adler32(b"abc", 7), zlib.adler32(b"x" * 100000))
print(zlib.crc32(b"abc", -1), zlib.adler32(b"abc", 2**40 + 3))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_COMPRESSION, zlib.Z_PARTIAL_FLUSH,
      zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.error.__module__, zlib.error.__mro__[1].__name__, isinstance(zlib.ZLIB_VERSION, str))

gz = zlib.compress(b"abc", wbits=31)
bad = [c[:-2], b"garbage!", b"", c[:1], gz[:-5] + b"\0" + gz[-4:], b"\x1f\x8b\x09" + gz[3:],
       b"\x1f\x8b\x08\xe0" + gz[4:], gz[:-2] + b"\1\1"]
for b in bad:
    for w in (15, 31, 47):
        try:
            print(zlib.decompress(b, w))
        except zlib.error as e:
            print("error", e)
try:
    zlib.decompress(c, 9)
except zlib.error as e:
    print("error", e)
for f in [lambda: zlib.compress("str"), lambda: zlib.compress(b"", 10), lambda: zlib.compress(b"", wbits=7),
          lambda: zlib.compress(b"", wbits=24), lambda: zlib.decompress(b"", wbits=7), lambda: zlib.decompress(b"", 48),
          lambda: zlib.decompress(c, bufsize=-1), lambda: zlib.crc32("s"), lambda: zlib.compress(1)]:
    try:
        print(f())
    except (zlib.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

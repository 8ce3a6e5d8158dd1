import hashlib

data = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5, b"x" * 1000]
for name in sorted(hashlib.algorithms_guaranteed):
    for d in data:
        h = hashlib.new(name, d)
        if name.startswith("shake"):
            print(name, len(d), h.hexdigest(40), h.digest(5))
        else:
            print(name, len(d), h.hexdigest())
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)

# incremental updates equal one shot, at every split point around block boundaries
for name in ["md5", "sha256", "sha512", "sha3_256", "blake2b", "blake2s", "shake_128"]:
    blob = bytes(range(200)) * 3
    whole = hashlib.new(name, blob)
    ok = True
    for cut in (0, 1, 63, 64, 65, 127, 128, 129, 135, 136, 137, 168, 300, 599, 600):
        h = hashlib.new(name)
        h.update(blob[:cut])
        c = h.copy()
        h.update(blob[cut:])
        if name.startswith("shake"):
            ok &= h.digest(64) == whole.digest(64)
        else:
            ok &= h.digest() == whole.digest()
        c.update(b"more")
        ok &= c.digest(16) != h.digest(16) if name.startswith("shake") else c.digest() != h.digest()
    print(name, "incremental", ok)

# constructors and their attributes
print(hashlib.md5(b"a").hexdigest(), hashlib.sha1(string=b"a").hexdigest())
print(hashlib.sha256(b"a", usedforsecurity=False).hexdigest())
print(hashlib.md5.__name__, hashlib.sha3_512.__name__)
h = hashlib.sha256(b"abc")
print(type(h).__name__, type(h).__module__, repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"))
print(type(hashlib.shake_256()).__name__)
print(repr(hashlib.blake2b()).startswith("<_blake2.blake2b object at 0x"))
print(hashlib.new("SHA256", b"abc").hexdigest() == h.hexdigest(), hashlib.new("SHA256").name)
print(hashlib.new("blake2s", b"abc", digest_size=16).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
d = hashlib.sha1(b"abc")
d2 = d.copy()
d2.update(b"def")
print(d.hexdigest(), d2.hexdigest(), hashlib.sha1(b"abcdef").hexdigest())
print(hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.md5(memoryview(b"abc")).hexdigest())

for f in [lambda: hashlib.md5("text"), lambda: hashlib.md5(1), lambda: hashlib.new("nope"),
          lambda: hashlib.new(5), lambda: hashlib.sha256().update(), lambda: type(hashlib.md5())(),
          lambda: hashlib.shake_128(b"").hexdigest(), lambda: hashlib.md5(b"", b""),
          lambda: hashlib.sha1().update("s"), lambda: hashlib.blake2b(b"a", b"b")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

import hashlib
import hmac
import io

for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"]:
    print(name, hmac.new(b"key", b"The quick brown fox", name).hexdigest())
    print(name, hmac.new(b"k" * 200, b"msg", name).hexdigest())
    print(name, hmac.digest(b"key", b"msg", name).hex())
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 3).hex())
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 2, 100).hex())

h = hmac.new(b"key", digestmod=hashlib.sha256)
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(c.hexdigest(), hmac.new(b"key", b"part one ", "sha256").hexdigest())
print(hmac.new(bytearray(b"key"), b"x", hashlib.md5).digest())
print(hmac.new(b"key", b"x", hashlib).name if False else hmac.digest_size)
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", bytearray(b"pw"), memoryview(b"salt"), 1, dklen=3).hex())

for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"), ("abc", "xyz"),
             (bytearray(b"a"), b"a"), (b"a", memoryview(b"a")), ("a", b"a"), ("é", "é"), (1, 2), ("a", 1)]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print("TypeError", e)

for f in [lambda: hmac.new("key", b"m", "md5"), lambda: hmac.new(b"key"), lambda: hmac.new(b"k", "m", "md5"),
          lambda: hmac.new(b"k", b"m", "nope"), lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0),
          lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0),
          lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(hashlib.file_digest(io.BytesIO(b"hello world"), "sha256").hexdigest())
print(hashlib.file_digest(io.BufferedReader(io.BytesIO(b"x" * 100000)), hashlib.md5).hexdigest())
try:
    hashlib.file_digest(io.StringIO("text"), "md5")
except ValueError as e:
    print("ValueError", str(e).split("'")[0] + "...")

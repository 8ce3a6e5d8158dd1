import hashlib

for ctor in (hashlib.blake2b, hashlib.blake2s):
    print(ctor.__name__, ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE)
    print(ctor(b"abc").hexdigest())
    print(ctor(b"abc", digest_size=20).hexdigest())
    print(ctor(b"abc", key=b"secret").hexdigest())
    print(ctor(key=b"k" * ctor.MAX_KEY_SIZE).hexdigest())
    print(ctor(b"abc", salt=b"salt", person=b"me").hexdigest())
    print(ctor(b"abc", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
               inner_size=16, last_node=True).hexdigest())
    print(ctor(b"abc", last_node=True).hexdigest())
    print(ctor(bytes(range(256)) * 10, key=b"k").hexdigest())
    h = ctor(b"x" * 128)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17),
               dict(person=b"x" * 17), dict(fanout=256), dict(depth=0), dict(leaf_size=2**32),
               dict(leaf_size=-1), dict(node_offset=2**64), dict(node_offset=-1), dict(node_depth=256),
               dict(inner_size=65), dict(key="s"), dict(bogus=1)]:
        try:
            ctor(**kw)
            print(kw, "accepted")
        except Exception as e:
            print(type(e).__name__, e)
try:
    hashlib.blake2s(node_offset=2**48)
except Exception as e:
    print(type(e).__name__, e)
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest())

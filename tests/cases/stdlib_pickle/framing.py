import io
import pickle


def frames(data):
    """Offsets and lengths of the FRAME opcodes, found by walking the frames."""
    out = []
    pos = 2
    while pos < len(data) and data[pos] == 0x95:
        n = int.from_bytes(data[pos + 1:pos + 9], "little")
        out.append((pos, n))
        pos += 9 + n
    return out


cases = [
    [b"a" * 30000, b"b" * 30000, b"c" * 30000],
    [b"a" * 70000, 1, 2],
    ["s" * 70000, "t"],
    list(range(100000)),
    [[i] for i in range(20000)],
    ("x" * 40000, ("y" * 40000,)),
    {i: str(i) for i in range(30000)},
    set(range(30000)),
    [bytearray(b"z" * 70000)],
]
for obj in cases:
    for proto in (4, 5):
        data = pickle.dumps(obj, proto)
        print(proto, len(data), frames(data)[:6], data[-12:].hex())
        buf = io.BytesIO()
        pickle.dump(obj, buf, proto)
        print(buf.getvalue() == data, pickle.loads(data) == obj)
print(pickle.dumps(1, 4), pickle.dumps("ab", 4), pickle.dumps([1, 2], 4))
# several pickles in one file, read back one after another
buf = io.BytesIO()
for proto in range(6):
    pickle.dump({"proto": proto, "data": [1.5, None]}, buf, proto)
buf.seek(0)
for proto in range(6):
    print(pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError", e)

import marshal
for bad in [b'', b'i', b'i\x01', b'?', b'r\x00\x00\x00\x00', b'(\x02\x00\x00\x00N', b'0', b'{0',
            b'l\x01\x00\x00\x00\x00\x80', b'u\x05\x00\x00\x00ab', b'u\x02\x00\x00\x00\xff\xff',
            b'l\x01\x00\x00\x00\x00\x00', b'<\x02\x00\x00\x00[\x00\x00\x00\x00N', b'\xe9\x01\x00\x00\x00trailing']:
    try:
        print(repr(marshal.loads(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
for bad in [object(), [1, [2, object()]], {1: print}, int]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
nested = []
for i in range(3000):
    nested = [nested]
try:
    marshal.dumps(nested)
except ValueError as e:
    print(type(e).__name__, e)
print(marshal.version, marshal.dumps(1, 5), marshal.loads(bytearray(b'\xe9\x07\x00\x00\x00')))
cyclic = [1]
cyclic.append(cyclic)
data = marshal.dumps(cyclic)
print(data)
back = marshal.loads(data)
print(back[1] is back, back[0])

class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(b)
s = Sink()
d = {'k': (1, 2.5)}
print(marshal.dump(d, s), s.chunks)

class Source:
    def __init__(self, data):
        self.data, self.pos = data, 0
    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk
    def readinto(self, buf):
        chunk = self.data[self.pos:self.pos + len(buf)]
        buf[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
src = Source(marshal.dumps([1, 'two']) + marshal.dumps(3.0) + b'rest')
print(marshal.load(src), marshal.load(src), src.data[src.pos:])
try:
    marshal.load(Source(b''))
except EOFError as e:
    print(type(e).__name__, e)
src = """
def f(a, b=2, *args, c, **kw):
    "doc"
    return [a, b, args, c, kw, {1, 2}, (1, (2, 3)), 1.5j, b'x', None, ..., 10**30, -2.5]
class K:
    def m(self):
        return __class__.__name__
r = [x * x for x in range(4)]
"""
code = compile(src, "marshalled", "exec")
back = marshal.loads(marshal.dumps(code))
ns = {}
exec(back, ns)
f = ns["f"]
print(f(1, c=3), ns["K"]().m(), ns["r"], back.co_filename, back.co_names)
fc = f.__code__
print(fc.co_varnames, fc.co_consts[0], fc.co_name, fc.co_qualname, fc.co_argcount, fc.co_kwonlyargcount, fc.co_firstlineno)
orig = [c for c in code.co_consts if hasattr(c, "co_flags")][0]
print(fc.co_flags == orig.co_flags, list(fc.co_lines()) == list(orig.co_lines()), list(fc.co_positions()) == list(orig.co_positions()))

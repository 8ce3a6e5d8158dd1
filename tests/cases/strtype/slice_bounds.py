# Slicing strs (inline or not, Latin-1 or not, with astral chars) by every kind of bound.
class I:
    def __index__(self): return 2
vals = ["", "a", "abcdef", "0123456789abcdef", "0123456789abcdefXYZ", "é€x", "\U0001F600ab"]
idx = [None, 0, 1, 2, -1, -2, -100, 100, 2**63, -2**63, 2**70, True, I()]
for v in vals:
    w = (v + ".")[:-1]
    for s in (v, w):
        row = []
        for a in idx:
            for b in idx:
                row.append(s[a:b])
        print(ascii(row[:12]), hash(tuple(row)) == hash(tuple(s[a:b] for a in idx for b in idx)), len(row))
try:
    "abc"[1.5:]
except TypeError as e:
    print(e)
print("abcdef"[1:5:None], "abcdef"[::2], "abcdef"[5:1:-1])

# a subclass's slices and strip give exact strs
class S(str): pass
s = S("abcdef")
l = [s]
for x in (s[:], s[1:3], s[0:100], s.strip(), S("  x ").strip(), s[::1]):
    print(type(x).__name__, x)

# Methods of short strs held inline (made at run time, then stored in a list): strip, replace,
# find/index, repr, % and format() must give what they give on any other str.
class S(str): pass
vals = ["  Word12  ", "abc", "", " ", "\t\x85x\xa0 ", "  ab  cd  ", "x" * 16, " " + "y" * 15, "é ü ", "aaaa", "Ā b "]
store = []
for v in vals:
    store.append((v + ".")[:-1])  # inline form
    store.append(S(v))
for v in store:
    r = [v.strip(), v.lstrip(), v.rstrip(), v.strip(" a"), v.replace("a", "b"), v.replace("w", ""), v.replace("", "-"),
         v.find("a"), v.find(""), v.find("b", 1), v.rfind("a"), v.find("ab"), v.find("zz")]
    try:
        r.append(v.index("a"))
    except ValueError as e:
        r.append(str(e))
    print(type(v).__name__, [(type(x).__name__, x) for x in r])
    print(v.strip() is v, type(v.strip()), "%s|%d|%5s" % (v, len(v), v[:3]), "w%d" % 42, "%s" % v)
try:
    "abc".find(5)
except TypeError as e:
    print(e)
l = []
for i in range(5):
    l.append("k%03d" % i)
print(l, {x: x.upper() for x in l}, "%c%c" % (0xe9, 0x100), len("%c" % 0x100))

vals = ["abc", "", "a'b", 'a"b', "a\\b", "\t", "x" * 14, "y" * 15, "é", " ~", "\x7f", "it's \"q\""]
out = []
for v in vals:
    w = (v + ".")[:-1]
    out.append(w)
for w in out:
    print(repr(w), f"{w!r:>20}", "%r" % w, len(repr(w)), repr(w) == "'" + w + "'")
for i in range(3):
    for spec in ["5.2f", ">6", "03d", ",", "_x", "^9", "+.3e"]:
        try:
            print(format(12345.678 if "f" in spec or "e" in spec else 1234567, spec), end=" ")
        except ValueError as e:
            print(e, end=" ")
    print()
for spec in ["_c", ",x", ",b"]:
    for v in (5, 5.0):
        try:
            print(format(v, spec))
        except ValueError as e:
            print(type(v).__name__, e)

vals = [0, 1, -1, 7, -7, 255, -255, 10**15, -10**15, 10**17, -(10**17), 2**63-1, -2**63, 2**63, 123456789]
specs = ["", "d", "02d", "5", "05", "x", "X", "08X", "o", "b", "020b", "0", "3d", "-5", "+5", "016x", "17", "017d", "99999"]
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
            print(repr(s), len(r), r[:40], r[-40:], f"{v:{s}}" == r, ("{:" + s + "}").format(v) == r)
        except Exception as e:
            print(repr(s), type(e).__name__, e)
l = []
l.append(""); l.append("a"); l.append("")
print(l, "".join(l), str(5), "" + "x", f"{3}{''}", [c for c in "abc"], "a" * 3)

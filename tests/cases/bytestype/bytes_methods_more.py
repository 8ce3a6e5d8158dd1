b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.split(b","), b.rsplit(None, 1))
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"k=v".partition(b"="), b"k=v=w".rpartition(b"="))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace())
print(b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"abc".isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
print(b"abcabc".rfind(b"b"), b"abcabc".rindex(b"c"), b"abc".find(98), b"abc".count(b""), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abc".translate(None, b"b"), b"abc".translate(t, b"a"))
for f in [lambda: b"abc".index(b"z"), lambda: b"a".join(["s"]), lambda: b"abc".split(b""), lambda: b"x".center(5, b"ab"), lambda: b"a".find("a")]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

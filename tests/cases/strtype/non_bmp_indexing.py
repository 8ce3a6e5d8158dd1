s = "a😀b𝄞c\U0010FFFF"
print(len(s), s[1], s[3], s[-1] == "\U0010FFFF", s[1:4], s[::-1], s[::2], list(s), [ord(c) for c in s])
print(s.find("b"), s.index("𝄞"), s.rfind("c"), s.count("😀"), "😀" in s, s.split("b"), s.upper(), s.encode("utf-8"))
print(s.center(10, "*"), len(s.center(10)), s.replace("😀", "x"), s.partition("𝄞"), repr(s), ascii(s))
print(sorted("😀a𝄞"), max("a😀b"), min("😀𝄞"), "😀" < "\uffff", "😀" > "\ud7ff", ord(max(s)))
it = iter(s)
print(next(it), next(it), list(it))
print(s[1:2] * 3, "%s|%5s|%-5s|" % (s[1], "😀", "😀"), f"{'😀':^5}", "{:>4}".format("𝄞"))
t = "😀" * 3
print(t[1:], t[-2], t.rindex("😀"), t.startswith("😀😀"), t.endswith("😀", 2), t.find("😀", 1), t.count("😀", 1, 2))
print(chr(0x1F600), ord("😀"), hex(ord("𝄞")), "\N{GRINNING FACE}", "\U0001F600" == "😀", len("\U0001F600"))
print(str(s.encode("utf-16-le"), "utf-16-le") == s, len(s.encode("utf-16-le")), len(s.encode("utf-32")), s.isprintable())

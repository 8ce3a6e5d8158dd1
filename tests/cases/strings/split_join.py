print("a,b,,c".split(","), "a b  c ".split(), "  lead trail  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1), "x".split("x"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb\n".splitlines(True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(str(i) for i in range(5)))
print("\t a \n b\x0bc\x1cd".split())
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("a::b::c".split("::"), "::".join(["", ""]), "abc".split("abc"), "1 2 3".split(" ", 0))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))

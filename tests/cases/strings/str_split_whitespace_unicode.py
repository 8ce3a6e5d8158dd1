s = "a\u00a0b\u2003c\td\ne\u3000f  g"
print(s.split())
print(s.split(" "))
print("  x  ".strip(), "\u2003x\u2003".strip() == "x", "\x1cx\x1f".strip())
print("a\u2028b\u2029c\x85d".splitlines())
print(" \t\n".isspace(), "\u200b".isspace(), "\u00a0".isspace())
print("one  two".split(" "), "one  two".split(), ",a,,b,".split(","))

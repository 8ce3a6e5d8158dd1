# upper() and lower() of stored short strs over every ASCII and Latin-1 char, at each position.
chunks = []
chars = [chr(c) for c in range(256)]
for start in range(0, 256, 5):
    for size in (1, 7, 8, 9, 16):
        chunks.append("".join(chars[start:start + size]))
for s in chunks:
    u, l = s.upper(), s.lower()
    print(ascii(u), ascii(l), u == s.upper(), len(u), s.isupper(), s.islower(), u is s)
print(sum(1 for s in chunks if s.upper().lower() == s.lower()))

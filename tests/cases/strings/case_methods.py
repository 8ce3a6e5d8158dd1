words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "123abc", "ß", "ǅungla", "", "a1 b2-c3"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isdigit())
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print("they're bill's".title())

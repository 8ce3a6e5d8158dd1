samples = ["", "abc", "ABC", "Abc", "aBc", "123", "١٢٣", "½", "²", "Ⅻ", "12.5", " ", "\t\n", "\x1f", "abc123", "ab c",
           "Hello World", "Hello world", "ǅ", "_id", "id1", "1id", "über", "𝔘𝔫𝔦", "😀", "\u00a0", "\u2028", "a\u0301", "٣٤", "Ⅷ", "𝟘"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle",
         "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "0" for n in names))
print("class".isidentifier(), "None".isidentifier(), "a-b".isidentifier())

tests = ["hello World", "ǅungla", "ß", "ﬁ", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "hELLO wORLD", "123abc", "a1b2", "they're bill's", "", "ǈ", "Ⅻ", "😀x"]
for s in tests:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print("ΑΣ".lower(), "ΑΣ Σ".lower(), "ΑΣa".lower(), "aΣ".lower(), "Σ".lower(), "ΑΣ.".lower())
print("ß".upper(), len("ß".upper()), "ŉ".upper(), "ΐ".upper(), "ﬃ".title(), "ǆ".title(), "ǆ".capitalize())
print("i".upper(), "I".lower(), "İ".lower(), len("İ".lower()), "ı".upper())

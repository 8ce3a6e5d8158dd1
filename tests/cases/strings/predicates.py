samples = ["abc", "ABC", "Abc", "123", "12.5", "  ", "", "a b", "\t\n", "١٢٣", "²", "Ⅻ", "_x1", "1x", "class", "é"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii())
print("\x07".isprintable(), "a\u00a0".isprintable(), "\u00a0".isspace())

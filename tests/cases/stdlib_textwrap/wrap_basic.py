import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hello world! This is a "
        "well-known sentence, used to test type-setting and line-breaking "
        "algorithms -- with an em--dash and a veryveryverylongwordthatcannotfit.")
for width in (1, 5, 10, 12, 20, 33, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False, break_long_words=False))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc\nd\re\x0bf", 8))
print(textwrap.wrap("a\tb\tc\nd", 8, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd", 8, replace_whitespace=False))
print(textwrap.wrap("a\tb", 80, tabsize=4))
print(textwrap.wrap("Hi there. How are you? Fine! Ok.", 80, fix_sentence_endings=True))
print(textwrap.wrap('He said "yes." Then "no!" Mr. Smith left.', 80, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5))
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2))
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2, placeholder="..."))
print(textwrap.wrap("one two three four", 10, max_lines=1, placeholder=" [more]"))
print(textwrap.wrap("one two", 10, max_lines=1))
print(textwrap.wrap("aaaaaaaaaaaaaaaa bbbb", 10, max_lines=2))
for hy in ["e-mail", "self-contained-thing", "a-b-c-d", "--option", "x--y", "well--known",
           "123-456", "foo-bar-", "ab-1c", "state-of-the-art-technology-rocks", "l'hyphen-d'x"]:
    print(hy, textwrap.wrap(hy + " " + hy, 6), textwrap.wrap(hy, 4))
for bad in [0, -1]:
    try:
        textwrap.wrap("text", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("text here", 4, max_lines=1, initial_indent="   ", placeholder=" [...]")
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=12, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("wrapping with a persistent wrapper object"), w.width, w.placeholder, w.tabsize)
w.width = 20
print(w.fill("wrapping with a persistent wrapper object"))
print(textwrap.wrap("naïve café déjà vu über-cool", 8))

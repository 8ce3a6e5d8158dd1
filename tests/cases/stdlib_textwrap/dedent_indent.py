import textwrap

samples = [
    "    a\n    b\n      c\n",
    "  a\n\tb\n",
    "\ta\n\t\tb\n\n\t c",
    "    a\n   \n    b   \n",
    "no indent\n  some\n",
    "  \n  x\n  ",
    "\t\tx\n\t  y",
    "",
    "   \n \t \n",
    "  a\r\n  b\r\n",
    "  a\x0c\n  \x0c\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent("a\nb\n\nc\n  \n", "> ")))
print(repr(textwrap.indent("a\nb\n", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\rz", "- ")))
print(repr(textwrap.indent("", "- ")))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("   lots   of\n\nspace   here   ", 40))
print(textwrap.shorten("Supercalifragilistic word", 10))
try:
    textwrap.shorten("abc", 3)
except ValueError as e:
    print(e)
print(textwrap.shorten("a b c d e f g h", 9, placeholder=" ~"))

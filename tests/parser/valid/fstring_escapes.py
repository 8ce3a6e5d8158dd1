# Escapes in the literal parts of f-strings, and raw f-strings.
a = f'\n{x}\t'
b = f'\x41{x}\u00e9'
c = f'\N{EURO SIGN}{x}'
d = f'{x}\N{LATIN SMALL LETTER A}'
e = f'\\{x}\\'
f = f'\'{x}\''
g = f"\"{x}\""
h = rf'\n{x}\t'
i = rf'\{x}'
j = fr'\\{x}'
l = f'a\
b{x}'
m = f'\0{x}\7'
n = f'\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}'
o = f'{x}\
{y}'
p = rf'{x}\N{DASH}'

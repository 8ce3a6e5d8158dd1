# Triple-quoted f-strings spanning lines, and multi-line expressions inside them.
a = f"""
{x}
"""
b = f'''line one {x}
line two {y}
line three'''
c = f"""{
x
}"""
d = f"""{x +
y}"""
e = f"""{
    x
    +
    y
}"""
f = f"""{x:
10}""" if False else 0
g = f"""{f(
    a,
    b,
)}"""
h = f"""{[
    1,
    2,
]}"""
i = f"""{x!r:>{
w}}"""
j = f"""a\
b{x}"""
k = f"""{x=}
{y = }"""
l = (f"""
    {x}
""" f'{y}')
m = f'{x}\
{y}'
n = f"""{'''
nested triple
'''}"""

# f-string expression positions: repeated text, concatenation, several lines, non-ASCII.
a = f'{x}{x}{x}'
b = f'x{x}'
c = f'{xx}{x}'
d = 'x' f'{x}'
e = f'{a}' 'b' f'{a}'
f = f'é{x}'
g = f'{"é"}{x}'
h = ('abc'
     f'{x}')
i = f'''
{x}
  {y}'''
j = (f'{a}'
     f'{b}')
k = f'{ x }'
l = f'{x:{x}}'
m = f'{f"{x}"}'
n = f'{x.y}{x}'
o = f'{   x}'
p = f'''{
    x}'''
q = "é" f'{x}' "é" f'{y}'
r = f'{x}' \
    f'{y}'
s = f'{x=}'
t = f'{x!r}{ x }'
u = f'{a + b}{a}{b}'
v = rf'{x}\n{y}'

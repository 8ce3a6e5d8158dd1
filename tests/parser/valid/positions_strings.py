# Positions of string constants: multi-line, concatenated, triple-quoted, with prefixes.
a = 'one'
b = 'one' 'two'
c = ('one'
     'two')
d = """one
two"""
e = '''one''' \
    '''two'''
f = (
    'x'
    'y'
    'z'
)
g = b'one' b'two'
h = rb'\x' Rb'\y'
i = u'é' 'ü'
j = ("é"
     "€"
     "😀")
k = """é
€"""
l = 'a\
b'
m = f(
    "arg",
    """multi
line""",
)
"""Expression statement spanning
two lines."""
n = ['é', 'ü', '€']

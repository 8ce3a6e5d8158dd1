# Triple-quoted strings: embedded quotes, newlines, continuations.
a = """"""
b = ''''''
c = """one line"""
d = """
multi
line
"""
e = '''it's "quoted"'''
f = """a "" b"""
g = """a \""" b"""
h = '''a \''' b'''
i = """ends with quote\""""
j = """line \
continuation"""
k = """\n\t\\"""
l = r"""raw \n
second line"""
m = b"""bytes
two"""
n = """
    indented
        more
"""
o = """''' inside """
p = '''""" inside '''
q = """x""" """y"""


def f():
    """Docstring
    spanning lines.
    """
    return """
    text
    """

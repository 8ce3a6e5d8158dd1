# CRLF line endings throughout, including inside a triple-quoted string.
x = 1
if x:
    y = 2
    z = (1,
         2)
s = """a
b
"""
t = "a\
b"
u = 1 + \
    2

def f():
    return x
# comment
w = f"""{x}
{y}"""

# Backslash-newline inside string literals of each kind (removed from the value).
a = 'one\
two'
b = "one\
two"
c = '''one\
two'''
d = """one\
two\
three"""
e = b'one\
two'
f = r'one\
two'
g = rb'one\
two'
h = f'one\
{x}'
i = 'ends with\
'
j = '\
'
k = '''
\
'''
l = ('first\
 second'
     'third')

# Constant atoms: None, True, False, Ellipsis, numbers and strings.
a = None
b = True
c = False
d = ...
e = 0
f = 1.5
g = 2j
h = 'str'
i = b'bytes'
j = [None, True, False, ...]
k = (..., ...)
l = x[...]
m = x[..., 0]
n = x[0, ...]
o = x[:, ...]
p = ...
...
None
True
False
0
"docstring-like expression statement"
b"bytes expression statement"

# Statements whose instructions the optimiser turns into NOPs; the NOPs keep no argument.
x = 1
42
"a string"
(1, 2)
...
x
if True:
    pass
while 0:
    y = 2
def f(a):
    7
    a
    return a
def g(a=1,
      b="two",
      c=3.0):
    return a, b, c

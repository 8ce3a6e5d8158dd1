# Implicit line joining inside brackets, with blank lines and comments in between.
x = (1 +

     2)
y = [
    1,

    # comment

    2,
]
z = {
'a': 1,
        'b': 2,
}
f(a,
b,
  c)
def g(a,
b):
    pass
if (a
and
b):
    pass
w = (
)
v = [
]
u = {
}
t = (1
     ,2
     ,3)
s = x[
    1
    :
    2
]
r = (yield_
     )

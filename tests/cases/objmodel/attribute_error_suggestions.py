class Point:
    def __init__(self):
        self.x_coord = 1
        self.y_coord = 2
    def distance(self):
        return 0
p = Point()
for name in ["x_cord", "distanse", "z", "Distance", "y_coor"]:
    try:
        getattr(p, name)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, e.obj is p)
try:
    [].apend(1)
except AttributeError as e:
    print(type(e).__name__, e, e.name)
try:
    "s".uper()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.distanc
except AttributeError as e:
    print(type(e).__name__, e, e.name)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
e = AttributeError("msg", name="n", obj=5)
print(e.name, e.obj, e.args)

try:
    a
except:
    b
try:
    a
except E:
    b
except (F, G) as e:
    c
else:
    d
try:
    a
finally:
    b
try:
    a
except E as e:
    b
finally:
    c
with a:
    b
with a as b, c as d:
    e
with open(f) as (x, y):
    pass
def f():
    try:
        return 1
    finally:
        cleanup()
def g():
    for x in y:
        try:
            break
        finally:
            z()
    with a:
        return b
def h():
    while x:
        try:
            continue
        except E:
            return 2
def k():
    try:
        pass
    except E as e:
        return e

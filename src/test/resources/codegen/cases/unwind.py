def f1():
    for x in y:
        try:
            return x
        finally:
            print(x)
def f2():
    while True:
        with a:
            break
def f3():
    for x in y:
        with a, b:
            continue
def f4():
    try:
        return g()
    finally:
        return 5
def f5():
    for i in range(3):
        try:
            pass
        except E:
            break
        else:
            continue
        finally:
            h()
def f6():
    try:
        pass
    except E as e:
        for x in y:
            return e
def f7():
    with open(p) as f:
        for line in f:
            if line:
                return line
    return None
def f8():
    try:
        try:
            a()
        except A:
            raise
        except B as b:
            raise C from b
    except:
        raise
def f9():
    while x:
        try:
            break
        finally:
            continue
def f10():
    for x in y:
        try:
            pass
        finally:
            break

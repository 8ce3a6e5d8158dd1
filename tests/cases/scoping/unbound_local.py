count = 0


def bad_increment():
    count += 1


try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def uses_before_assign():
    print(value)
    value = 1


value = "global"
try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def conditional(flag):
    if flag:
        y = "set"
    return y


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def deleted():
    z = 1
    del z
    return z


try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))

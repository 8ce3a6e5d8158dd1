def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x


print(check(5))
for v in (-1, 2.5):
    try:
        check(v)
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)

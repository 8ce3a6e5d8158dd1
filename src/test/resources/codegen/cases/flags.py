# flags: 0x820000
def f():
    return 1 / 2

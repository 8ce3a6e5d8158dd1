# The last line has no newline.
def f():
    if x:
        return 1
    return 2
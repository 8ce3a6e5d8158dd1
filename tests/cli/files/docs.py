def f():
    """doc"""
print(f.__doc__, __debug__)

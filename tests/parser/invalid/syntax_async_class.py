async class C:
    pass

for in in x:
    pass

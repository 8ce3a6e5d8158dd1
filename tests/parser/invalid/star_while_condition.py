while *a:
    pass

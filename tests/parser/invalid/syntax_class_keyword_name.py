class for:
    pass

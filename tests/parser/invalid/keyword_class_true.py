class True:
    pass

class C(**kw, B):
    pass

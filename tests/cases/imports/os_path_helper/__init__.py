here = __path__[0].rsplit("/", 1)[0]

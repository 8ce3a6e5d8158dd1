f = lambda a: int, b: 0

x = """abc
def

y = 1

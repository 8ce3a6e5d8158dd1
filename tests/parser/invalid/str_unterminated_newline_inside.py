x = "abc
def"

NAME = __name__
def hello():
    return "hello from " + NAME

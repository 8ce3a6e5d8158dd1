# Form feeds at the start of lines reset the indentation count.
x = 1

def f():
    
    a = 1
    b = 2
    return a

y = 2
class C:
      pass

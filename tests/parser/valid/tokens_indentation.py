# Indentation: varying widths, deep nesting, dedent several levels at once.
if a:
 b = 1
 if c:
         d = 2
         if e:
          f = 3
x = 4
def g():
    if a:
        if b:
            if c:
                if d:
                    if e:
                        return 1
    return 2
class C:
  def m(self):
      while x:
                    pass
  z = 1
for i in y:
    pass
else:
        pass
try:
   pass
except E:
     pass
finally:
  pass
if a:
    (x,
y) = 1, 2
    z = [
1, 2,
        3]
    w = """
not indentation
"""
    v = 5

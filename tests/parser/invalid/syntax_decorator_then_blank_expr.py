@d

f()

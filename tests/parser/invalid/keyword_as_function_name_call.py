return = f()

try:
    pass
except:
    pass
else:
x = 1

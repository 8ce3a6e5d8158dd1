try:
    pass
except E as e:
x = 1

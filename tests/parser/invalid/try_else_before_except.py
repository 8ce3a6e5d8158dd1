try:
    pass
except A:
    pass
else:
    pass
except B:
    pass

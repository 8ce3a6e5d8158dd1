f = lambda a=(return): 0

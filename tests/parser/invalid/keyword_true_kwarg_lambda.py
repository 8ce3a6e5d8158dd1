f = lambda True: 0

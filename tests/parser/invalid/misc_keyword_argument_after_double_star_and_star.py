f(**a, *b, c)

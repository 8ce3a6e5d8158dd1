async with x:
    pass

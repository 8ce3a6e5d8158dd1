while x:
    break 1

x = f'text {a b} more'
